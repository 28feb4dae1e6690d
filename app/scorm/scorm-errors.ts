import type { ScormVersion } from "./data-model";

/** The kinds of data-model problem the commit endpoint reports, independent of SCORM version. */
export type CmiProblemKind = "malformed" | "undefined" | "typeMismatch" | "outOfRange" | "dependency";

/**
 * SCORM 2004 has a code for each kind. SCORM 1.2 has fewer: an out-of-range value is an
 * "incorrect data type" (405, as the ADL 1.2 conformance suite expects), an unknown element is
 * "not implemented" (401, as scorm-again answers), and it has no dependency code at all.
 */
const CODES: Record<ScormVersion, Record<CmiProblemKind, number>> = {
  "2004": { malformed: 201, undefined: 401, typeMismatch: 406, outOfRange: 407, dependency: 408 },
  "1.2": { malformed: 201, undefined: 401, typeMismatch: 405, outOfRange: 405, dependency: 201 },
};

export function getScormErrorCode(version: ScormVersion, kind: CmiProblemKind): number {
  return CODES[version][kind];
}
