// What the manifest tells the runtime about one SCO, in the form both the launch (cmi values
// the SCO reads) and the commit rules (what the server enforces) use, so the two never differ.
import type { PackageSco, ScormVersion } from "./package-types";

export type ScoRuntimeValues = {
  /** cmi.launch_data (both versions). */
  launchData: string;
  /** 1.2 cmi.student_data.mastery_score, 0..100. */
  masteryScore: number | null;
  /** 2004 cmi.completion_threshold. */
  completionThreshold: number | null;
  /** The scaled score that passes: 2004 cmi.scaled_passing_score, or the 1.2 mastery score / 100. */
  scaledPassingScore: number | null;
};

export function scoRuntimeValues(version: ScormVersion, sco: PackageSco): ScoRuntimeValues {
  const launchData = sco.dataFromLms ?? "";
  if (version === "1.2") {
    const mastery = sco.masteryScore ?? null;
    return { launchData, masteryScore: mastery, completionThreshold: null, scaledPassingScore: mastery === null ? null : mastery / 100 };
  }
  return {
    launchData,
    masteryScore: null,
    // 4th Edition: the threshold decides completion only with completedByMeasure; 3rd Edition
    // has no such attribute, and its threshold always applies.
    completionThreshold: sco.completedByMeasure === false ? null : (sco.completionThreshold ?? null),
    // SCORM 2004 RTE 4.2.18: scaled_passing_score comes from minNormalizedMeasure only when the
    // primary objective is satisfied by measure.
    scaledPassingScore: sco.satisfiedByMeasure === true ? (sco.minNormalizedMeasure ?? null) : null,
  };
}
