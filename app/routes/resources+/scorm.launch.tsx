import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireEnrolledLesson } from "#app/courses/lesson-lookup.server";
import { resolveLocale } from "#app/i18n/i18n.server";
import { formatCentiseconds } from "#app/scorm/data-model";
import { launchAttempt } from "#app/scorm/launch.server";
import { requireUser } from "#app/utils/auth.server";

const LaunchSchema = z.object({ courseId: z.string().max(100), lessonId: z.string().max(100) });

/** A POST, because launching may start a new attempt; the lesson page itself only reads. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = LaunchSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Send courseId and lessonId." }, { status: 400 });
  const { course } = await requireEnrolledLesson(user, parsed.data.courseId, parsed.data.lessonId, await resolveLocale(request, user.locale));
  const version = course.meta.scormVersion;
  const attempt = await launchAttempt({ userId: user.id, courseId: course.meta.id, lessonId: parsed.data.lessonId, scormVersion: version });
  return Response.json({
    attemptId: attempt.id,
    scormVersion: version,
    entry: attempt.entry,
    cmi: JSON.parse(attempt.cmi) as Record<string, unknown>,
    // Values the LMS owns: the browser may read them, never set them.
    lms: {
      learnerId: user.id,
      learnerName: user.legalName,
      totalTime: formatCentiseconds(version, attempt.totalTimeCs),
      scaledPassingScore: course.meta.finalAssessment === parsed.data.lessonId ? course.meta.passingScore / 100 : null,
    },
    status: { completionStatus: attempt.completionStatus, successStatus: attempt.successStatus, scoreScaled: attempt.scoreScaled },
  });
}
