// The SCORM run-time data model as the commit endpoint sees it: what scorm-again 3.4 sends with
// `sendFullCommit: true` ({ cmi: {...} }, every value a string, collections as objects keyed
// "0", "1", ...), checked in one pass and copied without what the LMS owns. Pure, so the browser
// and unit tests can use it too.
import { getScormErrorCode, type CmiProblemKind } from "./scorm-errors";

export type ScormVersion = "1.2" | "2004";

export type CmiValidation =
  | { ok: true; cmi: Record<string, unknown> }
  | { ok: false; errorCode: number; errorMessage: string; element: string };

type Problem = readonly [CmiProblemKind, string];
type Check = (value: string) => Problem | undefined;
type Leaf = { kind: "leaf"; check: Check; required?: true };
type Group = { kind: "group"; fields: Record<string, Node>; depends?: (item: Record<string, unknown>, path: string) => void };
type List = { kind: "list"; max: number; item: Group };
/** Rendered by scorm-again from what the LMS loaded: accepted, never stored, never trusted. */
type LmsOwned = { kind: "lms"; check?: Check };
type Node = Leaf | Group | List | LmsOwned;

class CmiProblem extends Error {
  constructor(
    readonly kind: CmiProblemKind,
    readonly element: string,
    detail: string,
  ) {
    super(`${element}: ${detail}`);
  }
}

/**
 * Validates a commit against the SCORM data model and returns a copy holding only what the SCO
 * may write, in scorm-again's own key order (loadFromJSON needs an interaction's id and type
 * before its responses). Accepts the commit as sent ({ cmi: {...} }) or its bare `cmi` object,
 * and returns the same shape; both go back into `api.loadFromJSON(stored, "")`.
 */
export function validateCmi(version: ScormVersion, cmi: unknown, options: { lenientSuspendData: boolean }): CmiValidation {
  if (version !== "2004" && version !== "1.2") throw new TypeError(`Unknown SCORM version ${String(version)}`);
  const schema = version === "2004" ? CMI_2004 : options.lenientSuspendData ? CMI_12_LENIENT : CMI_12;
  try {
    if (!isPlainObject(cmi)) throw new CmiProblem("malformed", "cmi", `expected the commit's CMI object, got ${describe(cmi)}`);
    if (!Object.hasOwn(cmi, "cmi")) return { ok: true, cmi: walkGroup(version, schema, cmi, "cmi") };
    for (const key of Object.keys(cmi)) {
      // adl.data is rendered only when the LMS provisioned shared data stores, which we do not.
      const ignored = key === "cmi" || (version === "2004" && (key === "adl" || key === "sharedData"));
      if (!ignored) throw new CmiProblem("undefined", key, `is not part of a SCORM ${version} commit`);
    }
    return { ok: true, cmi: { cmi: walkGroup(version, schema, cmi.cmi, "cmi") } };
  } catch (error) {
    if (!(error instanceof CmiProblem)) throw error;
    return { ok: false, errorCode: getScormErrorCode(version, error.kind), errorMessage: error.message, element: error.element };
  }
}

// _version, _children and _count are keywords scorm-again may render; the LMS answers them itself.
const KEYWORDS = new Set(["_version", "_children", "_count"]);

function walkGroup(version: ScormVersion, group: Group, value: unknown, path: string): Record<string, unknown> {
  if (!isPlainObject(value)) throw new CmiProblem("malformed", path, `expected an object, got ${describe(value)}`);
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(group.fields, key) && !KEYWORDS.has(key)) {
      throw new CmiProblem("undefined", `${path}.${key}`, `is not an element of the SCORM ${version} data model`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(group.fields)) {
    const element = `${path}.${key}`;
    if (!Object.hasOwn(value, key)) {
      if (node.kind === "leaf" && node.required) throw new CmiProblem("dependency", element, "must be set before any other data of its entry");
      continue;
    }
    const child = value[key];
    if (node.kind === "leaf") out[key] = checkLeaf(node, child, element);
    else if (node.kind === "group") out[key] = walkGroup(version, node, child, element);
    else if (node.kind === "list") out[key] = walkList(version, node, child, element);
    else checkLmsOwned(node, child, element);
  }
  group.depends?.(out, path);
  return out;
}

function walkList(version: ScormVersion, list: List, value: unknown, path: string): unknown {
  if (Array.isArray(value)) {
    if (value.length > list.max) throw tooMany(path, value.length, list.max);
    return value.map((item, i) => walkGroup(version, list.item, item, `${path}.${i}`));
  }
  if (!isPlainObject(value)) throw new CmiProblem("malformed", path, `expected a collection, got ${describe(value)}`);
  const keys = Object.keys(value);
  if (keys.length > list.max + KEYWORDS.size) throw tooMany(path, keys.length, list.max);
  const out: Record<string, unknown> = {};
  let next = 0;
  // JSON.parse puts integer keys first, in ascending order, so a valid collection reads 0, 1, 2, ...
  for (const key of keys) {
    if (KEYWORDS.has(key)) continue;
    if (key !== String(next)) {
      if (!/^\d{1,9}$/.test(key)) throw new CmiProblem("undefined", `${path}.${key}`, `is not an element of the SCORM ${version} data model`);
      throw new CmiProblem("malformed", `${path}.${key}`, `index ${key} where ${next} was expected; indexes run 0, 1, 2, ... without gaps`);
    }
    if (next === list.max) throw tooMany(path, next + 1, list.max);
    out[key] = walkGroup(version, list.item, value[key], `${path}.${key}`);
    next += 1;
  }
  return out;
}

function tooMany(path: string, count: number, max: number) {
  return new CmiProblem("outOfRange", path, `${count} entries, more than the ${max} allowed`);
}

function checkLeaf(leaf: Leaf, value: unknown, element: string): string {
  if (typeof value !== "string") throw new CmiProblem("typeMismatch", element, `expected a string, got ${describe(value)}`);
  if (value === "") {
    if (leaf.required) throw new CmiProblem("dependency", element, "must be set before any other data of its entry");
    return value; // scorm-again renders unset elements as "" and loadFromJSON skips them.
  }
  const problem = leaf.check(value);
  if (problem) throw new CmiProblem(problem[0], element, problem[1]);
  return value;
}

function checkLmsOwned(node: LmsOwned, value: unknown, element: string) {
  if (typeof value === "string") {
    const problem = value === "" ? undefined : node.check?.(value);
    if (problem) throw new CmiProblem(problem[0], element, problem[1]);
  } else if (node.check || value === null || typeof value !== "object") {
    throw new CmiProblem("typeMismatch", element, `expected a string, got ${describe(value)}`);
  }
}

// ---- Value checks. Regexes run only on short, length-checked strings and never nest quantifiers.

const leaf = (check: Check): Leaf => ({ kind: "leaf", check });
const required = (check: Check): Leaf => ({ kind: "leaf", check, required: true });
const group = (fields: Record<string, Node>, depends?: Group["depends"]): Group => ({ kind: "group", fields, depends });
const list = (max: number, item: Group): List => ({ kind: "list", max, item });
const lms = (check?: Check): LmsOwned => ({ kind: "lms", check });

const text =
  (max: number, hint = ""): Check =>
  (v) =>
    v.length > max ? ["outOfRange", `${v.length} characters, more than the ${max} allowed${hint}`] : undefined;

/** localized_string_type: an optional {lang=xx} delimiter does not count toward the length. */
const localized = (max: number): Check => {
  const check = text(max);
  return (v) => check(v.startsWith("{lang=") && v.indexOf("}") > 0 && v.indexOf("}") <= 24 ? v.slice(v.indexOf("}") + 1) : v);
};

const vocab = (...words: string[]): Check => {
  const allowed = new Set(words);
  return (v) => (allowed.has(v) ? undefined : ["typeMismatch", `${quote(v)} is not one of ${words.join(", ")}`]);
};

// scorm-again's own patterns: 2004 real(10,7); 1.2 CMIDecimal also accepts "5." and ".5".
const DECIMAL_2004 = /^-?\d{1,10}(?:\.\d{1,18})?$/;
const DECIMAL_12 = /^-?\d{0,10}(?:\.\d*)?$/;
const INTEGER = /^-?\d{1,6}$/;

const numberIn =
  (pattern: RegExp, what: string, min = -Infinity, max = Infinity): Check =>
  (v) => {
    if (v.length > 40 || !pattern.test(v) || !/\d/.test(v)) return ["typeMismatch", `${quote(v)} is not ${what}`];
    const n = Number(v);
    if (n >= min && n <= max) return undefined;
    return ["outOfRange", `${quote(v)} is ${max === Infinity ? `below ${min}` : `outside ${min}..${max}`}`];
  };
const real2004 = (min?: number, max?: number) => numberIn(DECIMAL_2004, "a real number", min, max);
const decimal12 = (min?: number, max?: number) => numberIn(DECIMAL_12, "a CMIDecimal", min, max);
const integer12 = (min: number, max: number) => numberIn(INTEGER, "a CMISInteger", min, max);

const result = (words: string[], real: RegExp): Check => {
  const allowed = new Set(words);
  const message = `is not one of ${words.join(", ")} or a real number`;
  return (v) => (allowed.has(v) || (v.length <= 40 && real.test(v) && /\d/.test(v)) ? undefined : ["typeMismatch", `${quote(v)} ${message}`]);
};

const matches =
  (pattern: RegExp, what: string, maxLength = 64): Check =>
  (v) =>
    v.length <= maxLength && pattern.test(v) ? undefined : ["typeMismatch", `${quote(v)} is not ${what}`];

const timeInterval2004: Check = (v) =>
  parseTimeIntervalToCentiseconds("2004", v) === null ? ["typeMismatch", `${quote(v)} is not an ISO 8601 duration such as PT1H2M3.45S`] : undefined;
const timespan12: Check = (v) =>
  parseTimeIntervalToCentiseconds("1.2", v) === null ? ["typeMismatch", `${quote(v)} is not a CMITimespan such as 0001:02:03.45`] : undefined;
// time (second,10,0): YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]], the spec's (and scorm-again's) nesting.
const time2004 = matches(
  /^(?:19[7-9]\d|[2-9]\d{3})(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3])(?::[0-5]\d(?::[0-5]\d(?:\.\d{1,6}(?:(?:Z|[+-](?:[01]\d|2[0-3]))(?::[0-5]\d)?)?)?)?)?)?)?)?$/,
  "a timestamp such as 2024-05-01T10:00:00",
);
const time12 = matches(/^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,2})?$/, "a CMITime such as 10:00:00");
const language2004 = matches(/^(?:[a-zA-Z]{1,8}|i|x)(?:-[a-zA-Z0-9-]{2,8})?$/, "a language code such as en or fr-CA");
const identifier12 = matches(/^[\x21-\x7E\s]*$/, "a CMIIdentifier of at most 255 printable ASCII characters", 255);

// Learner responses and patterns: the SPMs add up to about 7800 characters for the largest types.
const RESPONSE = text(7800);

// ---- SCORM 2004 (4th edition) data model.

const score2004 = group({ scaled: leaf(real2004(-1, 1)), raw: leaf(real2004()), min: leaf(real2004()), max: leaf(real2004()) });
const completionStatus = vocab("completed", "incomplete", "not attempted", "unknown");
const successStatus = vocab("passed", "failed", "unknown");
const longIdentifier = text(4000);

const interaction2004 = group(
  {
    id: required(longIdentifier),
    type: leaf(vocab("true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other")),
    objectives: list(100, group({ id: required(longIdentifier) })),
    timestamp: leaf(time2004),
    weighting: leaf(real2004()),
    learner_response: leaf(RESPONSE),
    result: leaf(result(["correct", "incorrect", "unanticipated", "neutral"], /^-?\d{1,4}(?:\.\d{1,18})?$/)),
    latency: leaf(timeInterval2004),
    description: leaf(localized(250)),
    correct_responses: list(100, group({ pattern: leaf(RESPONSE) })),
  },
  (item, path) => {
    // A response means nothing without its type, and scorm-again refuses it (408) in that order.
    if (item.type !== undefined && item.type !== "") return;
    if (typeof item.learner_response === "string" && item.learner_response !== "")
      throw new CmiProblem("dependency", `${path}.learner_response`, `needs ${path}.type to be set`);
    const responses = item.correct_responses;
    if (responses && (Array.isArray(responses) ? responses.length > 0 : Object.keys(responses).length > 0))
      throw new CmiProblem("dependency", `${path}.correct_responses`, `needs ${path}.type to be set`);
  },
);

const CMI_2004 = group({
  comments_from_learner: list(250, group({ comment: leaf(localized(4000)), location: leaf(text(250)), timestamp: leaf(time2004) })),
  comments_from_lms: lms(),
  completion_status: leaf(completionStatus),
  completion_threshold: lms(),
  credit: lms(vocab("credit", "no-credit")),
  entry: lms(vocab("ab-initio", "resume")),
  exit: leaf(vocab("time-out", "suspend", "logout", "normal")),
  interactions: list(500, interaction2004),
  launch_data: lms(),
  learner_id: lms(),
  learner_name: lms(),
  learner_preference: group({
    audio_level: leaf(real2004(0)),
    language: leaf(language2004),
    delivery_speed: leaf(real2004(0)),
    audio_captioning: leaf(vocab("-1", "0", "1")),
  }),
  location: leaf(text(1000)),
  max_time_allowed: lms(),
  mode: lms(vocab("browse", "normal", "review")),
  objectives: list(
    100,
    group({
      id: required(longIdentifier),
      success_status: leaf(successStatus),
      completion_status: leaf(completionStatus),
      progress_measure: leaf(real2004(0, 1)),
      description: leaf(localized(250)),
      score: score2004,
    }),
  ),
  progress_measure: leaf(real2004(0, 1)),
  scaled_passing_score: lms(),
  score: score2004,
  session_time: leaf(timeInterval2004),
  success_status: leaf(successStatus),
  suspend_data: leaf(text(64000)),
  time_limit_action: lms(),
  total_time: lms(),
});

// ---- SCORM 1.2 data model.

const score12 = group({ raw: leaf(decimal12(0, 100)), min: leaf(decimal12(0, 100)), max: leaf(decimal12(0, 100)) });
const lessonStatus = vocab("passed", "completed", "failed", "incomplete", "browsed", "not attempted");

const buildCmi12 = (suspendDataMax: number, hint: string) =>
  group({
    suspend_data: leaf(text(suspendDataMax, hint)),
    launch_data: lms(),
    comments: leaf(text(4096)),
    comments_from_lms: lms(),
    core: group({
      student_id: lms(),
      student_name: lms(),
      lesson_location: leaf(text(255)),
      credit: lms(vocab("credit", "no-credit")),
      lesson_status: leaf(lessonStatus),
      entry: lms(vocab("ab-initio", "resume")),
      lesson_mode: lms(vocab("normal", "browse", "review")),
      exit: leaf(vocab("time-out", "suspend", "logout")),
      session_time: leaf(timespan12),
      score: score12,
      total_time: lms(),
    }),
    objectives: list(100, group({ id: required(identifier12), status: leaf(lessonStatus), score: score12 })),
    student_data: lms(),
    student_preference: group({
      audio: leaf(integer12(-1, 100)),
      language: leaf(text(255)),
      speed: leaf(integer12(-100, 100)),
      text: leaf(integer12(-1, 1)),
    }),
    interactions: list(
      500,
      group({
        id: required(identifier12),
        time: leaf(time12),
        type: leaf(vocab("true-false", "choice", "fill-in", "matching", "performance", "sequencing", "likert", "numeric")),
        weighting: leaf(decimal12()),
        student_response: leaf(RESPONSE),
        result: leaf(result(["correct", "wrong", "unanticipated", "neutral"], /^\d{0,3}(?:\.\d*)?$/)),
        latency: leaf(timespan12),
        objectives: list(100, group({ id: required(identifier12) })),
        correct_responses: list(100, group({ pattern: leaf(RESPONSE) })),
      }),
    ),
  });

const CMI_12 = buildCmi12(4096, " by SCORM 1.2 (this lesson does not allow larger suspend_data)");
const CMI_12_LENIENT = buildCmi12(64000, "");

// ---- Time intervals.

const CS_PER = { Y: 365 * 8_640_000, Mo: 30 * 8_640_000, W: 7 * 8_640_000, D: 8_640_000, H: 360_000, Mi: 6_000, S: 100 };
// P[nY][nM][nW][nD][T[nH][nM][n[.nn]S]]: weeks and fractions as scorm-again accepts them; years
// and months count as 365 and 30 days, as scorm-again adds them up.
const ISO_DURATION =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:\.\d{1,2})?)S)?)?$/;
const CMI_TIMESPAN = /^(\d{2,4}):([0-5]\d):([0-5]\d)(?:\.(\d{1,2}))?$/;

/** "PT1H2M3.45S" (2004) or "0001:02:03.45" (1.2) in hundredths of a second; null if malformed. */
export function parseTimeIntervalToCentiseconds(version: ScormVersion, value: string): number | null {
  if (version === "1.2") {
    const m = value.length <= 16 ? CMI_TIMESPAN.exec(value) : null;
    if (!m) return null;
    const fraction = m[4] ?? "";
    return Number(m[1]) * CS_PER.H + Number(m[2]) * CS_PER.Mi + Number(m[3]) * CS_PER.S + Number(fraction.padEnd(2, "0"));
  }
  // "P" and a dangling "T" carry no component, which ISO 8601 does not allow.
  const m = value.length <= 64 && value.length > 2 && !value.endsWith("T") ? ISO_DURATION.exec(value) : null;
  if (!m) return null;
  const units = [CS_PER.Y, CS_PER.Mo, CS_PER.W, CS_PER.D, CS_PER.H, CS_PER.Mi, CS_PER.S];
  let total = 0;
  for (let i = 0; i < units.length; i++) {
    const part = m[i + 1];
    if (part !== undefined) total += Math.round(Number(part.replace(",", ".")) * units[i]!);
  }
  return Number.isSafeInteger(total) ? total : null;
}

/** The reverse, for total_time: "P1DT2H3M4.5S" / "0026:03:04.50". 1.2 stops at 9999 hours. */
export function formatCentiseconds(version: ScormVersion, cs: number): string {
  let rest = Number.isFinite(cs) && cs > 0 ? Math.round(cs) : 0;
  if (version === "1.2") rest = Math.min(rest, 10_000 * CS_PER.H - 1);
  const days = version === "2004" ? Math.floor(rest / CS_PER.D) : 0;
  rest -= days * CS_PER.D;
  const hours = Math.floor(rest / CS_PER.H);
  const minutes = Math.floor((rest % CS_PER.H) / CS_PER.Mi);
  const seconds = Math.floor((rest % CS_PER.Mi) / CS_PER.S);
  const hundredths = rest % CS_PER.S;
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  if (version === "1.2") return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}${hundredths ? `.${pad(hundredths)}` : ""}`;
  if (days === 0 && rest === 0) return "PT0S";
  const secondsText = hundredths ? `${seconds}.${pad(hundredths).replace(/0$/, "")}` : `${seconds}`;
  const time = `${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds || hundredths ? `${secondsText}S` : ""}`;
  return `P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
}

// ---- Reading a validated commit.

export type CmiInteraction = {
  id: string;
  type: string;
  learnerResponse: string;
  result: string;
  timestamp?: string;
  latency?: string;
  description?: string;
};

/**
 * Interactions in index order, in 2004 terms: 1.2's student_response is the learnerResponse,
 * its time (HH:MM:SS, no date) the timestamp, and its result "wrong" becomes "incorrect".
 * Responses keep their version's delimiters (1.2 "a,b", 2004 "a[,]b").
 */
export function extractInteractions(version: ScormVersion, cmi: unknown): CmiInteraction[] {
  return itemsOf(rootOf(cmi).interactions).map((item) => {
    const result = stringAt(item, "result");
    const interaction: CmiInteraction = {
      id: stringAt(item, "id"),
      type: stringAt(item, "type"),
      learnerResponse: stringAt(item, version === "1.2" ? "student_response" : "learner_response"),
      result: version === "1.2" && result === "wrong" ? "incorrect" : result,
    };
    const optional = { timestamp: stringAt(item, version === "1.2" ? "time" : "timestamp"), latency: stringAt(item, "latency"), description: stringAt(item, "description") };
    for (const [key, value] of Object.entries(optional)) if (value) interaction[key as keyof typeof optional] = value;
    return interaction;
  });
}

export type CoreStatus = {
  completionStatus: string;
  successStatus: string;
  scoreScaled: number | null;
  scoreRaw: number | null;
  progressMeasure: number | null;
  location: string;
  suspendData: string;
  exit: string;
  sessionTime: string;
};

// 1.2 folds both statuses into lesson_status. "failed" is reported once the learner has been
// through the content and the test, so it counts as completed, as most LMSs count it.
const LESSON_STATUS: Record<string, readonly [string, string]> = {
  passed: ["completed", "passed"],
  failed: ["completed", "failed"],
  completed: ["completed", "unknown"],
  incomplete: ["incomplete", "unknown"],
  browsed: ["incomplete", "unknown"],
  "not attempted": ["not attempted", "unknown"],
};

/** The status a commit claims, in 2004 terms. Claims only: the caller decides what to believe. */
export function readCoreStatus(version: ScormVersion, cmi: unknown): CoreStatus {
  const root = rootOf(cmi);
  if (version === "2004") {
    const score = objectAt(root, "score");
    return {
      completionStatus: stringAt(root, "completion_status") || "unknown",
      successStatus: stringAt(root, "success_status") || "unknown",
      scoreScaled: numberAt(score, "scaled"),
      scoreRaw: numberAt(score, "raw"),
      progressMeasure: numberAt(root, "progress_measure"),
      location: stringAt(root, "location"),
      suspendData: stringAt(root, "suspend_data"),
      exit: stringAt(root, "exit"),
      sessionTime: stringAt(root, "session_time"),
    };
  }
  const core = objectAt(root, "core");
  const score = objectAt(core, "score");
  const [completionStatus, successStatus] = LESSON_STATUS[stringAt(core, "lesson_status")] ?? ["unknown", "unknown"];
  const raw = numberAt(score, "raw");
  const max = numberAt(score, "max");
  const scaled = raw === null ? null : max !== null && max > 0 ? raw / max : raw / 100;
  return {
    completionStatus,
    successStatus,
    scoreScaled: scaled === null ? null : Math.min(1, Math.max(0, scaled)),
    scoreRaw: raw,
    progressMeasure: null,
    location: stringAt(core, "lesson_location"),
    suspendData: stringAt(root, "suspend_data"),
    exit: stringAt(core, "exit"),
    sessionTime: stringAt(core, "session_time"),
  };
}

function rootOf(cmi: unknown): Record<string, unknown> {
  if (!isPlainObject(cmi)) return {};
  return isPlainObject(cmi.cmi) ? cmi.cmi : cmi;
}

function itemsOf(collection: unknown): Record<string, unknown>[] {
  const items: unknown[] = [];
  if (Array.isArray(collection)) items.push(...collection);
  else if (isPlainObject(collection)) for (let i = 0; Object.hasOwn(collection, String(i)); i++) items.push(collection[String(i)]);
  return items.filter(isPlainObject);
}

const objectAt = (o: Record<string, unknown>, key: string) => (isPlainObject(o[key]) ? o[key] : {});
const stringAt = (o: Record<string, unknown>, key: string) => (typeof o[key] === "string" ? o[key] : "");
function numberAt(o: Record<string, unknown>, key: string): number | null {
  const value = stringAt(o, key);
  const n = value === "" ? NaN : Number(value);
  return Number.isFinite(n) ? n : null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${quote(String(value))}`;
}

function quote(value: string): string {
  return value.length <= 60 ? `'${value}'` : `'${value.slice(0, 40)}…' (${value.length} characters)`;
}
