import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CourseCard } from "#app/components/course-card";
import { AUDIENCES, TIERS } from "#app/content/course-schema";
import { courseText } from "#app/courses/course-text";
import { resolveLocale } from "#app/i18n/i18n.server";
import { LOCALE_NAMES, LOCALES } from "#app/i18n/locales";
import { getCatalogWithPackages } from "#app/scorm-packages/package-courses.server";
import { getUser } from "#app/utils/auth.server";
import { prisma } from "#app/utils/db.server";

// Unknown filter values are ignored rather than refused: a stale bookmark should still show courses.
const FilterSchema = z.object({
  tier: z.enum(TIERS).optional().catch(undefined),
  language: z.enum(LOCALES).optional().catch(undefined),
  audience: z.enum(AUDIENCES).optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const locale = await resolveLocale(request, user?.locale);
  const filters = FilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  // Imported SCORM packages are listed with the MDX courses, under their tier.
  const catalog = await getCatalogWithPackages();
  const enrollments = user
    ? await prisma.enrollment.findMany({ where: { userId: user.id }, select: { courseId: true, completedAt: true } })
    : [];
  const enrolled = new Map(enrollments.map((e) => [e.courseId, e.completedAt ? "completed" : "enrolled"] as const));

  const courses = [...catalog.courses.values()]
    .filter((c) => !filters.tier || c.meta.tier === filters.tier)
    .filter((c) => !filters.language || c.meta.languages.includes(filters.language))
    .filter((c) => !filters.audience || c.meta.audience.includes(filters.audience))
    .sort((a, b) => TIERS.indexOf(a.meta.tier) - TIERS.indexOf(b.meta.tier) || a.meta.title.localeCompare(b.meta.title))
    .map((c) => ({
      id: c.meta.id,
      tier: c.meta.tier,
      ...courseText(c.meta, locale),
      minutes: c.meta.estimatedMinutes,
      lessonCount: c.lessons.length,
      languages: c.meta.languages,
      prerequisites: c.meta.prerequisites.map((p) => courseText(catalog.courses.get(p)!.meta, locale).title),
      state: enrolled.get(c.meta.id) ?? null,
    }));
  return { courses, filters };
}

export default function CatalogPage() {
  const { t } = useTranslation();
  const { courses, filters } = useLoaderData<typeof loader>();
  const filtered = Boolean(filters.tier || filters.language || filters.audience);
  return (
    <div className="page">
      <h1>{t("catalog.title")}</h1>
      <p className="lead">{t("catalog.intro")}</p>
      <Form method="get" className="filters" aria-label={t("catalog.filters")}>
        <div className="field">
          <label htmlFor="filter-tier">{t("catalog.tier")}</label>
          <select id="filter-tier" name="tier" defaultValue={filters.tier ?? ""}>
            <option value="">{t("catalog.any")}</option>
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`tiers.${tier}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-language">{t("catalog.language")}</label>
          <select id="filter-language" name="language" defaultValue={filters.language ?? ""}>
            <option value="">{t("catalog.any")}</option>
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {LOCALE_NAMES[code]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-audience">{t("catalog.audience")}</label>
          <select id="filter-audience" name="audience" defaultValue={filters.audience ?? ""}>
            <option value="">{t("catalog.any")}</option>
            {AUDIENCES.map((audience) => (
              <option key={audience} value={audience}>
                {t(`audiences.${audience}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t("catalog.apply")}
          </button>
          {filtered ? <Link to="/courses">{t("catalog.clear")}</Link> : null}
        </div>
      </Form>
      <p role="status" className="result-count">
        {t("catalog.count", { count: courses.length })}
      </p>
      {courses.length === 0 ? (
        <p className="empty-state">{t("catalog.empty")}</p>
      ) : (
        <ul className="course-grid">
          {courses.map((course) => (
            <li key={course.id}>
              <CourseCard course={course} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Courses · Integrity Academy" }];
