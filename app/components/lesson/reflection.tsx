import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLessonRuntime } from "./lesson-runtime";

type ReflectionProps = { id: string; prompt: string };

const MAX_LENGTH = 4000;
const SAVE_DELAY_MS = 800;

/** Free text kept with the learner's progress; saved while typing (debounced) and on leaving the field. */
export function Reflection({ id, prompt }: ReflectionProps) {
  const { t } = useTranslation();
  const runtime = useLessonRuntime();
  const saved = runtime.state.reflections[id] ?? "";
  const [text, setText] = useState(saved);
  const [status, setStatus] = useState<"idle" | "saving" | "saved">(saved ? "saved" : "idle");
  const fieldId = useId();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const pending = useRef<string | null>(null);
  // The runtime object may change on every render; the timer must call the latest one.
  const setReflection = useRef(runtime.setReflection);
  setReflection.current = runtime.setReflection;

  const flush = () => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    setReflection.current(id, pending.current);
    pending.current = null;
    setStatus("saved");
  };

  // Progress restored after the first render (e.g. from the device) replaces the text, unless the
  // learner has typed something not yet saved.
  useEffect(() => {
    if (pending.current !== null) return;
    setText(saved);
    if (saved) setStatus((s) => (s === "idle" ? "saved" : s));
  }, [saved]);

  // Save what was typed if the learner leaves the lesson within the debounce delay.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (pending.current !== null) setReflection.current(id, pending.current);
    },
    [id]
  );

  return (
    <div className="reflection">
      <label htmlFor={fieldId} className="reflection__prompt">
        {prompt}
      </label>
      <textarea
        id={fieldId}
        className="reflection__field"
        rows={5}
        maxLength={MAX_LENGTH}
        value={text}
        aria-describedby={`${fieldId}-count`}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          setStatus("saving");
          pending.current = value;
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, SAVE_DELAY_MS);
        }}
        onBlur={flush}
      />
      <p className="reflection__meta">
        {/* Not a live region: announcing every save while someone types would be noise. */}
        <span className="reflection__status">
          {t(
            status === "saving"
              ? "lesson.reflection.saving"
              : status === "saved"
              ? "lesson.reflection.saved"
              : "lesson.reflection.notSavedYet"
          )}
        </span>
        <span id={`${fieldId}-count`} className="reflection__count">
          {t("lesson.reflection.count", { length: text.length, max: MAX_LENGTH })}
        </span>
      </p>
    </div>
  );
}
