import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { acceptInvite, findInvite } from "#app/organizations/invites.server";
import { SHARED_LINK_EMAIL } from "#app/organizations/invite-token.server";
import { getUser, requireUser } from "#app/utils/auth.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invite = await findInvite(params.token ?? "");
  if (!invite) throw new Response("This invitation link is not valid (any more).", { status: 404 });
  const user = await getUser(request);
  return {
    organization: invite.organization.name,
    signedIn: Boolean(user),
    personalFor: invite.email === SHARED_LINK_EMAIL ? null : invite.email,
    alreadyMember: user?.organizationId === invite.organization.id,
    otherOrganization: Boolean(user?.organizationId && user.organizationId !== invite.organization.id),
    loginPath: `/login?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const result = await acceptInvite(params.token ?? "", user);
  if (!result.ok) return data({ reason: result.reason }, { status: result.reason === "not-found" ? 404 : 409 });
  return redirect("/learn");
}

export default function JoinOrganizationPage() {
  const { t } = useTranslation();
  const { organization, signedIn, personalFor, alreadyMember, otherOrganization, loginPath } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="page page--narrow stack">
      <h1>{t("organizations.join.title", { organization })}</h1>
      {personalFor ? <p className="muted">{t("organizations.join.personal", { email: personalFor })}</p> : null}
      {actionData?.reason ? (
        <p className="form-error" role="alert">
          {t(`organizations.join.refused.${actionData.reason}`)}
        </p>
      ) : null}
      {!signedIn ? (
        <>
          <p>{t("organizations.join.signInFirst")}</p>
          <p className="inline-form">
            <Link className="button" to={loginPath}>
              {t("organizations.join.login")}
            </Link>
            <Link to={loginPath.replace("/login", "/signup")}>{t("organizations.join.signup")}</Link>
          </p>
          <p className="muted">{t("organizations.join.afterSignup")}</p>
        </>
      ) : alreadyMember ? (
        <p className="notice notice--info">{t("organizations.join.refused.already-member")}</p>
      ) : otherOrganization ? (
        <p className="notice notice--warning">{t("organizations.join.refused.other-organization")}</p>
      ) : (
        <Form method="post">
          <button className="button" type="submit">
            {t("organizations.join.accept", { organization })}
          </button>
        </Form>
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Join an organization · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
