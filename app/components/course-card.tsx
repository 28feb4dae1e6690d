import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Tier } from "#app/content/course-schema";
import { LOCALE_NAMES, LOCALE_TAGS, type Locale } from "#app/i18n/locales";

export type CourseCardData = {
  id: string;
  tier: Tier;
  title: string;
  summary: string;
  language: Locale;
  minutes: number;
  lessonCount: number;
  languages: Locale[];
  prerequisites: string[];
  state: "enrolled" | "completed" | null;
};

export function CourseCard({ course }: { course: CourseCardData }) {
  const { t } = useTranslation();
  return (
    <article className={`course-card tier-card--${course.tier}`} lang={LOCALE_TAGS[course.language]}>
      <p className="course-card__tier">{t(`tiers.${course.tier}`)}</p>
      <h2 className="course-card__title">
        <Link to={`/courses/${course.id}`}>{course.title}</Link>
      </h2>
      <p>{course.summary}</p>
      <ul className="course-card__facts">
        <li>{t("catalog.minutes", { minutes: course.minutes })}</li>
        <li>{t("catalog.lessons", { count: course.lessonCount })}</li>
        <li>
          <span className="visually-hidden">{t("catalog.languages")}: </span>
          {course.languages.map((code) => LOCALE_NAMES[code]).join(" · ")}
        </li>
      </ul>
      {course.prerequisites.length ? <p className="course-card__requires">{t("catalog.requires", { courses: course.prerequisites.join(", ") })}</p> : null}
      {course.state ? (
        <p className={`badge badge--${course.state}`}>{t(course.state === "completed" ? "catalog.completed" : "catalog.enrolled")}</p>
      ) : null}
    </article>
  );
}
