import { createContext, useContext } from "react";
import type { Locale } from "#app/i18n/locales";

/** What the server says after checking one answer; kept in the learner's saved state. */
export type QuestionResult = {
  selected: number[];
  correct: boolean;
  correctOptions: number[];
  feedback: { index: number; text: string }[];
  explanation: string;
};

/** Everything a learner has done in a lesson; saved in SCORM suspend_data and restored on resume. */
export type LessonState = {
  /** Keyed `${quizId}/${questionId}`. */
  questions: Record<string, QuestionResult>;
  /** The node ids a learner has visited in each scenario, starting with its start step. */
  scenarios: Record<string, string[]>;
  reflections: Record<string, string>;
  /** KnowledgeCheck ids whose answer was revealed. */
  checks: Record<string, true>;
  /** Set once the learner has scrolled to the end of the lesson. */
  reachedEnd?: true;
};

export const emptyLessonState = (): LessonState => ({ questions: {}, scenarios: {}, reflections: {}, checks: {} });

export type LessonRuntime = {
  courseId: string;
  lessonId: string;
  locale: Locale;
  /** Answers in the final assessment are final: no second try once checked. */
  isFinalAssessment: boolean;
  state: LessonState;
  /** Sends the answer to the server, which holds the key; records the SCORM interaction. */
  checkAnswer(quizId: string, questionId: string, selected: number[]): Promise<QuestionResult>;
  /** Forgets a checked answer so the learner can try again (never in the final assessment). */
  resetAnswer(quizId: string, questionId: string): void;
  setScenarioPath(scenarioId: string, path: string[]): void;
  setReflection(reflectionId: string, text: string): void;
  revealCheck(checkId: string): void;
  /** Titles and summaries of the UNCAC articles this lesson cites, in the learner's language. */
  articles: Record<number, { title: string; summary: string }>;
  /** Glossary entries in the learner's language, keyed by glossary key. */
  glossary: Record<string, { term: string; definition: string }>;
  /** URL prefix for the course's media folder. */
  mediaBase: string;
};

export const LessonRuntimeContext = createContext<LessonRuntime | null>(null);

export function useLessonRuntime() {
  const runtime = useContext(LessonRuntimeContext);
  if (!runtime) throw new Error("Lesson components must be rendered inside a LessonRuntimeContext provider");
  return runtime;
}
