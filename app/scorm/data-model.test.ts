import { Scorm12API, Scorm2004API } from "scorm-again";
import { describe, expect, it } from "vitest";
import {
  extractInteractions,
  formatCentiseconds,
  parseTimeIntervalToCentiseconds,
  readCoreStatus,
  validateCmi,
  type CmiValidation,
  type ScormVersion,
} from "./data-model";

type Payload = { cmi: Record<string, unknown> };

// The commits below are what scorm-again really sends: we drive the library and keep the
// `params` it hands to the httpService, exactly as the browser's commit sender does.
function settingsCapturing(commits: Payload[]) {
  const httpService = {
    processHttpRequest(_url: string, params: unknown) {
      commits.push(JSON.parse(JSON.stringify(params)) as Payload);
      return { result: "true", errorCode: 0 };
    },
    updateSettings() {},
  };
  return { lmsCommitUrl: "/commit", autocommit: false, logLevel: 5 as const, httpService };
}

function commit2004(drive: (set: (element: string, value: string) => void) => void, { terminate = false } = {}) {
  const commits: Payload[] = [];
  const api = new Scorm2004API(settingsCapturing(commits));
  api.Initialize("");
  drive((element, value) => {
    if (api.SetValue(element, value) !== "true") throw new Error(`scorm-again refused ${element}=${value}: ${api.GetLastError()}`);
  });
  if (terminate) api.Terminate("");
  else api.Commit("");
  return commits.at(-1)!;
}

function commit12(drive: (set: (element: string, value: string) => void) => void, { terminate = false } = {}) {
  const commits: Payload[] = [];
  const api = new Scorm12API(settingsCapturing(commits));
  api.LMSInitialize("");
  drive((element, value) => {
    if (api.LMSSetValue(element, value) !== "true") throw new Error(`scorm-again refused ${element}=${value}: ${api.LMSGetLastError()}`);
  });
  if (terminate) api.LMSFinish("");
  else api.LMSCommit("");
  return commits.at(-1)!;
}

const full2004 = (set: (element: string, value: string) => void) => {
  set("cmi.location", "lesson-2#step-3");
  set("cmi.suspend_data", JSON.stringify({ steps: [1, 2, 3], note: "ünïcode ✓" }));
  set("cmi.score.scaled", "0.85");
  set("cmi.score.raw", "85");
  set("cmi.score.min", "0");
  set("cmi.score.max", "100");
  set("cmi.completion_status", "completed");
  set("cmi.success_status", "passed");
  set("cmi.progress_measure", "1");
  set("cmi.session_time", "PT1H2M3.45S");
  set("cmi.exit", "suspend");
  set("cmi.interactions.0.id", "quiz-1/q1");
  set("cmi.interactions.0.type", "choice");
  set("cmi.interactions.0.objectives.0.id", "obj-gifts");
  set("cmi.interactions.0.timestamp", "2024-05-01T10:00:00");
  set("cmi.interactions.0.correct_responses.0.pattern", "0[,]2");
  set("cmi.interactions.0.weighting", "1");
  set("cmi.interactions.0.learner_response", "0[,]2");
  set("cmi.interactions.0.result", "correct");
  set("cmi.interactions.0.latency", "PT12.5S");
  set("cmi.interactions.0.description", "Which gifts must be declared?");
  set("cmi.interactions.1.id", "quiz-1/q2");
  set("cmi.interactions.1.type", "numeric");
  set("cmi.interactions.1.correct_responses.0.pattern", "1[:]5");
  set("cmi.interactions.1.learner_response", "3");
  set("cmi.interactions.1.result", "0.5");
  set("cmi.objectives.0.id", "obj-gifts");
  set("cmi.objectives.0.score.scaled", "0.5");
  set("cmi.objectives.0.success_status", "passed");
  set("cmi.objectives.0.completion_status", "completed");
  set("cmi.objectives.0.progress_measure", "0.5");
  set("cmi.objectives.0.description", "Gifts and hospitality");
  set("cmi.learner_preference.audio_level", "0.5");
  set("cmi.learner_preference.language", "fr");
  set("cmi.learner_preference.delivery_speed", "1.5");
  set("cmi.learner_preference.audio_captioning", "1");
  set("cmi.comments_from_learner.0.comment", "Clear example.");
  set("cmi.comments_from_learner.0.location", "step-3");
  set("cmi.comments_from_learner.0.timestamp", "2024-05-01T10:00:00");
};

const full12 = (set: (element: string, value: string) => void) => {
  set("cmi.core.lesson_location", "page-3");
  set("cmi.core.lesson_status", "passed");
  set("cmi.core.exit", "suspend");
  set("cmi.core.score.raw", "42");
  set("cmi.core.score.min", "0");
  set("cmi.core.score.max", "50");
  set("cmi.core.session_time", "0001:02:03.45");
  set("cmi.suspend_data", "a=1;b=2");
  set("cmi.comments", "Useful.");
  set("cmi.interactions.0.id", "q1");
  set("cmi.interactions.0.type", "choice");
  set("cmi.interactions.0.objectives.0.id", "obj-1");
  set("cmi.interactions.0.time", "10:00:00");
  set("cmi.interactions.0.correct_responses.0.pattern", "a,b");
  set("cmi.interactions.0.weighting", "1");
  set("cmi.interactions.0.student_response", "a,b");
  set("cmi.interactions.0.result", "correct");
  set("cmi.interactions.0.latency", "0000:00:05");
  set("cmi.interactions.1.id", "q2");
  set("cmi.interactions.1.type", "numeric");
  set("cmi.interactions.1.student_response", "3");
  set("cmi.interactions.1.result", "wrong");
  set("cmi.objectives.0.id", "obj-1");
  set("cmi.objectives.0.score.raw", "50");
  set("cmi.objectives.0.status", "passed");
  set("cmi.student_preference.audio", "1");
  set("cmi.student_preference.language", "fr");
  set("cmi.student_preference.speed", "10");
  set("cmi.student_preference.text", "1");
};

const strict = { lenientSuspendData: false };

function expectOk(result: CmiValidation) {
  if (!result.ok) throw new Error(`expected a valid commit, got ${result.errorCode} ${result.errorMessage}`);
  return result.cmi as Payload;
}

function expectError(result: CmiValidation, errorCode: number, element: string) {
  if (result.ok) throw new Error(`expected error ${errorCode} on ${element}, but the commit was accepted`);
  expect({ errorCode: result.errorCode, element: result.element }).toEqual({ errorCode, element });
  expect(result.errorMessage.startsWith(`${element}: `)).toBe(true);
  return result.errorMessage;
}

/** A copy of a real payload with one change, for what scorm-again itself would refuse to send. */
function tampered(payload: Payload, change: (cmi: Record<string, any>) => void): Payload {
  const copy = structuredClone(payload);
  change(copy.cmi);
  return copy;
}

describe("validateCmi with real scorm-again commits", () => {
  it("accepts a full SCORM 2004 commit and strips what the LMS owns", () => {
    const payload = commit2004(full2004);
    expect(Object.keys(payload)).toEqual(["cmi"]);
    expect(payload.cmi.interactions).toMatchObject({ "0": { id: "quiz-1/q1" }, "1": { id: "quiz-1/q2" } });

    const cmi = expectOk(validateCmi("2004", payload, strict)).cmi;
    for (const owned of ["learner_id", "learner_name", "credit", "mode", "entry", "launch_data", "max_time_allowed", "time_limit_action", "completion_threshold", "scaled_passing_score", "comments_from_lms", "total_time"]) {
      expect(cmi).not.toHaveProperty(owned);
    }
    expect(cmi).toMatchObject({
      completion_status: "completed",
      location: "lesson-2#step-3",
      score: { scaled: "0.85", raw: "85", min: "0", max: "100" },
      interactions: { "0": { type: "choice", correct_responses: { "0": { pattern: "0[,]2" } }, objectives: { "0": { id: "obj-gifts" } } } },
      learner_preference: { language: "fr" },
    });
  });

  it("strips total_time from the terminate commit", () => {
    const payload = commit2004(full2004, { terminate: true });
    expect(payload.cmi.total_time).toBe("PT1H2M3.45S");
    expect(expectOk(validateCmi("2004", payload, strict)).cmi).not.toHaveProperty("total_time");

    const payload12 = commit12(full12, { terminate: true });
    expect((payload12.cmi.core as Record<string, unknown>).total_time).toBe("01:02:03.45");
    expect(expectOk(validateCmi("1.2", payload12, strict)).cmi.core).not.toHaveProperty("total_time");
  });

  it("accepts an untouched commit (every element at its default)", () => {
    expectOk(validateCmi("2004", commit2004(() => {}), strict));
    expectOk(validateCmi("1.2", commit12(() => {}), strict));
  });

  it("round-trips a SCORM 2004 commit through loadFromJSON", () => {
    const stored = JSON.parse(JSON.stringify(expectOk(validateCmi("2004", commit2004(full2004), strict)))) as Payload;
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON(stored, "");
    api.Initialize("");
    const read = (element: string) => api.GetValue(element);
    expect(read("cmi.location")).toBe("lesson-2#step-3");
    expect(JSON.parse(read("cmi.suspend_data"))).toEqual({ steps: [1, 2, 3], note: "ünïcode ✓" });
    expect(read("cmi.score.scaled")).toBe("0.85");
    expect(read("cmi.completion_status")).toBe("completed");
    expect(read("cmi.interactions._count")).toBe("2");
    expect(read("cmi.interactions.0.correct_responses.0.pattern")).toBe("0[,]2");
    expect(read("cmi.interactions.0.objectives.0.id")).toBe("obj-gifts");
    expect(read("cmi.interactions.1.result")).toBe("0.5");
    expect(read("cmi.objectives.0.progress_measure")).toBe("0.5");
    expect(read("cmi.learner_preference.delivery_speed")).toBe("1.5");
    expect(read("cmi.comments_from_learner.0.comment")).toBe("Clear example.");
    expect(read("cmi.learner_id")).toBe(""); // never restored from what the browser sent
  });

  it("round-trips a SCORM 1.2 commit through loadFromJSON", () => {
    const stored = JSON.parse(JSON.stringify(expectOk(validateCmi("1.2", commit12(full12), strict)))) as Payload;
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON(stored, "");
    api.LMSInitialize("");
    const read = (element: string) => api.LMSGetValue(element);
    expect(read("cmi.core.lesson_location")).toBe("page-3");
    expect(read("cmi.core.lesson_status")).toBe("passed");
    expect(read("cmi.core.score.raw")).toBe("42");
    expect(read("cmi.suspend_data")).toBe("a=1;b=2");
    expect(read("cmi.comments")).toBe("Useful.");
    expect(read("cmi.interactions._count")).toBe("2");
    expect(read("cmi.objectives.0.id")).toBe("obj-1");
    expect(read("cmi.student_preference.language")).toBe("fr");
  });

  it("keeps the shape it was given: the bare cmi object, or collections as arrays", () => {
    const payload = commit2004(full2004);
    const bare = expectOk(validateCmi("2004", payload.cmi, strict)) as Record<string, unknown>;
    expect(bare).not.toHaveProperty("cmi");
    expect(bare.location).toBe("lesson-2#step-3");

    const withArrays = tampered(payload, (cmi) => {
      cmi.interactions = Object.values(cmi.interactions);
    });
    const normalised = expectOk(validateCmi("2004", withArrays, strict));
    expect(Array.isArray(normalised.cmi.interactions)).toBe(true);
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON(normalised, "");
    api.Initialize("");
    expect(api.GetValue("cmi.interactions.1.id")).toBe("quiz-1/q2");
  });

  it("ignores _count, _children and _version keywords", () => {
    const payload = tampered(commit2004(full2004), (cmi) => {
      cmi._version = "1.0";
      cmi.interactions._count = "2";
      cmi.score._children = "scaled,raw,min,max";
    });
    const cmi = expectOk(validateCmi("2004", payload, strict)).cmi;
    expect(cmi).not.toHaveProperty("_version");
    expect(cmi.interactions).not.toHaveProperty("_count");
  });
});

describe("validateCmi errors", () => {
  const payload2004 = commit2004(full2004);
  const payload12 = commit12(full12);
  const check = (version: ScormVersion, payload: unknown, options = strict) => validateCmi(version, payload, options);

  it("reports a malformed shape as a general argument error (201)", () => {
    expectError(check("2004", "not json"), 201, "cmi");
    expectError(check("2004", [payload2004.cmi]), 201, "cmi");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.interactions = "none"))), 201, "cmi.interactions");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.score = null))), 201, "cmi.score");
    expectError(check("1.2", tampered(payload12, (cmi) => (cmi.core = []))), 201, "cmi.core");
    const gap = tampered(payload2004, (cmi) => {
      cmi.interactions["5"] = cmi.interactions["1"];
      delete cmi.interactions["1"];
    });
    expect(expectError(check("2004", gap), 201, "cmi.interactions.5")).toContain("where 1 was expected");
  });

  it("reports an unknown element as undefined (401)", () => {
    expect(expectError(check("2004", tampered(payload2004, (cmi) => (cmi.lesson_status = "passed"))), 401, "cmi.lesson_status")).toBe(
      "cmi.lesson_status: is not an element of the SCORM 2004 data model",
    );
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.interactions["0"].answer = "x"))), 401, "cmi.interactions.0.answer");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.interactions.first = {}))), 401, "cmi.interactions.first");
    expectError(check("2004", { ...payload2004, extra: 1 }), 401, "extra");
    expectError(check("1.2", tampered(payload12, (cmi) => (cmi.core.completion_status = "completed"))), 401, "cmi.core.completion_status");
    expectError(check("1.2", tampered(payload12, (cmi) => (cmi.location = "x"))), 401, "cmi.location");
  });

  it("reports a value outside its vocabulary as a type mismatch (2004: 406, 1.2: 405)", () => {
    const finished = tampered(payload2004, (cmi) => (cmi.completion_status = "finished"));
    expect(expectError(check("2004", finished), 406, "cmi.completion_status")).toBe(
      "cmi.completion_status: 'finished' is not one of completed, incomplete, not attempted, unknown",
    );
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.exit = "quit"))), 406, "cmi.exit");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.interactions["0"].type = "essay"))), 406, "cmi.interactions.0.type");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.interactions["0"].result = "wrong"))), 406, "cmi.interactions.0.result");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.mode = "exam"))), 406, "cmi.mode");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.score.raw = 85))), 406, "cmi.score.raw");
    expectError(check("1.2", tampered(payload12, (cmi) => (cmi.core.lesson_status = "done"))), 405, "cmi.core.lesson_status");
    expectError(check("1.2", tampered(payload12, (cmi) => (cmi.core.exit = "normal"))), 405, "cmi.core.exit");
    expectError(check("1.2", tampered(payload12, (cmi) => (cmi.core.entry = "restart"))), 405, "cmi.core.entry");
    expectError(check("1.2", tampered(payload12, (cmi) => (cmi.interactions["1"].result = "incorrect"))), 405, "cmi.interactions.1.result");
  });

  it("accepts real numbers as a 2004 interaction result", () => {
    for (const result of ["0.75", "-3", "12.5"]) {
      expectOk(check("2004", tampered(payload2004, (cmi) => (cmi.interactions["0"].result = result))));
    }
  });

  it("reports out-of-range numbers (2004: 407, 1.2: 405)", () => {
    expect(expectError(check("2004", tampered(payload2004, (cmi) => (cmi.score.scaled = "1.5"))), 407, "cmi.score.scaled")).toBe(
      "cmi.score.scaled: '1.5' is outside -1..1",
    );
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.progress_measure = "-0.1"))), 407, "cmi.progress_measure");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.objectives["0"].score.scaled = "-2"))), 407, "cmi.objectives.0.score.scaled");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.score.raw = "85%"))), 406, "cmi.score.raw");
    expectError(check("1.2", tampered(payload12, (cmi) => (cmi.core.score.raw = "101"))), 405, "cmi.core.score.raw");
    expectError(check("1.2", tampered(payload12, (cmi) => (cmi.student_preference.text = "2"))), 405, "cmi.student_preference.text");
  });

  it("limits suspend_data to 64000 characters in 2004", () => {
    expectOk(check("2004", commit2004((set) => set("cmi.suspend_data", "x".repeat(64000)))));
    const oversized = tampered(payload2004, (cmi) => (cmi.suspend_data = "x".repeat(64001)));
    expect(expectError(check("2004", oversized), 407, "cmi.suspend_data")).toBe("cmi.suspend_data: 64001 characters, more than the 64000 allowed");
  });

  it("limits 1.2 suspend_data to 4096 characters unless the lesson is lenient", () => {
    // scorm-again itself accepts up to 64000 in 1.2, so this commit is real.
    const payload = commit12((set) => set("cmi.suspend_data", "x".repeat(4097)));
    expectOk(check("1.2", commit12((set) => set("cmi.suspend_data", "x".repeat(4096)))));
    expect(expectError(check("1.2", payload), 405, "cmi.suspend_data")).toContain("more than the 4096 allowed");
    expectOk(check("1.2", payload, { lenientSuspendData: true }));
    const huge = tampered(payload, (cmi) => (cmi.suspend_data = "x".repeat(64001)));
    expectError(check("1.2", huge, { lenientSuspendData: true }), 405, "cmi.suspend_data");
  });

  it("limits location lengths", () => {
    expectOk(check("2004", commit2004((set) => set("cmi.location", "l".repeat(1000)))));
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.location = "l".repeat(1001)))), 407, "cmi.location");
    expectError(check("1.2", tampered(payload12, (cmi) => (cmi.core.lesson_location = "l".repeat(256)))), 405, "cmi.core.lesson_location");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.interactions["0"].id = "i".repeat(4001)))), 407, "cmi.interactions.0.id");
    expectError(
      check("2004", tampered(payload2004, (cmi) => (cmi.interactions["0"].learner_response = "0".repeat(7801)))),
      407,
      "cmi.interactions.0.learner_response",
    );
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.objectives["0"].description = "d".repeat(251)))), 407, "cmi.objectives.0.description");
    expectOk(check("2004", tampered(payload2004, (cmi) => (cmi.objectives["0"].description = `{lang=fr}${"d".repeat(250)}`))));
  });

  it("rejects malformed time intervals and timestamps", () => {
    for (const bad of ["1 hour", "PT", "P", "P1DT", "PT1.234S", "T1H", "PT-1S"]) {
      expectError(check("2004", tampered(payload2004, (cmi) => (cmi.session_time = bad))), 406, "cmi.session_time");
    }
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.interactions["0"].latency = "00:00:05"))), 406, "cmi.interactions.0.latency");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.interactions["0"].timestamp = "2024-13-01"))), 406, "cmi.interactions.0.timestamp");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.interactions["0"].timestamp = "yesterday"))), 406, "cmi.interactions.0.timestamp");
    for (const bad of ["1:2:3", "PT1H", "00:60:00", "00:00:05.123"]) {
      expectError(check("1.2", tampered(payload12, (cmi) => (cmi.core.session_time = bad))), 405, "cmi.core.session_time");
    }
    expectError(check("1.2", tampered(payload12, (cmi) => (cmi.interactions["0"].time = "25:00:00"))), 405, "cmi.interactions.0.time");
  });

  it("caps the number of interactions and objectives", () => {
    const many = commit2004((set) => {
      for (let i = 0; i < 501; i++) set(`cmi.interactions.${i}.id`, `q${i}`);
    });
    expect(expectError(check("2004", many), 407, "cmi.interactions")).toContain("more than the 500 allowed");
    const asArray = tampered(many, (cmi) => (cmi.interactions = Object.values(cmi.interactions)));
    expectError(check("2004", asArray), 407, "cmi.interactions");
    const objectives = commit12((set) => {
      for (let i = 0; i < 101; i++) set(`cmi.objectives.${i}.id`, `o${i}`);
    });
    expectError(check("1.2", objectives), 405, "cmi.objectives");
  });

  it("requires ids first and a type before responses (2004: 408)", () => {
    expectError(check("2004", tampered(payload2004, (cmi) => delete cmi.interactions["1"].id)), 408, "cmi.interactions.1.id");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.objectives["0"].id = ""))), 408, "cmi.objectives.0.id");
    expectError(check("2004", tampered(payload2004, (cmi) => (cmi.interactions["1"].type = ""))), 408, "cmi.interactions.1.learner_response");
  });
});

describe("readCoreStatus", () => {
  it("reads a 2004 commit", () => {
    const cmi = expectOk(validateCmi("2004", commit2004(full2004), strict));
    expect(readCoreStatus("2004", cmi)).toEqual({
      completionStatus: "completed",
      successStatus: "passed",
      scoreScaled: 0.85,
      scoreRaw: 85,
      progressMeasure: 1,
      location: "lesson-2#step-3",
      suspendData: JSON.stringify({ steps: [1, 2, 3], note: "ünïcode ✓" }),
      exit: "suspend",
      sessionTime: "PT1H2M3.45S",
    });
    expect(readCoreStatus("2004", commit2004(() => {}))).toMatchObject({ completionStatus: "unknown", scoreScaled: null, progressMeasure: null });
  });

  it("maps 1.2 lesson_status and score onto 2004 terms", () => {
    const cmi = expectOk(validateCmi("1.2", commit12(full12), strict));
    expect(readCoreStatus("1.2", cmi)).toEqual({
      completionStatus: "completed",
      successStatus: "passed",
      scoreScaled: 0.84, // raw 42 of max 50
      scoreRaw: 42,
      progressMeasure: null,
      location: "page-3",
      suspendData: "a=1;b=2",
      exit: "suspend",
      sessionTime: "01:02:03.45",
    });
    const statusOf = (lessonStatus: string) => {
      const status = readCoreStatus("1.2", commit12((set) => set("cmi.core.lesson_status", lessonStatus)));
      return [status.completionStatus, status.successStatus];
    };
    expect(statusOf("failed")).toEqual(["completed", "failed"]);
    expect(statusOf("completed")).toEqual(["completed", "unknown"]);
    expect(statusOf("incomplete")).toEqual(["incomplete", "unknown"]);
    expect(statusOf("browsed")).toEqual(["incomplete", "unknown"]);
    expect(readCoreStatus("1.2", commit12(() => {}))).toMatchObject({ completionStatus: "not attempted", successStatus: "unknown", scoreScaled: null });
  });

  it("scales a 1.2 raw score by 100 when max is missing or zero", () => {
    const noMax = commit12((set) => set("cmi.core.score.raw", "70"));
    expect(readCoreStatus("1.2", tampered(noMax, (cmi) => (cmi.core.score.max = ""))).scoreScaled).toBe(0.7);
    expect(readCoreStatus("1.2", tampered(noMax, (cmi) => (cmi.core.score.max = "0"))).scoreScaled).toBe(0.7);
  });
});

describe("extractInteractions", () => {
  it("lists 2004 interactions in index order", () => {
    expect(extractInteractions("2004", commit2004(full2004))).toEqual([
      { id: "quiz-1/q1", type: "choice", learnerResponse: "0[,]2", result: "correct", timestamp: "2024-05-01T10:00:00", latency: "PT12.5S", description: "Which gifts must be declared?" },
      { id: "quiz-1/q2", type: "numeric", learnerResponse: "3", result: "0.5" },
    ]);
  });

  it("lists 1.2 interactions in 2004 terms", () => {
    expect(extractInteractions("1.2", commit12(full12))).toEqual([
      { id: "q1", type: "choice", learnerResponse: "a,b", result: "correct", timestamp: "10:00:00", latency: "00:00:05" },
      { id: "q2", type: "numeric", learnerResponse: "3", result: "incorrect" },
    ]);
  });
});

describe("time intervals", () => {
  it("parses SCORM 2004 ISO 8601 durations", () => {
    expect(parseTimeIntervalToCentiseconds("2004", "PT1H2M3.45S")).toBe(372_345);
    expect(parseTimeIntervalToCentiseconds("2004", "P1DT2H")).toBe(9_360_000);
    expect(parseTimeIntervalToCentiseconds("2004", "PT0H0M0S")).toBe(0);
    expect(parseTimeIntervalToCentiseconds("2004", "P1W")).toBe(7 * 8_640_000);
    expect(parseTimeIntervalToCentiseconds("2004", "PT90M")).toBe(540_000);
    expect(parseTimeIntervalToCentiseconds("2004", "PT1.5H")).toBe(540_000);
    for (const bad of ["", "P", "PT", "1H", "PT1H2", "PT3.456S", `P${"9".repeat(80)}D`]) {
      expect(parseTimeIntervalToCentiseconds("2004", bad)).toBeNull();
    }
  });

  it("parses SCORM 1.2 CMITimespans", () => {
    expect(parseTimeIntervalToCentiseconds("1.2", "0001:02:03.45")).toBe(372_345);
    expect(parseTimeIntervalToCentiseconds("1.2", "01:02:03.5")).toBe(372_350);
    expect(parseTimeIntervalToCentiseconds("1.2", "00:00:00")).toBe(0);
    for (const bad of ["", "1:02:03", "00:61:00", "PT1H", "00000:00:00"]) {
      expect(parseTimeIntervalToCentiseconds("1.2", bad)).toBeNull();
    }
  });

  it("formats centiseconds back, for total_time", () => {
    expect(formatCentiseconds("2004", 372_345)).toBe("PT1H2M3.45S");
    expect(formatCentiseconds("2004", 9_360_000)).toBe("P1DT2H");
    expect(formatCentiseconds("2004", 8_640_000)).toBe("P1D");
    expect(formatCentiseconds("2004", 350)).toBe("PT3.5S");
    expect(formatCentiseconds("2004", 0)).toBe("PT0S");
    expect(formatCentiseconds("1.2", 372_345)).toBe("0001:02:03.45");
    expect(formatCentiseconds("1.2", 0)).toBe("0000:00:00");
    expect(formatCentiseconds("1.2", 10_000 * 360_000)).toBe("9999:59:59.99");
    for (const cs of [0, 1, 99, 6_000, 372_345, 9_360_007, 123_456_789]) {
      expect(parseTimeIntervalToCentiseconds("2004", formatCentiseconds("2004", cs))).toBe(cs);
      expect(parseTimeIntervalToCentiseconds("1.2", formatCentiseconds("1.2", cs))).toBe(cs);
    }
  });

  it("produces total_time values scorm-again loads and adds to", () => {
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON({ cmi: { total_time: formatCentiseconds("2004", 9_360_000) } }, "");
    api.Initialize("");
    api.SetValue("cmi.session_time", "PT30M");
    expect(parseTimeIntervalToCentiseconds("2004", api.cmi.getCurrentTotalTime())).toBe(9_360_000 + 180_000);
  });
});
