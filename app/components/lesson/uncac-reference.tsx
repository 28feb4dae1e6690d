import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLessonRuntime } from "./lesson-runtime";

type UncacProps = { article: number };

/** Inline chip naming a UNCAC article; the glossary page carries the full text of each cited article. */
export function Uncac({ article }: UncacProps) {
  const { t } = useTranslation();
  const { articles } = useLessonRuntime();
  const summaryId = useId();
  const entry = articles[article];
  return (
    <>
      <a
        className="uncac-ref"
        href={`/glossary#article-${article}`}
        title={entry?.summary}
        aria-describedby={entry?.summary ? summaryId : undefined}
      >
        {entry ? t("lesson.uncac.label", { article, title: entry.title }) : t("lesson.uncac.fallback", { article })}
      </a>
      {/* A description rather than part of the link text, so a list of links stays short. */}
      {entry?.summary ? (
        <span id={summaryId} hidden>
          {entry.summary}
        </span>
      ) : null}
    </>
  );
}
