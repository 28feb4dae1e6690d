// Launching one SCO of a package course: the attempt is pinned to the latest version when it is
// created, and a resumed attempt carries on with the version it started on, files included.
import type { SessionUser } from "#app/utils/auth.server";
import { getEnrollment } from "#app/courses/enrollment.server";
import { launchAttempt, type LaunchedAttempt } from "#app/scorm/launch.server";
import { getPackageVersion, type PackageCourse } from "./package-courses.server";
import type { PackageSco } from "./package-types";
import { scoRuntimeValues, type ScoRuntimeValues } from "./sco-runtime-values";

export type PackageLaunch = {
  attempt: LaunchedAttempt;
  scormVersion: "1.2" | "2004";
  sco: PackageSco;
  package: ScoRuntimeValues & { versionId: string; version: number; href: string };
};

export async function launchPackageSco(user: SessionUser, course: PackageCourse, itemIdentifier: string): Promise<PackageLaunch> {
  const { latest } = course.package;
  if (!latest.manifest.scos.some((s) => s.itemIdentifier === itemIdentifier)) throw new Response("Lesson not found", { status: 404 });
  if (!(await getEnrollment(user.id, course.meta.id))) throw new Response("Enrol in the course first", { status: 403 });
  const attempt = await launchAttempt({
    userId: user.id,
    courseId: course.meta.id,
    lessonId: itemIdentifier,
    scormVersion: course.meta.scormVersion,
    packageVersionId: latest.id,
  });
  const pinned = (attempt.packageVersionId && (await getPackageVersion(attempt.packageVersionId))) || latest;
  const sco = pinned.manifest.scos.find((s) => s.itemIdentifier === itemIdentifier);
  if (!sco) throw new Response("This lesson is not in the version your attempt started on", { status: 404 });
  const scormVersion = pinned.manifest.scormVersion === "1.2" ? "1.2" : "2004";
  return {
    attempt,
    scormVersion,
    sco,
    package: {
      ...scoRuntimeValues(pinned.manifest.scormVersion, sco),
      versionId: pinned.id,
      version: pinned.version,
      href: `/resources/package-content/${encodeURIComponent(pinned.id)}/${contentPath(sco.href)}`,
    },
  };
}

/** The launch href as a URL path: segments encoded, item parameters and fragment kept as written. */
function contentPath(href: string) {
  const split = href.search(/[?#]/);
  const file = split === -1 ? href : href.slice(0, split);
  const rest = split === -1 ? "" : href.slice(split);
  return file.split("/").map((segment) => encodeURIComponent(safeDecode(segment))).join("/") + rest;
}

function safeDecode(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
