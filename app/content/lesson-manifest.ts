/** What the compiler learns about a lesson; the answer keys in it never leave the server. */
export type QuestionKey = {
  id: string;
  type: "single" | "multiple";
  prompt: string;
  options: { text: string; feedback: string }[];
  correct: number[];
  explanation: string;
};

export type ScenarioOutline = {
  id: string;
  start: string;
  steps: string[];
  endings: { id: string; outcome: "good" | "mixed" | "bad" }[];
  decisionDepth?: number;
};

export type LessonManifest = {
  headings: { id: string; depth: 2 | 3; text: string }[];
  quizzes: { id: string; title?: string; questions: QuestionKey[] }[];
  scenarios: ScenarioOutline[];
  reflections: string[];
  knowledgeChecks: string[];
  facilitatorNotes: number;
  components: string[];
  /** UNCAC articles cited with <Uncac>, checked against the course's list. */
  articles: number[];
  /** Glossary keys used with <Glossary>. */
  terms: string[];
  /** Site-internal links, checked against the catalog. */
  links: { url: string; line: number }[];
};
