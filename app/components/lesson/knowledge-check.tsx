import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLessonRuntime } from "./lesson-runtime";

type KnowledgeCheckProps = { id: string; prompt: string; children?: ReactNode };

/** An ungraded "think first, then look" question; revealing it is recorded with the progress. */
export function KnowledgeCheck({ id, prompt, children }: KnowledgeCheckProps) {
  const { t } = useTranslation();
  const runtime = useLessonRuntime();
  // Read once: a controlled `open` would fight the learner when he or she closes it again.
  const [initiallyOpen] = useState(() => Boolean(runtime.state.checks[id]));
  return (
    <details
      className="knowledge-check"
      open={initiallyOpen}
      onToggle={(event) => {
        if (event.currentTarget.open && !runtime.state.checks[id]) runtime.revealCheck(id);
      }}
    >
      <summary className="knowledge-check__summary">
        <span className="knowledge-check__label">{t("lesson.knowledgeCheck.label")}</span>
        <span className="knowledge-check__prompt">{prompt}</span>
        <span className="knowledge-check__cue knowledge-check__cue--show">{t("lesson.knowledgeCheck.show")}</span>
        <span className="knowledge-check__cue knowledge-check__cue--hide">{t("lesson.knowledgeCheck.hide")}</span>
      </summary>
      <div className="knowledge-check__answer">{children}</div>
    </details>
  );
}
