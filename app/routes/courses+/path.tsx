import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getCatalog } from "#app/content/catalog.server";
import type { Tier } from "#app/content/course-schema";
import { courseText } from "#app/courses/course-text";
import { resolveLocale } from "#app/i18n/i18n.server";
import { getUser } from "#app/utils/auth.server";
import { prisma } from "#app/utils/db.server";

const STAGES: Tier[] = ["basic", "advanced", "train-the-trainer"];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const locale = await resolveLocale(request, user?.locale);
  const catalog = await getCatalog();
  const completed = new Set(
    user
      ? (await prisma.enrollment.findMany({ where: { userId: user.id, completedAt: { not: null } }, select: { courseId: true } })).map((e) => e.courseId)
      : [],
  );
  const byTier = (tier: Tier) =>
    [...catalog.courses.values()]
      .filter((c) => c.meta.tier === tier)
      .map((c) => ({ id: c.meta.id, title: courseText(c.meta, locale).title, minutes: c.meta.estimatedMinutes, completed: completed.has(c.meta.id) }));
  return { stages: STAGES.map((tier) => ({ tier, courses: byTier(tier) })), privateSector: byTier("private-sector") };
}

export default function LearningPathPage() {
  const { t } = useTranslation();
  const { stages, privateSector } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("path.title")}</h1>
      <p className="lead">{t("path.intro")}</p>
      <ol className="path">
        {stages.map((stage, i) => (
          <li key={stage.tier} className={`path__stage tier-card--${stage.tier}`}>
            <p className="course-card__tier">{t("path.stage", { n: i + 1 })}</p>
            <h2>{t(`tiers.${stage.tier}`)}</h2>
            <ul>
              {stage.courses.map((course) => (
                <li key={course.id}>
                  <Link to={`/courses/${course.id}`}>{course.title}</Link> · {t("catalog.minutes", { minutes: course.minutes })}
                  {course.completed ? <span className="badge badge--completed">{t("catalog.completed")}</span> : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <section className="panel" aria-labelledby="ps-title">
        <h2 id="ps-title">{t("path.privateSector")}</h2>
        <ul className="course-grid course-grid--compact">
          {privateSector.map((course) => (
            <li key={course.id}>
              <Link to={`/courses/${course.id}`}>{course.title}</Link> · {t("catalog.minutes", { minutes: course.minutes })}
              {course.completed ? <span className="badge badge--completed">{t("catalog.completed")}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Learning path · Integrity Academy" }];
