import { useCallback, useEffect, useMemo, useRef } from "react";
import type { Locale } from "#app/i18n/locales";
import type { useLessonTracking } from "#app/scorm/use-lesson-tracking";
import { useLocale } from "#app/utils/i18n-context";
import type { LessonRuntime, QuestionResult } from "./lesson-runtime";

type Tracking = ReturnType<typeof useLessonTracking>;

type PlayerData = {
  course: { id: string };
  lesson: { id: string; isFinal: boolean };
  articles: LessonRuntime["articles"];
  glossary: LessonRuntime["glossary"];
};

/** Binds the lesson components to the server (answer checks) and to SCORM tracking. */
export function useLessonRuntimeValue({ data, tracking }: { data: PlayerData; tracking: Tracking }) {
  const locale: Locale = useLocale();
  const { persist, recordAnswer, stateRef } = tracking;
  const shownAt = useRef(Date.now());
  const endRef = useRef<HTMLDivElement>(null);

  // Reaching the end of the page is part of completing a lesson.
  useEffect(() => {
    const end = endRef.current;
    if (!end || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !stateRef.current.reachedEnd && tracking.hasTracker()) {
        persist({ ...stateRef.current, reachedEnd: true });
      }
    });
    observer.observe(end);
    return () => observer.disconnect();
  }, [persist, stateRef, tracking, tracking.save]);

  // The bookmark follows the last section heading scrolled past the top of the window.
  const { setLocation } = tracking;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const update = () => {
      timer = null;
      const headings = [...document.querySelectorAll<HTMLElement>(".lesson-body h2[id], .lesson-body h3[id]")];
      const current = headings.filter((h) => h.getBoundingClientRect().top < 120).at(-1);
      if (current) setLocation(current.id);
    };
    const onScroll = () => {
      timer ??= setTimeout(update, 800);
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.removeEventListener("scroll", onScroll);
      if (timer) clearTimeout(timer);
    };
  }, [setLocation]);

  const checkAnswer = useCallback(
    async (quizId: string, questionId: string, selected: number[]) => {
      const response = await fetch("/resources/quiz-check", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ courseId: data.course.id, lessonId: data.lesson.id, quizId, questionId, selected }),
      });
      if (!response.ok) throw new Error(`Answer check failed (${response.status})`);
      const result = (await response.json()) as QuestionResult;
      recordAnswer(`${quizId}/${questionId}`, result, Date.now() - shownAt.current);
      return result;
    },
    [data.course.id, data.lesson.id, recordAnswer],
  );

  const runtime = useMemo<LessonRuntime>(
    () => ({
      courseId: data.course.id,
      lessonId: data.lesson.id,
      locale,
      isFinalAssessment: data.lesson.isFinal,
      state: tracking.state,
      checkAnswer,
      resetAnswer(quizId, questionId) {
        if (data.lesson.isFinal) return;
        const questions = { ...stateRef.current.questions };
        delete questions[`${quizId}/${questionId}`];
        persist({ ...stateRef.current, questions });
      },
      setScenarioPath(scenarioId, path) {
        persist({ ...stateRef.current, scenarios: { ...stateRef.current.scenarios, [scenarioId]: path } });
      },
      setReflection(reflectionId, text) {
        persist({ ...stateRef.current, reflections: { ...stateRef.current.reflections, [reflectionId]: text } });
      },
      revealCheck(checkId) {
        if (stateRef.current.checks[checkId]) return;
        persist({ ...stateRef.current, checks: { ...stateRef.current.checks, [checkId]: true } });
      },
      articles: data.articles,
      glossary: data.glossary,
      mediaBase: `/resources/content-media/${data.course.id}/`,
    }),
    [data, locale, tracking.state, checkAnswer, persist, stateRef],
  );
  return Object.assign(runtime, { endRef });
}
