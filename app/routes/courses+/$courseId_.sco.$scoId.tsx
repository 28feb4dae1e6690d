import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, redirect, useLoaderData, useNavigate } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { SaveIndicator } from "#app/components/lesson/save-indicator";
import { ProgressBar } from "#app/components/progress-bar";
import { courseText } from "#app/courses/course-text";
import { getEnrollment } from "#app/courses/enrollment.server";
import { courseProgress, getLessonStatuses, type LessonStatus } from "#app/courses/progress.server";
import { resolveLocale } from "#app/i18n/i18n.server";
import { LOCALE_TAGS } from "#app/i18n/locales";
import { getPackageCourse } from "#app/scorm-packages/package-courses.server";
import { toOutline, type OutlineNode } from "#app/scorm-packages/package-outline";
import playerStyles from "#app/scorm-packages/package-player.css?url";
import { useScoPlayer, type NavRequest } from "#app/scorm-packages/use-sco-player";
import { requireUser } from "#app/utils/auth.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: playerStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = await resolveLocale(request, user.locale);
  const course = await getPackageCourse(params.courseId ?? "");
  if (!course) throw new Response("Course not found", { status: 404 });
  const { meta } = course;
  const scos = course.package.latest.manifest.scos;
  const index = scos.findIndex((s) => s.itemIdentifier === params.scoId);
  if (index === -1) throw new Response("Lesson not found", { status: 404 });
  const enrollment = await getEnrollment(user.id, meta.id);
  // Not enrolled yet: the course page explains prerequisites and offers enrolment.
  if (!enrollment) throw redirect(`/courses/${meta.id}`);
  const statuses = await getLessonStatuses(user.id, meta.id, enrollment);
  const text = courseText(meta, locale);
  const sco = scos[index]!;
  return {
    course: { id: meta.id, title: text.title, lang: LOCALE_TAGS[text.language] },
    sco: { id: sco.itemIdentifier, title: sco.title },
    order: scos.map((s) => s.itemIdentifier),
    outline: toOutline(course.package.outline, new Set(scos.map((s) => s.itemIdentifier)), statuses),
    progress: courseProgress(course, statuses),
    previousId: scos[index - 1]?.itemIdentifier ?? null,
    nextId: scos[index + 1]?.itemIdentifier ?? null,
  };
}

export default function ScoPlayerPage() {
  const data = useLoaderData<typeof loader>();
  // A new SCO is a new attempt and a new runtime API: remount rather than reuse.
  return <ScoPlayer key={data.sco.id} {...data} />;
}

function ScoPlayer({ course, sco, order, outline, progress, previousId, nextId }: ReturnType<typeof useLoaderData<typeof loader>>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scoPath = (id: string) => `/courses/${course.id}/sco/${encodeURIComponent(id)}`;
  const onNavigate = (request: NavRequest) => {
    if (request.kind === "continue") navigate(nextId ? scoPath(nextId) : `/courses/${course.id}`);
    else if (request.kind === "previous" && previousId) navigate(scoPath(previousId));
    else if (request.kind === "choice" && order.includes(request.target)) navigate(scoPath(request.target));
  };
  const player = useScoPlayer({ courseId: course.id, scoId: sco.id, onNavigate });
  const liveOutline = useMemo(() => withLiveStatus(outline, sco.id, player.status), [outline, sco.id, player.status]);

  return (
    <div className="player">
      <nav className="player__outline" aria-label={t("player.outline")}>
        <h2 className="player__outline-title" lang={course.lang}>
          <Link to={`/courses/${course.id}`}>{course.title}</Link>
        </h2>
        <ProgressBar percent={progress.percent} label={t("player.progress", { done: progress.done, total: progress.total })} />
        <OutlineList nodes={liveOutline} currentId={sco.id} scoPath={scoPath} />
      </nav>
      <article className="player__main">
        <header className="player__header">
          <p className="player__kicker" lang={course.lang}>
            <Link to={`/courses/${course.id}`}>{course.title}</Link>
          </p>
          <h1>{sco.title}</h1>
          <SaveIndicator state={player.save} detail={player.saveDetail} />
        </header>
        {player.src ? (
          <iframe
            className="sco-frame"
            src={player.src}
            title={sco.title}
            // Same origin so the SCO reaches window.parent.API; the content's CSP and its
            // package-scoped path are what contain it.
            sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-modals"
          />
        ) : player.save === "unavailable" ? (
          <p className="notice notice--warning" role="alert">
            {t("packages.player.unavailable")}
          </p>
        ) : (
          <p className="muted">{t("packages.player.loading")}</p>
        )}
        {player.ended ? (
          <p className="notice notice--info" role="status">
            {t("packages.player.ended")}
          </p>
        ) : null}
        <nav className="player__pager" aria-label={t("player.outline")}>
          {previousId ? (
            <Link className="button button--secondary" to={scoPath(previousId)} rel="prev">
              <span aria-hidden="true" className="flip-rtl">←</span> {t("player.previous")}
            </Link>
          ) : (
            <span />
          )}
          {nextId ? (
            <Link className="button" to={scoPath(nextId)} rel="next">
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

const STATUS_ICON: Record<LessonStatus, string> = { "not-started": "○", "in-progress": "◐", completed: "●", passed: "✓", failed: "✗" };

function OutlineList({ nodes, currentId, scoPath }: { nodes: OutlineNode[]; currentId: string; scoPath: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <ol className="outline sco-outline">
      {nodes.map((node) => (
        <li key={node.id} className={node.launchable ? `outline__item status--${node.status}` : undefined}>
          {node.launchable ? (
            <Link to={scoPath(node.id)} aria-current={node.id === currentId ? "page" : undefined}>
              <span className="outline__icon" aria-hidden="true">
                {STATUS_ICON[node.status]}
              </span>
              <span className="outline__title">{node.title}</span>
              <span className="visually-hidden"> ({t(`lessonStatus.${node.status}`)})</span>
            </Link>
          ) : (
            <span className="sco-outline__group">{node.title}</span>
          )}
          {node.children.length > 0 ? <OutlineList nodes={node.children} currentId={currentId} scoPath={scoPath} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** The server's verdict on the running SCO, shown in the outline without another request. */
function withLiveStatus(nodes: OutlineNode[], scoId: string, status: { completionStatus: string; successStatus: string } | null): OutlineNode[] {
  if (!status) return nodes;
  const live: LessonStatus | null =
    status.successStatus === "passed" ? "passed" : status.completionStatus === "completed" ? (status.successStatus === "failed" ? "failed" : "completed") : null;
  const rank: Record<LessonStatus, number> = { "not-started": 0, "in-progress": 1, failed: 2, completed: 3, passed: 4 };
  return nodes.map((node) => ({
    ...node,
    status: node.id === scoId && live && rank[live] > rank[node.status] ? live : node.status,
    children: withLiveStatus(node.children, scoId, status),
  }));
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.sco.title} · ${data.course.title}` : "Lesson · Integrity Academy" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
