import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Maps status codes to friendly pages; never shows a stack trace to a visitor. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);

  const [title, body] =
    status === 404
      ? [t("errors.notFoundTitle"), t("errors.notFoundBody")]
      : status === 403
        ? [t("errors.forbiddenTitle"), t("errors.forbiddenBody")]
        : status === 429
          ? [t("errors.tooManyRequests"), ""]
          : status >= 400 && status < 500
            ? [t("errors.badRequestTitle"), isRouteErrorResponse(error) && typeof error.data === "string" ? error.data : ""]
            : [t("errors.serverTitle"), t("errors.serverBody")];

  return (
    <div className="page page--narrow error-page" role="alert">
      <p className="error-page__status">{status}</p>
      <h1>{title}</h1>
      {body ? <p>{body}</p> : null}
      <p>
        <Link to="/">{t("errors.backHome")}</Link>
      </p>
    </div>
  );
}
