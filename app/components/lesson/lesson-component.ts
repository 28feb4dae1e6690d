import { getMDXComponent } from "mdx-bundler/client";

type LessonComponent = ReturnType<typeof getMDXComponent>;

// Evaluating a compiled lesson parses tens of kilobytes of JavaScript; do it once per lesson
// version, not once per render (on the server, every request is a new render).
const evaluated = new Map<string, LessonComponent>();
const MAX_ENTRIES = 200;

export function getLessonComponent(hash: string, code: string): LessonComponent {
  let component = evaluated.get(hash);
  if (!component) {
    component = getMDXComponent(code);
    if (evaluated.size >= MAX_ENTRIES) evaluated.delete(evaluated.keys().next().value!);
    evaluated.set(hash, component);
  }
  return component;
}
