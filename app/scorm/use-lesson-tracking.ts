import { useCallback, useEffect, useRef, useState } from "react";
import { emptyLessonState, type LessonState, type QuestionResult } from "#app/components/lesson/lesson-runtime";
import type { SaveState, ServerStatus } from "./commit-sender.client";
import { startTracking, type Tracker } from "./lesson-tracker.client";

export type TrackingState = SaveState | "connecting" | "unavailable";

type LessonShape = {
  courseId: string;
  lessonId: string;
  /** `${quizId}/${questionId}` of every question in the lesson. */
  questionIds: string[];
  scenarioEndings: Record<string, string[]>;
  initialStatus: ServerStatus | null;
};

const isoDuration = (ms: number) => `PT${Math.max(0, Math.round(ms / 10) / 100)}S`;

/**
 * Runs one of our MDX lessons as a SCORM 2004 SCO: the learner's work lives in suspend_data,
 * every answer becomes an interaction, and completion is claimed when every question is answered,
 * every scenario has reached an ending and the learner has reached the end of the page. The
 * server re-checks all of it.
 */
export function useLessonTracking(shape: LessonShape) {
  const [state, setState] = useState<LessonState>(emptyLessonState);
  const [save, setSave] = useState<TrackingState>("connecting");
  const [saveDetail, setSaveDetail] = useState<string | undefined>();
  const [status, setStatus] = useState<ServerStatus | null>(shape.initialStatus);
  const trackerRef = useRef<Tracker | null>(null);
  const stateRef = useRef(state);
  const startedAt = useRef(Date.now());
  const shapeRef = useRef(shape);
  shapeRef.current = shape;

  useEffect(() => {
    let disposed = false;
    let tracker: Tracker | null = null;
    startedAt.current = Date.now();
    startTracking({
      courseId: shape.courseId,
      lessonId: shape.lessonId,
      onState: (next, detail) => {
        setSave(next);
        setSaveDetail(detail);
      },
      onServerStatus: setStatus,
    })
      .then((started) => {
        if (disposed) return started.dispose();
        tracker = started;
        trackerRef.current = started;
        const api = started.api;
        api.lmsInitialize();
        const restored = parseState(api.lmsGetValue("cmi.suspend_data"));
        stateRef.current = restored;
        setState(restored);
        // Our lessons are always resumable: leaving them is a suspension, never an end.
        api.lmsSetValue("cmi.exit", "suspend");
        setStatus((current) => current ?? started.launch.status);
        setSave("saved");
        scrollToBookmark(api.lmsGetValue("cmi.location"));
      })
      .catch(() => setSave("unavailable"));

    const flush = () => tracker?.flushOnExit();
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (tracker?.hasUnsavedChanges()) {
        flush();
        event.preventDefault();
      }
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      disposed = true;
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("beforeunload", onBeforeUnload);
      if (tracker) {
        writeSessionTime(tracker, startedAt.current);
        tracker.api.lmsFinish();
        tracker.dispose();
      }
      trackerRef.current = null;
    };
  }, [shape.courseId, shape.lessonId]);

  const persist = useCallback((next: LessonState) => {
    stateRef.current = next;
    setState(next);
    const tracker = trackerRef.current;
    if (!tracker) return;
    const api = tracker.api;
    const { questionIds, scenarioEndings } = shapeRef.current;
    api.lmsSetValue("cmi.suspend_data", JSON.stringify(next));
    const answered = questionIds.filter((id) => next.questions[id]).length;
    const ended = Object.entries(scenarioEndings).filter(([id, endings]) => endings.includes(next.scenarios[id]?.at(-1) ?? "")).length;
    const steps = questionIds.length + Object.keys(scenarioEndings).length + 1;
    const done = answered + ended + (next.reachedEnd ? 1 : 0);
    api.lmsSetValue("cmi.progress_measure", String(Math.round((done / steps) * 100) / 100));
    if (done === steps) api.lmsSetValue("cmi.completion_status", "completed");
    else if (api.lmsGetValue("cmi.completion_status") !== "completed") api.lmsSetValue("cmi.completion_status", "incomplete");
    if (questionIds.length > 0) {
      const correct = questionIds.filter((id) => next.questions[id]?.correct).length;
      api.lmsSetValue("cmi.score.scaled", String(Math.round((correct / questionIds.length) * 1000) / 1000));
    }
    writeSessionTime(tracker, startedAt.current);
    tracker.snapshot();
  }, []);

  const recordAnswer = useCallback(
    (key: string, result: QuestionResult, latencyMs: number) => {
      const api = trackerRef.current?.api;
      if (api) {
        const n = Number(api.lmsGetValue("cmi.interactions._count")) || 0;
        const base = `cmi.interactions.${n}`;
        api.lmsSetValue(`${base}.id`, key);
        api.lmsSetValue(`${base}.type`, "choice");
        api.lmsSetValue(`${base}.timestamp`, new Date().toISOString().slice(0, 19));
        api.lmsSetValue(`${base}.learner_response`, result.selected.join("[,]"));
        api.lmsSetValue(`${base}.result`, result.correct ? "correct" : "incorrect");
        api.lmsSetValue(`${base}.latency`, isoDuration(latencyMs));
      }
      persist({ ...stateRef.current, questions: { ...stateRef.current.questions, [key]: result } });
    },
    [persist],
  );

  /** The bookmark: the section the learner is reading, restored on the next launch. */
  const setLocation = useCallback((sectionId: string) => {
    const api = trackerRef.current?.api;
    if (!api || api.lmsGetValue("cmi.location") === sectionId) return;
    api.lmsSetValue("cmi.location", sectionId);
  }, []);

  return { state, stateRef, persist, recordAnswer, setLocation, save, saveDetail, status, hasTracker: () => trackerRef.current !== null };
}

function writeSessionTime(tracker: Tracker, startedAt: number) {
  try {
    tracker.api.lmsSetValue("cmi.session_time", isoDuration(Date.now() - startedAt));
  } catch {
    // Session time is advisory; the server also measures elapsed time.
  }
}

function parseState(raw: string): LessonState {
  if (!raw) return emptyLessonState();
  try {
    return { ...emptyLessonState(), ...(JSON.parse(raw) as Partial<LessonState>) };
  } catch {
    return emptyLessonState();
  }
}

function scrollToBookmark(location: string) {
  if (!location) return;
  document.getElementById(location)?.scrollIntoView({ block: "start" });
}
