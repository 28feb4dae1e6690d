import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { emptyLessonState, LessonRuntimeContext, type LessonRuntime, type LessonState } from "#app/components/lesson/lesson-runtime";
import { createI18n } from "#app/i18n/i18n";
import { enLesson } from "#app/i18n/messages/en-lesson";

/** Server-renders lesson components inside a runtime that holds `state` and does nothing else. */
export function renderLesson(ui: ReactNode, state: Partial<LessonState> = {}, overrides: Partial<LessonRuntime> = {}) {
  const runtime: LessonRuntime = {
    courseId: "c",
    lessonId: "l",
    locale: "en",
    isFinalAssessment: false,
    state: { ...emptyLessonState(), ...state },
    checkAnswer: () => Promise.reject(new Error("not in a server render")),
    resetAnswer: () => undefined,
    setScenarioPath: () => undefined,
    setReflection: () => undefined,
    revealCheck: () => undefined,
    articles: {},
    glossary: {},
    mediaBase: "/media/c/",
    ...overrides,
  };
  return renderToString(
    <I18nextProvider i18n={createI18n("en", { lesson: enLesson })}>
      <LessonRuntimeContext.Provider value={runtime}>{ui}</LessonRuntimeContext.Provider>
    </I18nextProvider>,
  );
}
