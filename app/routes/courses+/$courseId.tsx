import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CertificateCard } from "#app/certificates/certificate-list";
import { getLearnerCertificates } from "#app/certificates/learner-certificates.server";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { ProgressBar } from "#app/components/progress-bar";
import { getUncacArticle } from "#app/content/uncac-articles";
import { courseText } from "#app/courses/course-text";
import { enroll, getEnrollment, getPrerequisiteStatus, requireCourse } from "#app/courses/enrollment.server";
import { pickLessonVariant } from "#app/courses/lesson-variant";
import { courseProgress, getLessonStatuses, isLessonDone, type LessonStatus } from "#app/courses/progress.server";
import { resolveLocale } from "#app/i18n/i18n.server";
import { LOCALE_NAMES, LOCALE_TAGS } from "#app/i18n/locales";
import { lessonPath } from "#app/courses/lesson-path";
import { getCatalogWithPackages, isPackageCourse } from "#app/scorm-packages/package-courses.server";
import { getUser, requireUser } from "#app/utils/auth.server";
import { hasPermission } from "#app/utils/permissions";

const EnrollSchema = z.object({ intent: z.enum(["enroll", "waive"]) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const locale = await resolveLocale(request, user?.locale);
  const catalog = await getCatalogWithPackages();
  const course = requireCourse(catalog, params.courseId);
  const { meta } = course;
  // Imported SCORM packages: one lesson per SCO, played by the package player.
  const scoTitles = isPackageCourse(course) ? new Map(course.package.latest.manifest.scos.map((s) => [s.itemIdentifier, s.title])) : null;
  const [enrollment, prerequisites, certificates] = await Promise.all([
    user ? getEnrollment(user.id, meta.id) : null,
    getPrerequisiteStatus(user?.id ?? null, course),
    user ? getLearnerCertificates(user.id, { courseId: meta.id }) : [],
  ]);
  const statuses = user && enrollment ? await getLessonStatuses(user.id, meta.id, enrollment) : new Map<string, LessonStatus>();
  const text = courseText(meta, locale);
  const lessons = course.lessons.map((lesson) => {
    const variant = scoTitles ? null : pickLessonVariant(meta, lesson, locale).variant;
    return {
      id: lesson.id,
      path: lessonPath(meta.id, lesson.id, Boolean(scoTitles)),
      required: lesson.required,
      title: variant?.frontmatter.title ?? scoTitles?.get(lesson.id) ?? lesson.id,
      summary: variant?.frontmatter.summary ?? null,
      minutes: variant?.frontmatter.estimatedMinutes ?? null,
      isFinal: meta.finalAssessment === lesson.id,
      status: statuses.get(lesson.id) ?? "not-started",
    };
  });
  const nextLesson = lessons.find((l) => l.required && !isLessonDone(l.status)) ?? lessons[0];
  return {
    course: {
      id: meta.id,
      tier: meta.tier,
      ...text,
      fallbackLanguage: text.language !== locale ? LOCALE_NAMES[text.language] : null,
      audience: meta.audience,
      minutes: meta.estimatedMinutes,
      passingScore: meta.passingScore,
      validityMonths: meta.certificateValidityMonths,
      articles: meta.uncacArticles.map((n) => ({ number: n, title: getUncacArticle(n)?.title[locale] ?? "" })),
    },
    lessons,
    nextLessonPath: nextLesson?.path ?? null,
    progress: courseProgress(course, statuses),
    prerequisites: prerequisites.map((p) => ({ ...p, title: courseText(catalog.courses.get(p.courseId)!.meta, locale).title })),
    enrollment: enrollment ? { completed: Boolean(enrollment.completedAt), waived: Boolean(enrollment.waivedBy) } : null,
    certificate: certificates[0] ?? null,
    signedIn: Boolean(user),
    canWaive: hasPermission(user, "waive:prerequisite:any"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const course = requireCourse(await getCatalogWithPackages(), params.courseId);
  const parsed = EnrollSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response("Unknown action", { status: 400 });
  if (parsed.data.intent === "waive" && !hasPermission(user, "waive:prerequisite:any")) {
    throw new Response("Only platform admins can waive prerequisites", { status: 403 });
  }
  const result = await enroll(user.id, course, parsed.data.intent === "waive" ? { waivedBy: user.id } : {});
  if (!result.ok) return data({ unmet: result.unmet }, { status: 409 });
  return redirect(lessonPath(course.meta.id, course.lessons[0]!.id, isPackageCourse(course)));
}

export default function CoursePage() {
  const { t } = useTranslation();
  const { course, lessons, nextLessonPath, progress, prerequisites, enrollment, certificate, signedIn, canWaive } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const unmet = prerequisites.filter((p) => !p.met);
  const lang = LOCALE_TAGS[course.language];
  return (
    <div className="page course-page">
      <p className="course-card__tier">{t(`tiers.${course.tier}`)}</p>
      <h1 lang={lang}>{course.title}</h1>
      {course.fallbackLanguage ? <p className="notice notice--info">{t("course.languageFallback", { language: course.fallbackLanguage })}</p> : null}
      <p className="lead" lang={lang}>
        {course.summary}
      </p>

      <div className="course-page__grid">
        <div>
          {course.objectives.length ? (
            <section aria-labelledby="objectives-title">
              <h2 id="objectives-title">{t("course.objectives")}</h2>
              <ul lang={lang}>
                {course.objectives.map((objective) => (
                  <li key={objective}>{objective}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="syllabus-title">
            <h2 id="syllabus-title">{t("course.syllabus")}</h2>
            <ol className="syllabus">
              {lessons.map((lesson) => (
                <li key={lesson.id} className={`syllabus__item status--${lesson.status}`}>
                  <span className="syllabus__title" lang={lang}>
                    {enrollment ? <Link to={lesson.path}>{lesson.title}</Link> : lesson.title}
                    {lesson.isFinal ? <span className="badge">{t("course.finalAssessment")}</span> : null}
                    {!lesson.required ? <span className="badge badge--muted">{t("course.optional")}</span> : null}
                  </span>
                  <span className="syllabus__meta">
                    {lesson.minutes !== null ? t("catalog.minutes", { minutes: lesson.minutes }) : null}
                    {enrollment ? <>{lesson.minutes !== null ? " · " : null}{t(`lessonStatus.${lesson.status}`)}</> : null}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        </div>

        <aside className="course-page__side">
          <div className="panel">
            {enrollment ? (
              <>
                <p>{t("course.enrolled")}</p>
                <ProgressBar percent={progress.percent} label={t("player.progress", { done: progress.done, total: progress.total })} />
                {enrollment.waived ? <p className="muted">{t("course.waived")}</p> : null}
                {nextLessonPath ? (
                  <Link className="button" to={nextLessonPath}>
                    {enrollment.completed ? t("course.review") : progress.done > 0 ? t("course.resume") : t("course.start")}
                  </Link>
                ) : null}
              </>
            ) : !signedIn ? (
              <Link className="button" to={`/login?redirectTo=/courses/${course.id}`}>
                {t("course.loginToEnroll")}
              </Link>
            ) : unmet.length > 0 ? (
              <>
                <p className="notice notice--warning" role="status">
                  {t("course.locked", { courses: unmet.map((p) => p.title).join(", ") })}
                </p>
                {canWaive ? (
                  <Form method="post">
                    <button className="button button--secondary" name="intent" value="waive">
                      {t("course.waive")}
                    </button>
                  </Form>
                ) : null}
              </>
            ) : (
              <Form method="post">
                <button className="button" name="intent" value="enroll">
                  {t("course.enroll")}
                </button>
              </Form>
            )}
            {actionData?.unmet ? (
              <p className="form-error" role="alert">
                {t("course.locked", { courses: prerequisites.filter((p) => !p.met).map((p) => p.title).join(", ") })}
              </p>
            ) : null}
          </div>
          {certificate ? (
            <section className="panel" aria-labelledby="certificate-title">
              <h2 id="certificate-title">{t("certificates.learner.yourCertificate")}</h2>
              <CertificateCard certificate={certificate} showTitle={false} />
            </section>
          ) : null}
          <dl className="facts panel">
            <dt>{t("course.duration")}</dt>
            <dd>{t("catalog.minutes", { minutes: course.minutes })}</dd>
            <dt>{t("course.audience")}</dt>
            <dd>{course.audience.map((a) => t(`audiences.${a}`)).join(", ")}</dd>
            <dt>{t("course.passingScore")}</dt>
            <dd>{course.passingScore}%</dd>
            <dt>{t("course.certificate")}</dt>
            <dd>{course.validityMonths ? t("course.validity", { months: course.validityMonths }) : t("course.noExpiry")}</dd>
          </dl>
          {prerequisites.length ? (
            <section className="panel" aria-labelledby="prereq-title">
              <h2 id="prereq-title">{t("course.prerequisites")}</h2>
              <ul className="prereq-list">
                {prerequisites.map((p) => (
                  <li key={p.courseId} className={p.met ? "prereq--met" : "prereq--unmet"}>
                    <Link to={`/courses/${p.courseId}`}>{p.title}</Link>: {p.met ? t("course.met") : t("course.unmet")}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {course.articles.length ? (
            <section className="panel" aria-labelledby="articles-title">
              <h2 id="articles-title">{t("course.articles")}</h2>
              <ul className="article-list">
                {course.articles.map((a) => (
                  <li key={a.number}>
                    <Link to={`/glossary#article-${a.number}`}>
                      {t("glossary.article", { number: a.number })}
                    </Link>{" "}
                    {a.title}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.course.title ?? "Course"} · Integrity Academy` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
