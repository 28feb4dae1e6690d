import { useTranslation } from "react-i18next";
import type { TrackingState } from "#app/scorm/use-lesson-tracking";

/** Says honestly where the learner's work is: on the server, on its way, or only on this device. */
export function SaveIndicator({ state, detail }: { state: TrackingState; detail?: string }) {
  const { t } = useTranslation();
  return (
    <p className={`save-indicator save-indicator--${state}`} role="status" aria-live="polite" data-save-state={state}>
      <span className="save-indicator__dot" aria-hidden="true" />
      {t(`player.save.${state}`)}
      {state === "rejected" && detail ? <span className="save-indicator__detail"> ({detail})</span> : null}
    </p>
  );
}
