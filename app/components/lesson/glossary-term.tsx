import type { ReactNode } from "react";
import { useLessonRuntime } from "./lesson-runtime";

type GlossaryProps = { term: string; children?: ReactNode };

/**
 * An inline glossary term. The definition is the link's title, which browsers show on hover and
 * screen readers read as its description; the link itself leads to the full entry for touch and
 * keyboard users, who get no tooltip. The accessible name stays the visible text.
 */
export function Glossary({ term, children }: GlossaryProps) {
  const { glossary } = useLessonRuntime();
  const entry = glossary[term];
  return (
    <a className="glossary-term" href={`/glossary#term-${term}`} title={entry ? `${entry.term}: ${entry.definition}` : undefined}>
      {children ?? entry?.term ?? term}
    </a>
  );
}
