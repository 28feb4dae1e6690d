import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Only compiled into the trainer variant of a lesson, so learners never receive it. */
export function FacilitatorNote({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <aside className="facilitator-note" aria-labelledby={labelId}>
      <p className="facilitator-note__label">
        <span id={labelId}>{t("lesson.facilitator.label")}</span>
        <span className="facilitator-note__audience">{t("lesson.facilitator.audience")}</span>
      </p>
      <div className="facilitator-note__body">{children}</div>
    </aside>
  );
}
