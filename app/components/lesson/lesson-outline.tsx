import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { LessonStatus } from "#app/courses/progress.server";
import { ProgressBar } from "../progress-bar";

type OutlineLesson = { id: string; title: string; required: boolean; isFinal: boolean; status: LessonStatus };

const STATUS_ICON: Record<LessonStatus, string> = {
  "not-started": "○",
  "in-progress": "◐",
  completed: "●",
  passed: "✓",
  failed: "✗",
};

export function LessonOutline(props: {
  courseId: string;
  courseTitle: string;
  lessons: OutlineLesson[];
  currentId: string;
  progress: { done: number; total: number; percent: number };
}) {
  const { t } = useTranslation();
  return (
    <nav className="player__outline" aria-label={t("player.outline")}>
      <h2 className="player__outline-title">
        <Link to={`/courses/${props.courseId}`}>{props.courseTitle}</Link>
      </h2>
      <ProgressBar percent={props.progress.percent} label={t("player.progress", { done: props.progress.done, total: props.progress.total })} />
      <ol className="outline">
        {props.lessons.map((lesson) => (
          <li key={lesson.id} className={`outline__item status--${lesson.status}`}>
            <Link to={`/courses/${props.courseId}/lessons/${lesson.id}`} aria-current={lesson.id === props.currentId ? "page" : undefined}>
              <span className="outline__icon" aria-hidden="true">
                {STATUS_ICON[lesson.status]}
              </span>
              <span className="outline__title">{lesson.title}</span>
              <span className="visually-hidden"> ({t(`lessonStatus.${lesson.status}`)})</span>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
