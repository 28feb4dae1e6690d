import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCohortReport } from "#app/cohorts/cohort-report.server";
import { getTranslator, resolveLocale } from "#app/i18n/i18n.server";
import { csvResponse } from "#app/reports/csv-stream.server";
import { requireCohort } from "#app/reports/scope.server";

/** One row per learner and course: what a trainer files after a workshop. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, cohort } = await requireCohort(request, params.cohortId);
  const locale = await resolveLocale(request, user.locale);
  const t = getTranslator(locale);
  const report = await getCohortReport(cohort, locale);
  const header = ["name", "email", "course", "courseId", "status", "lessonsDone", "minutes", "lastActivity"].map((k) => t(`organizations.csvColumns.${k}`));
  const rows = report.learners.flatMap((learner) =>
    report.courses.map((course) => {
      const done = course.lessons.filter((l) => ["completed", "passed"].includes(learner.lessons[`${course.id}/${l.id}`] ?? "")).length;
      return [
        learner.name,
        learner.email,
        course.title,
        course.id,
        t(`organizations.status.${learner.courses[course.id] ?? "not-started"}`),
        `${done}/${course.lessons.length}`,
        learner.minutes,
        learner.lastActivityAt?.slice(0, 16).replace("T", " ") ?? "",
      ];
    }),
  );
  async function* pages() {
    yield rows;
  }
  return csvResponse(`cohort-${cohort.joinCode}.csv`, header, pages());
}
