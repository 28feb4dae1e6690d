import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ClientLoaderFunctionArgs } from "@remix-run/react";
import { Link, redirect, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { getLessonComponent, lessonCodeUrl, loadLessonCode, registerLessonCode } from "#app/components/lesson/lesson-component";
import { lessonComponents } from "#app/components/lesson/lesson-components";
import { LessonOutline } from "#app/components/lesson/lesson-outline";
import { LessonRuntimeContext } from "#app/components/lesson/lesson-runtime";
import { SaveIndicator } from "#app/components/lesson/save-indicator";
import { useLessonRuntimeValue } from "#app/components/lesson/use-lesson-runtime-value";
import { articleTexts, glossaryTexts } from "#app/content/reference-text";
import { courseText } from "#app/courses/course-text";
import { requireEnrolledLesson } from "#app/courses/lesson-lookup.server";
import { pickLessonVariant } from "#app/courses/lesson-variant";
import { courseProgress, getLessonStatuses, type LessonStatus } from "#app/courses/progress.server";
import { resolveLocale } from "#app/i18n/i18n.server";
import { LOCALE_NAMES, LOCALE_TAGS } from "#app/i18n/locales";
import { useLessonTracking } from "#app/scorm/use-lesson-tracking";
import lessonStyles from "#app/styles/lesson.css?url";
import { requireUser } from "#app/utils/auth.server";

// Served from the page cache when the learner's data is unchanged (docs/decisions/012-page-cache.md).
export const handle = { pageCache: true };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: lessonStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = await resolveLocale(request, user.locale);
  const found = await requireEnrolledLesson(user, params.courseId, params.lessonId, locale).catch((error: unknown) => {
    // Not enrolled yet: the course page explains prerequisites and offers enrolment.
    if (error instanceof Response && error.status === 403) throw redirect(`/courses/${params.courseId}`);
    throw error;
  });
  const { course, lesson, compiled, fallback, enrollment } = found;
  const { meta } = course;
  const statuses = await getLessonStatuses(user.id, meta.id, enrollment);
  const index = course.lessons.findIndex((l) => l.id === lesson.id);
  const outline = course.lessons.map((l) => ({
    id: l.id,
    title: pickLessonVariant(meta, l, locale).variant.frontmatter.title,
    required: l.required,
    isFinal: meta.finalAssessment === l.id,
    status: statuses.get(l.id) ?? ("not-started" as const),
  }));
  const { manifest } = compiled;
  registerLessonCode(compiled.hash, compiled.code);
  return {
    course: { id: meta.id, title: courseText(meta, locale).title, tier: meta.tier, passingScore: meta.passingScore },
    lesson: {
      id: lesson.id,
      title: compiled.frontmatter.title,
      minutes: compiled.frontmatter.estimatedMinutes,
      hash: compiled.hash,
      headings: manifest.headings,
      lang: LOCALE_TAGS[found.locale],
      fallbackLanguage: fallback ? LOCALE_NAMES[found.locale] : null,
      isFinal: meta.finalAssessment === lesson.id,
      questionIds: manifest.quizzes.flatMap((q) => q.questions.map((question) => `${q.id}/${question.id}`)),
      scenarioEndings: Object.fromEntries(manifest.scenarios.map((s) => [s.id, s.endings.map((e) => e.id)])),
    },
    outline,
    progress: courseProgress(course, statuses),
    previousId: course.lessons[index - 1]?.id ?? null,
    nextId: course.lessons[index + 1]?.id ?? null,
    articles: articleTexts(manifest.articles, locale),
    glossary: glossaryTexts(manifest.terms, locale),
  };
}

// On client-side navigation, fetch the lesson's script before rendering it.
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const data = await serverLoader<typeof loader>();
  await loadLessonCode(data.lesson.hash);
  return data;
}

export default function LessonPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const { course, lesson, outline, progress, previousId, nextId } = data;
  const Content = getLessonComponent(lesson.hash);
  const tracking = useLessonTracking({
    courseId: course.id,
    lessonId: lesson.id,
    questionIds: lesson.questionIds,
    scenarioEndings: lesson.scenarioEndings,
    initialStatus: null,
  });
  const runtime = useLessonRuntimeValue({ data, tracking });

  // The server's verdict on this lesson updates the outline and progress without another request.
  const liveOutline = useMemo(() => withLiveStatus(outline, lesson.id, tracking.status), [outline, lesson.id, tracking.status]);
  const liveProgress = useMemo(() => {
    const required = liveOutline.filter((l) => l.required);
    const done = required.filter((l) => l.status === "completed" || l.status === "passed").length;
    return required.length ? { done, total: required.length, percent: Math.round((done / required.length) * 100) } : progress;
  }, [liveOutline, progress]);

  return (
    <div className="player">
      <LessonOutline courseId={course.id} courseTitle={course.title} lessons={liveOutline} currentId={lesson.id} progress={liveProgress} />
      <article className="player__main" lang={lesson.lang}>
        <header className="player__header">
          <p className="player__kicker">
            <Link to={`/courses/${course.id}`}>{course.title}</Link>
          </p>
          <h1>{lesson.title}</h1>
          <p className="muted">{t("player.minutes", { minutes: lesson.minutes })}</p>
          <SaveIndicator state={tracking.save} detail={tracking.saveDetail} />
          <noscript>
            <p className="notice notice--warning">{t("player.noscript")}</p>
          </noscript>
          {lesson.fallbackLanguage ? <p className="notice notice--info">{t("player.languageFallback", { language: lesson.fallbackLanguage })}</p> : null}
          {lesson.isFinal ? <p className="notice notice--warning">{t("player.finalIntro", { score: course.passingScore })}</p> : null}
        </header>
        {lesson.headings.length > 1 ? (
          <nav className="lesson-toc" aria-label={t("player.contents")}>
            <h2>{t("player.contents")}</h2>
            <ol>
              {lesson.headings.map((h) => (
                <li key={h.id} className={`lesson-toc__item lesson-toc__item--${h.depth}`}>
                  <a href={`#${h.id}`}>{h.text}</a>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        {/* Runs during parsing, before hydration, so the lesson is ready when React is. */}
        <script src={lessonCodeUrl(lesson.hash)} />
        <div className="lesson-body">
          <LessonRuntimeContext.Provider value={runtime}>{Content ? <Content components={lessonComponents} /> : null}</LessonRuntimeContext.Provider>
        </div>
        <div id="lesson-end" className="lesson-end" ref={runtime.endRef} />
        <nav className="player__pager" aria-label={t("player.outline")}>
          {previousId ? (
            <Link className="button button--secondary" to={`../lessons/${previousId}`} relative="path" rel="prev">
              <span aria-hidden="true" className="flip-rtl">←</span> {t("player.previous")}
            </Link>
          ) : (
            <span />
          )}
          {nextId ? (
            <Link className="button" to={`/courses/${course.id}/lessons/${nextId}`} rel="next">
              {t("player.next")} <span aria-hidden="true" className="flip-rtl">→</span>
            </Link>
          ) : (
            <Link className="button" to={`/courses/${course.id}`}>
              {t("player.finish")}
            </Link>
          )}
        </nav>
      </article>
    </div>
  );
}

function withLiveStatus<T extends { id: string; status: LessonStatus }>(
  outline: T[],
  lessonId: string,
  status: { completionStatus: string; successStatus: string } | null,
): T[] {
  if (!status) return outline;
  const live: LessonStatus | null =
    status.successStatus === "passed" ? "passed" : status.completionStatus === "completed" ? (status.successStatus === "failed" ? "failed" : "completed") : null;
  const rank: Record<LessonStatus, number> = { "not-started": 0, "in-progress": 1, failed: 2, completed: 3, passed: 4 };
  return outline.map((l) => (l.id === lessonId && live && rank[live] > rank[l.status] ? { ...l, status: live } : l));
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.lesson.title} · ${data.course.title}` : "Lesson · Integrity Academy" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
