import { Form, useNavigation } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { PACKAGE_FIELD } from "./upload-field";

/** A plain multipart form, so an upload works before (and without) JavaScript. */
export function UploadForm({ maxSize, submitLabel }: { maxSize: string; submitLabel: string }) {
  const { t } = useTranslation();
  const id = useId();
  const busy = useNavigation().state === "submitting";
  return (
    <Form method="post" encType="multipart/form-data" className="stack">
      <div className="field">
        <label htmlFor={id}>{t("packages.upload.file")}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t("packages.upload.fileHint", { size: maxSize })}
        </p>
        <input id={id} type="file" name={PACKAGE_FIELD} accept=".zip,application/zip" required aria-describedby={`${id}-hint`} />
      </div>
      <div>
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </Form>
  );
}
