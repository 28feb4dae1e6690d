// The commit rules of a package attempt, read from the manifest of the version it is pinned to.
import type { LessonRules } from "#app/scorm/rules";
import { getPackageVersion } from "./package-courses.server";
import { scoRuntimeValues } from "./sco-runtime-values";

export async function packageScoRules(versionId: string, itemIdentifier: string): Promise<LessonRules & { lenientSuspendData: boolean }> {
  const version = await getPackageVersion(versionId);
  const sco = version?.manifest.scos.find((s) => s.itemIdentifier === itemIdentifier);
  const values = version && sco ? scoRuntimeValues(version.manifest.scormVersion, sco) : null;
  return {
    // Packages score themselves; there is no answer key to re-check them against.
    answerKey: null,
    scaledPassingScore: values?.scaledPassingScore ?? null,
    completionThreshold: values?.completionThreshold ?? null,
    // Authoring tools routinely write more than SCORM 1.2's 4096 characters of suspend_data.
    lenientSuspendData: true,
  };
}
