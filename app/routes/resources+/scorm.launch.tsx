import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getCatalog } from "#app/content/catalog.server";
import { requireEnrolledLesson } from "#app/courses/lesson-lookup.server";
import { resolveLocale } from "#app/i18n/i18n.server";
import { formatCentiseconds, type ScormVersion } from "#app/scorm/data-model";
import { launchAttempt, type LaunchedAttempt } from "#app/scorm/launch.server";
import { getPackageCourse } from "#app/scorm-packages/package-courses.server";
import { launchPackageSco } from "#app/scorm-packages/package-launch.server";
import { requireUser } from "#app/utils/auth.server";

const LaunchSchema = z.object({ courseId: z.string().max(100), lessonId: z.string().max(100) });

/** A POST, because launching may start a new attempt; the lesson page itself only reads. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = LaunchSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Send courseId and lessonId." }, { status: 400 });
  const packageCourse = (await getCatalog()).courses.has(parsed.data.courseId) ? null : await getPackageCourse(parsed.data.courseId);
  if (packageCourse) {
    // An imported package: lessonId is the SCO's item identifier; the manifest sets the LMS values.
    const launch = await launchPackageSco(user, packageCourse, parsed.data.lessonId);
    return Response.json({
      ...launchBody(user, launch.scormVersion, launch.attempt, launch.package.scaledPassingScore),
      package: launch.package,
    });
  }
  const { course } = await requireEnrolledLesson(user, parsed.data.courseId, parsed.data.lessonId, await resolveLocale(request, user.locale));
  const version = course.meta.scormVersion;
  const attempt = await launchAttempt({ userId: user.id, courseId: course.meta.id, lessonId: parsed.data.lessonId, scormVersion: version });
  const passing = course.meta.finalAssessment === parsed.data.lessonId ? course.meta.passingScore / 100 : null;
  return Response.json(launchBody(user, version, attempt, passing));
}

function launchBody(user: { id: string; legalName: string }, version: ScormVersion, attempt: LaunchedAttempt, scaledPassingScore: number | null) {
  return {
    attemptId: attempt.id,
    scormVersion: version,
    entry: attempt.entry,
    cmi: JSON.parse(attempt.cmi) as Record<string, unknown>,
    // Values the LMS owns: the browser may read them, never set them.
    lms: {
      learnerId: user.id,
      learnerName: user.legalName,
      totalTime: formatCentiseconds(version, attempt.totalTimeCs),
      scaledPassingScore,
    },
    status: { completionStatus: attempt.completionStatus, successStatus: attempt.successStatus, scoreScaled: attempt.scoreScaled },
  };
}
