import type { Scorm12API, Scorm2004API } from "scorm-again";
import { createCommitSender, type SaveState, type ServerStatus } from "./commit-sender.client";
import { readJournal } from "./journal.client";

export type LaunchData = {
  attemptId: string;
  scormVersion: "1.2" | "2004";
  entry: "resume" | "ab-initio";
  cmi: Record<string, unknown>;
  lms: { learnerId: string; learnerName: string; totalTime: string; scaledPassingScore: number | null };
  status: { completionStatus: string; successStatus: string; scoreScaled: number | null };
  /** Imported SCORM packages: the pinned version, the SCO's URL and the manifest's LMS values. */
  package?: {
    versionId: string;
    version: number;
    href: string;
    launchData: string;
    masteryScore: number | null;
    completionThreshold: number | null;
    scaledPassingScore: number | null;
  };
};

export type ScormApi = InstanceType<typeof Scorm2004API> | InstanceType<typeof Scorm12API>;

export type Tracker = {
  api: ScormApi;
  launch: LaunchData;
  /** Journals the current state after the current burst of changes. */
  snapshot(): void;
  hasUnsavedChanges(): boolean;
  flushOnExit(): void;
  dispose(): void;
};

const AUTOCOMMIT_SECONDS = 15;
const BEACON_LIMIT = 64 * 1024;

/** Elements only the LMS may set; they are re-derived at every launch, never restored. */
const NOT_RESTORED = ["entry", "exit", "session_time", "total_time", "credit", "mode", "learner_id", "learner_name", "core"] as const;

/**
 * Launches (or resumes) an attempt and returns a running SCORM API wired to our journal and
 * commit sender. A journal entry the server never confirmed is delivered, and restored from,
 * before Initialize, so a state saved only on this device is never lost or overwritten.
 */
export async function startTracking(options: {
  courseId: string;
  lessonId: string;
  /** For imported SCOs; our MDX lessons share one attempt per lesson. */
  scoId?: string;
  onState: (state: SaveState, detail?: string) => void;
  onServerStatus: (status: ServerStatus) => void;
}): Promise<Tracker> {
  const journalKey = [options.courseId, options.lessonId, options.scoId].filter(Boolean).join("/");
  const [journal, launch] = await Promise.all([readJournal(journalKey), postLaunch(options.courseId, options.lessonId)]);
  const commitUrl = `/resources/scorm/commit/${encodeURIComponent(launch.attemptId)}`;
  const sender = createCommitSender({ journalKey, commitUrl, onState: options.onState, onServerStatus: options.onServerStatus });

  let cmi = launch.cmi;
  if (journal && journal.attemptId === launch.attemptId && journal.seq > journal.confirmedSeq) {
    // The device holds a newer state than the server: deliver it first, then resume from it.
    const pending = JSON.parse(journal.body) as { cmi: Record<string, unknown> };
    cmi = pending.cmi;
    const delivered = await fetch(commitUrl, { method: "POST", body: journal.body, credentials: "same-origin", headers: { "Content-Type": "text/plain;charset=UTF-8" } })
      .then((r) => r.ok)
      .catch(() => false);
    if (!delivered) sender.record({ attemptId: journal.attemptId, session: journal.session, seq: journal.seq, body: journal.body });
  }

  const session = crypto.randomUUID();
  let seq = 0;
  const startedAt = Date.now();

  const httpService = {
    processHttpRequest(_url: string, params: unknown, immediate: boolean) {
      const body = record(params, immediate);
      // An imported SCO terminates from its own frame's unload, later in a closing tab's teardown
      // than our pagehide: a message to the service worker can be lost there, a beacon is not.
      if (immediate && !(launch.package && beacon(body))) sender.flushOnExit();
      // The journal holds the state, so the course may carry on; the indicator shows delivery.
      return { result: "true", errorCode: 0 };
    },
    updateSettings() {},
  };

  const settings = {
    autocommit: true,
    autocommitSeconds: AUTOCOMMIT_SECONDS,
    useAsynchronousCommits: false,
    sendFullCommit: true,
    lmsCommitUrl: commitUrl,
    logLevel: 5 as const,
    mastery_override: false,
    httpService,
  };
  // Loaded on demand: the runtime is large and the lesson text should not wait for it.
  const { Scorm12API: Api12, Scorm2004API: Api2004 } = await import("scorm-again");
  const api = launch.scormVersion === "1.2" ? new Api12(settings) : new Api2004(settings);

  // Where SCORM content looks for its runtime (an imported SCO's frame walks up to find it).
  Object.assign(window, launch.scormVersion === "1.2" ? { API: api } : { API_1484_11: api });

  const restored = stripLmsOwned(cmi);
  if (Object.keys(restored).length > 0) api.loadFromJSON(restored, "");
  applyLmsValues(api, launch, cmi, Api2004);

  function beacon(body: string) {
    return new Blob([body]).size <= BEACON_LIMIT && navigator.sendBeacon(commitUrl, new Blob([body], { type: "text/plain;charset=UTF-8" }));
  }

  function record(params: unknown, terminate: boolean) {
    seq += 1;
    const body = JSON.stringify({ session, seq, cmi: params, terminate, elapsedCs: Math.round((Date.now() - startedAt) / 10) });
    sender.record({ attemptId: launch.attemptId, session, seq, body });
    return body;
  }

  let snapshotQueued = false;
  function snapshot() {
    try {
      record(api.renderCommitCMI(false), false);
    } catch {
      // A snapshot is an extra; the next commit carries the same state.
    }
  }
  // Every change is journaled once the current burst of SetValue calls is over (one microtask),
  // so a page closed a moment later still has its last state on the device.
  const onChange = () => {
    if (snapshotQueued) return;
    snapshotQueued = true;
    queueMicrotask(() => {
      snapshotQueued = false;
      try {
        if (api.isInitialized()) snapshot();
      } catch {
        // A listener that throws would break the course's own SetValue.
      }
    });
  };
  api.on(launch.scormVersion === "1.2" ? "LMSSetValue.cmi.*" : "SetValue.cmi.*", onChange);

  return {
    api,
    launch,
    snapshot: onChange,
    hasUnsavedChanges: sender.hasUnsavedChanges,
    flushOnExit: sender.flushOnExit,
    dispose: sender.dispose,
  };
}

async function postLaunch(courseId: string, lessonId: string): Promise<LaunchData> {
  const response = await fetch("/resources/scorm/launch", {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ courseId, lessonId }),
  });
  if (!response.ok) throw new Error(`Launch failed with status ${response.status}`);
  return (await response.json()) as LaunchData;
}

function stripLmsOwned(cmi: Record<string, unknown>) {
  const inner = { ...((cmi.cmi as Record<string, unknown> | undefined) ?? cmi) };
  for (const key of NOT_RESTORED) if (key !== "core") delete inner[key];
  if (inner.core && typeof inner.core === "object") {
    const core = { ...(inner.core as Record<string, unknown>) };
    for (const key of ["entry", "exit", "session_time", "total_time", "credit", "lesson_mode", "student_id", "student_name"]) delete core[key];
    inner.core = core;
  }
  return { cmi: inner };
}

function applyLmsValues(api: ScormApi, launch: LaunchData, storedCmi: Record<string, unknown>, Api2004: typeof Scorm2004API) {
  const inner = (storedCmi.cmi as Record<string, unknown> | undefined) ?? storedCmi;
  const hasSuspendData = typeof inner.suspend_data === "string" && inner.suspend_data.length > 0;
  if (api instanceof Api2004) {
    const cmi = api.cmi;
    cmi.learner_id = launch.lms.learnerId;
    cmi.learner_name = launch.lms.learnerName;
    cmi.entry = launch.entry === "resume" ? api.determineEntryValue("suspend", hasSuspendData) : "ab-initio";
    cmi.credit = "credit";
    cmi.mode = "normal";
    cmi.total_time = launch.lms.totalTime;
    if (launch.lms.scaledPassingScore !== null) cmi.scaled_passing_score = String(launch.lms.scaledPassingScore);
    if (launch.package) {
      cmi.launch_data = launch.package.launchData;
      if (launch.package.completionThreshold !== null) cmi.completion_threshold = String(launch.package.completionThreshold);
    }
  } else {
    const core = api.cmi.core;
    core.student_id = launch.lms.learnerId;
    core.student_name = launch.lms.learnerName;
    core.entry = launch.entry === "resume" ? "resume" : "ab-initio";
    core.credit = "credit";
    core.lesson_mode = "normal";
    core.total_time = launch.lms.totalTime;
    if (launch.package) {
      api.cmi.launch_data = launch.package.launchData;
      if (launch.package.masteryScore !== null) api.cmi.student_data.mastery_score = String(launch.package.masteryScore);
    }
  }
}
