import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CertificateCard, RecertifyForm, useCertificateDate } from "#app/certificates/certificate-list";
import { getLearnerCertificates } from "#app/certificates/learner-certificates.server";
import { recertify } from "#app/certificates/recertify.server";
import { ProgressBar } from "#app/components/progress-bar";
import { courseText } from "#app/courses/course-text";
import { lessonPath } from "#app/courses/lesson-path";
import { courseProgress, getLessonStatuses, isLessonDone } from "#app/courses/progress.server";
import { resolveLocale } from "#app/i18n/i18n.server";
import { LOCALE_TAGS } from "#app/i18n/locales";
import { getCatalogWithPackages, isPackageCourse } from "#app/scorm-packages/package-courses.server";
import { requireUser } from "#app/utils/auth.server";
import { prisma } from "#app/utils/db.server";
import { useLocale } from "#app/utils/i18n-context";

const RecertifySchema = z.object({ intent: z.literal("recertify"), courseId: z.string().min(1).max(100) });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = await resolveLocale(request, user.locale);
  // Imported packages are courses like ours: they are listed and resumed the same way.
  const catalog = await getCatalogWithPackages();
  const enrollments = await prisma.enrollment.findMany({
    where: { userId: user.id },
    orderBy: [{ lastActivityAt: "desc" }, { enrolledAt: "desc" }],
  });
  const courses = await Promise.all(
    enrollments.flatMap((enrollment) => {
      const course = catalog.courses.get(enrollment.courseId);
      if (!course) return [];
      return getLessonStatuses(user.id, course.meta.id, enrollment).then((statuses) => {
        const text = courseText(course.meta, locale);
        const firstOpen = course.lessons.find((l) => l.required && !isLessonDone(statuses.get(l.id)));
        return {
          id: course.meta.id,
          tier: course.meta.tier,
          title: text.title,
          lang: LOCALE_TAGS[text.language],
          progress: courseProgress(course, statuses),
          // Resume where the learner last worked, unless that lesson is done and another is open.
          resumePath: lessonPath(
            course.meta.id,
            enrollment.lastLessonId && !isLessonDone(statuses.get(enrollment.lastLessonId)) ? enrollment.lastLessonId : (firstOpen?.id ?? course.lessons[0]!.id),
            isPackageCourse(course),
          ),
          lastActivityAt: enrollment.lastActivityAt?.toISOString() ?? null,
          completedAt: enrollment.completedAt?.toISOString() ?? null,
        };
      });
    }),
  );
  const certificates = await getLearnerCertificates(user.id);
  return { inProgress: courses.filter((c) => !c.completedAt), completed: courses.filter((c) => c.completedAt), certificates };
}

/** Recertify: a fresh attempt of the course, then straight to its first lesson. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = RecertifySchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response("Unknown action", { status: 400 });
  const course = (await getCatalogWithPackages()).courses.get(parsed.data.courseId);
  if (!course || !(await recertify(user.id, course.meta.id))) throw new Response("This certificate cannot be renewed yet", { status: 409 });
  return redirect(lessonPath(course.meta.id, course.lessons[0]!.id, isPackageCourse(course)));
}

export default function MyLearningPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { inProgress, completed, certificates } = useLoaderData<typeof loader>();
  const certificateDate = useCertificateDate();
  const expiring = certificates.filter((c) => c.recertifiable);
  const date = (iso: string) => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "medium" }).format(new Date(iso));
  return (
    <div className="page">
      <h1>{t("learn.title")}</h1>
      {inProgress.length === 0 && completed.length === 0 ? (
        <div className="empty-state">
          <p>{t("learn.empty")}</p>
          <Link className="button" to="/courses">
            {t("learn.browse")}
          </Link>
        </div>
      ) : null}
      {expiring.length > 0 ? (
        <section aria-labelledby="expiring-title" className="expiring-certificates">
          <h2 id="expiring-title">{t("certificates.learner.expiringTitle")}</h2>
          <p className="notice notice--warning">{t("certificates.learner.expiringBody")}</p>
          <ul className="course-grid">
            {expiring.map((certificate) => (
              <li key={certificate.id} className="course-card" data-certificate-id={certificate.id}>
                <h3 className="course-card__title">{certificate.courseTitle}</h3>
                <p>
                  {t(certificate.status === "expired" ? "certificates.learner.expiredOn" : "certificates.learner.expiresOn", {
                    date: certificateDate(certificate.expiresAt!),
                  })}
                </p>
                <RecertifyForm courseId={certificate.courseId} courseTitle={certificate.courseTitle} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {inProgress.length > 0 ? (
        <section aria-labelledby="in-progress-title">
          <h2 id="in-progress-title">{t("learn.inProgress")}</h2>
          <ul className="course-grid">
            {inProgress.map((course) => (
              <li key={course.id} className="course-card learning-card">
                <p className="course-card__tier">{t(`tiers.${course.tier}`)}</p>
                <h3 className="course-card__title" lang={course.lang}>
                  <Link to={`/courses/${course.id}`}>{course.title}</Link>
                </h3>
                <ProgressBar percent={course.progress.percent} label={t("player.progress", { done: course.progress.done, total: course.progress.total })} />
                <p className="muted">{course.lastActivityAt ? t("learn.lastActivity", { date: date(course.lastActivityAt) }) : t("learn.notStarted")}</p>
                <Link className="button" to={course.resumePath}>
                  {t("learn.resume")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {completed.length > 0 ? (
        <section aria-labelledby="completed-title">
          <h2 id="completed-title">{t("learn.completed")}</h2>
          <ul className="course-grid">
            {completed.map((course) => (
              <li key={course.id} className="course-card learning-card">
                <p className="course-card__tier">{t(`tiers.${course.tier}`)}</p>
                <h3 className="course-card__title" lang={course.lang}>
                  <Link to={`/courses/${course.id}`}>{course.title}</Link>
                </h3>
                <p className="badge badge--completed">{t("learn.completedOn", { date: date(course.completedAt!) })}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {certificates.length > 0 ? (
        <section aria-labelledby="certificates-title" className="my-certificates">
          <h2 id="certificates-title">{t("certificates.learner.title")}</h2>
          <ul className="course-grid">
            {certificates.map((certificate) => (
              <li key={certificate.id}>
                <CertificateCard certificate={certificate} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "My learning · Integrity Academy" }];
