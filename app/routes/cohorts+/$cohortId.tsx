import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { getCohortReport } from "#app/cohorts/cohort-report.server";
import { BarChart } from "#app/components/charts/bar-chart";
import { CompletionChart } from "#app/components/charts/line-chart";
import { STATUS_COLORS } from "#app/components/charts/status-colors";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { resolveLocale } from "#app/i18n/i18n.server";
import { LOCALE_NAMES, LOCALE_TAGS, isLocale } from "#app/i18n/locales";
import { publicOrigin } from "#app/reports/origin.server";
import { requireCohort } from "#app/reports/scope.server";
import { useLocale } from "#app/utils/i18n-context";

const LESSON_ICONS = { "not-started": "○", "in-progress": "◐", failed: "✗", completed: "●", passed: "★" } as const;
const REFRESH_MS = 20_000;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, cohort } = await requireCohort(request, params.cohortId);
  const report = await getCohortReport(cohort, await resolveLocale(request, user.locale));
  return {
    cohort: {
      id: cohort.id,
      name: cohort.name,
      place: cohort.place,
      language: isLocale(cohort.locale) ? LOCALE_NAMES[cohort.locale] : cohort.locale,
      startsAt: cohort.startsAt?.toISOString() ?? null,
      endsAt: cohort.endsAt?.toISOString() ?? null,
      joinCode: cohort.joinCode,
    },
    joinUrl: `${publicOrigin(request)}/cohorts/join`,
    ...report,
  };
}

/** "Live": while the page is visible it refreshes its numbers every few seconds. */
function useLiveRefresh() {
  const { revalidate, state } = useRevalidator();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible" && state === "idle") revalidate();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [revalidate, state]);
}

export default function CohortPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { cohort, joinUrl, courses, learners, items, statusCounts, completionsByDay } = useLoaderData<typeof loader>();
  useLiveRefresh();
  const date = (iso: string) => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
  const dateTime = (iso: string) => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "short", timeStyle: "short" }).format(new Date(iso));
  const percent = new Intl.NumberFormat(LOCALE_TAGS[locale], { style: "percent" });
  return (
    <div className="page stack">
      <p>
        <Link to="/cohorts">{t("organizations.cohorts.title")}</Link>
      </p>
      <h1>{cohort.name}</h1>
      <dl className="facts panel">
        <dt>{t("organizations.cohorts.joinCode")}</dt>
        <dd>
          <code id="join-code" style={{ fontSize: "1.6rem", letterSpacing: "0.15em" }}>
            {cohort.joinCode}
          </code>{" "}
          <span className="muted">{t("organizations.cohorts.joinAt", { url: joinUrl })}</span>
        </dd>
        {cohort.place ? (
          <>
            <dt>{t("organizations.cohorts.place")}</dt>
            <dd>{cohort.place}</dd>
          </>
        ) : null}
        <dt>{t("organizations.cohorts.language")}</dt>
        <dd>{cohort.language}</dd>
        {cohort.startsAt || cohort.endsAt ? (
          <>
            <dt>{t("organizations.cohorts.dates")}</dt>
            <dd>{[cohort.startsAt, cohort.endsAt].map((d) => (d ? date(d) : "…")).join(" – ")}</dd>
          </>
        ) : null}
      </dl>
      <p>
        <a className="button button--secondary button--small" href={`/cohorts/${cohort.id}/export.csv`} download>
          {t("organizations.cohorts.exportCsv")}
        </a>
      </p>

      <div className="course-page__grid">
        <BarChart
          title={t("organizations.cohorts.statusChart")}
          bars={(["not-started", "in-progress", "completed"] as const).map((s) => ({ key: s, label: t(`organizations.status.${s}`), value: statusCounts[s], color: STATUS_COLORS[s] }))}
        />
        <CompletionChart title={t("organizations.cohorts.completionChart")} points={completionsByDay.map((d) => ({ label: date(`${d.day}T00:00:00Z`), value: d.count }))} />
      </div>

      <section aria-labelledby="progress-title">
        <h2 id="progress-title">{t("organizations.cohorts.progressTitle", { count: learners.length })}</h2>
        <p className="muted">{t("organizations.cohorts.legend")}</p>
        {learners.length === 0 ? (
          <p className="empty-state">{t("organizations.cohorts.noLearners")}</p>
        ) : (
          courses.map((course) => (
            <div className="table-scroll" key={course.id}>
              <table className="data-table" data-course={course.id}>
                <caption style={{ textAlign: "start", fontWeight: 600 }}>{course.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("organizations.cohorts.learner")}</th>
                    {course.lessons.map((l, i) => (
                      <th scope="col" key={l.id} title={l.title}>
                        <abbr title={l.title}>{i + 1}</abbr>
                      </th>
                    ))}
                    <th scope="col">{t("organizations.cohorts.timeSpent")}</th>
                    <th scope="col">{t("organizations.cohorts.lastActivity")}</th>
                  </tr>
                </thead>
                <tbody>
                  {learners.map((learner) => (
                    <tr key={learner.userId}>
                      <th scope="row">{learner.name}</th>
                      {course.lessons.map((l) => {
                        const state = learner.lessons[`${course.id}/${l.id}`] ?? "not-started";
                        return (
                          <td key={l.id} data-state={state}>
                            <span aria-hidden="true">{LESSON_ICONS[state]}</span>
                            <span className="visually-hidden">{t(`lessonStatus.${state}`)}</span>
                          </td>
                        );
                      })}
                      <td>{t("organizations.cohorts.minutes", { minutes: learner.minutes })}</td>
                      <td>{learner.lastActivityAt ? dateTime(learner.lastActivityAt) : t("organizations.cohorts.never")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <ol className="muted">
                {course.lessons.map((l) => (
                  <li key={l.id}>
                    <Link to={`/courses/${course.id}/lessons/${l.id}`}>{l.title}</Link>
                  </li>
                ))}
              </ol>
            </div>
          ))
        )}
        <p className="muted">{t("organizations.cohorts.notesHint")}</p>
      </section>

      <section aria-labelledby="items-title">
        <h2 id="items-title">{t("organizations.cohorts.itemsTitle")}</h2>
        {items.length === 0 ? (
          <p className="empty-state">{t("organizations.cohorts.noItems")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table" id="item-analysis">
              <thead>
                <tr>
                  <th scope="col">{t("organizations.cohorts.question")}</th>
                  <th scope="col">{t("organizations.cohorts.answered")}</th>
                  <th scope="col">{t("organizations.cohorts.shareCorrect")}</th>
                  <th scope="col">{t("organizations.cohorts.commonWrong")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={`${item.courseId}/${item.questionId}`} data-question={item.questionId}>
                    <td>
                      <span className="muted">{item.lessonTitle}</span>
                      <br />
                      {item.prompt}
                    </td>
                    <td>{item.answered}</td>
                    <td data-share>{item.answered ? percent.format(item.correct / item.answered) : "–"}</td>
                    <td data-wrong>{item.commonWrongText ? t("organizations.cohorts.wrongChosen", { option: item.commonWrongText, count: item.commonWrongCount }) : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.cohort.name ?? "Cohort"} · Integrity Academy` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
