// Runs one SCO of an imported package: starts (or resumes) its attempt with the same tracker as
// our own lessons, puts the runtime API on window, and only then hands back the frame's URL, so
// the SCO finds its API when it loads. The SCO calls Initialize and Terminate itself.
import { useEffect, useRef, useState } from "react";
import type { ServerStatus } from "#app/scorm/commit-sender.client";
import { startTracking, type Tracker } from "#app/scorm/lesson-tracker.client";
import type { TrackingState } from "#app/scorm/use-lesson-tracking";

export type NavRequest = { kind: "continue" } | { kind: "previous" } | { kind: "choice"; target: string };

export function useScoPlayer(options: { courseId: string; scoId: string; onNavigate: (request: NavRequest) => void }) {
  const { courseId, scoId } = options;
  const [save, setSave] = useState<TrackingState>("connecting");
  const [saveDetail, setSaveDetail] = useState<string | undefined>();
  const [status, setStatus] = useState<ServerStatus | null>(null);
  const [src, setSrc] = useState<string | null>(null);
  const [ended, setEnded] = useState(false);
  const navigateRef = useRef(options.onNavigate);
  navigateRef.current = options.onNavigate;

  useEffect(() => {
    let disposed = false;
    let tracker: Tracker | null = null;
    // Navigation waits for the SCO's Terminate call to return before its frame goes away.
    const navigate = (request: NavRequest) => setTimeout(() => !disposed && navigateRef.current(request), 0);
    startTracking({
      courseId,
      lessonId: scoId,
      onState: (next, detail) => {
        setSave(next);
        setSaveDetail(detail);
      },
      onServerStatus: setStatus,
    })
      .then((started) => {
        if (disposed) return started.dispose();
        tracker = started;
        const { api, launch } = started;
        api.on(launch.scormVersion === "1.2" ? "LMSFinish" : "Terminate", () => setEnded(true));
        if (launch.scormVersion === "2004") {
          // scorm-again turns adl.nav.request into these events once Terminate has committed.
          api.on("SequenceNext", () => navigate({ kind: "continue" }));
          api.on("SequencePrevious", () => navigate({ kind: "previous" }));
          api.on("SequenceChoice", (target: unknown) => typeof target === "string" && navigate({ kind: "choice", target }));
        }
        setStatus(launch.status);
        setSave("saved");
        setSrc(launch.package?.href ?? null);
      })
      .catch(() => setSave("unavailable"));

    // The SCO's own pagehide/unload handlers commit and terminate; the page only makes sure
    // whatever is journaled leaves (calling Terminate here would cut the SCO's last writes off).
    const flush = () => tracker?.flushOnExit();
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      disposed = true;
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      if (tracker) {
        tracker.flushOnExit();
        tracker.dispose();
        const w = window as unknown as Record<string, unknown>;
        for (const name of ["API", "API_1484_11"]) if (w[name] === tracker.api) delete w[name];
      }
    };
  }, [courseId, scoId]);

  return { save, saveDetail, status, src, ended };
}
