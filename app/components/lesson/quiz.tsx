import { Children, isValidElement, useEffect, useId, useRef, useState, type ReactElement, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLessonRuntime, type QuestionResult } from "./lesson-runtime";

type QuizProps = { id: string; title?: string; children?: ReactNode };
type QuestionProps = { id: string; quizId: string; type: string; prompt: string; children?: ReactNode };
// `index` is added by the compiler; `correct` and `feedback` never reach the browser.
type OptionProps = { index: string; children?: ReactNode };

const resultKey = (quizId: string, questionId: string) => `${quizId}/${questionId}`;

function elementsWith<P>(children: ReactNode, prop: string): ReactElement<P>[] {
  return Children.toArray(children).filter(
    (child): child is ReactElement<P> => isValidElement(child) && typeof (child.props as Record<string, unknown>)[prop] === "string"
  );
}

export function Quiz({ id, title, children }: QuizProps) {
  const { t } = useTranslation();
  const { state } = useLessonRuntime();
  const headingId = useId();
  const questions = elementsWith<QuestionProps>(children, "prompt");
  const results = questions.map((q) => state.questions[resultKey(id, q.props.id)]);
  const allChecked = results.length > 0 && results.every(Boolean);
  return (
    <section className="quiz" aria-labelledby={headingId}>
      <h3 id={headingId} className="quiz__title">
        {title ?? t("lesson.quiz.defaultTitle")}
      </h3>
      {children}
      {allChecked ? (
        <p className="quiz__score">
          {t("lesson.quiz.score", { correct: results.filter((r) => r?.correct).length, total: results.length })}
        </p>
      ) : null}
    </section>
  );
}

export function Question({ id, quizId, type, prompt, children }: QuestionProps) {
  const { t } = useTranslation();
  const runtime = useLessonRuntime();
  const key = resultKey(quizId, id);
  const multiple = type === "multiple";
  const options = elementsWith<OptionProps>(children, "index");
  const [selected, setSelected] = useState<number[]>([]);
  // Kept locally as well, in case the provider stores results only after a round trip.
  const [localResult, setLocalResult] = useState<QuestionResult | null>(null);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const result = runtime.state.questions[key] ?? localResult;
  const shown = result ? result.selected : selected;
  const baseId = useId();
  const explanationRef = useRef<HTMLDivElement>(null);
  const firstInputRef = useRef<HTMLInputElement>(null);
  const focusNext = useRef<"explanation" | "input" | null>(null);

  useEffect(() => {
    // Focus moves only after the learner acts, never when a saved result is restored.
    if (focusNext.current === "explanation" && result) explanationRef.current?.focus();
    if (focusNext.current === "input" && !result) firstInputRef.current?.focus();
    focusNext.current = null;
  }, [result]);

  const toggle = (index: number, checked: boolean) => {
    if (result || pending) return;
    setFailed(false);
    if (!multiple) setSelected([index]);
    else setSelected((s) => (checked ? [...s, index].sort((a, b) => a - b) : s.filter((i) => i !== index)));
  };

  const check = async () => {
    if (pending || selected.length === 0) return;
    setPending(true);
    setFailed(false);
    // Set before awaiting: the provider may store the result (and re-render) before we resume.
    focusNext.current = "explanation";
    try {
      setLocalResult(await runtime.checkAnswer(quizId, id, selected));
    } catch {
      focusNext.current = null;
      setFailed(true);
    } finally {
      setPending(false);
    }
  };

  const tryAgain = () => {
    focusNext.current = "input";
    setLocalResult(null);
    setSelected([]);
    runtime.resetAnswer(quizId, id);
  };

  return (
    <fieldset
      className={`question${result ? ` question--${result.correct ? "correct" : "incorrect"}` : ""}`}
      aria-describedby={`${baseId}-hint`}
    >
      <legend className="question__prompt">{prompt}</legend>
      <p id={`${baseId}-hint`} className="question__hint">
        {t(multiple ? "lesson.quiz.chooseAll" : "lesson.quiz.chooseOne")}
        {runtime.isFinalAssessment ? ` ${t("lesson.quiz.finalNote")}` : null}
      </p>
      <ul className="question__options" role="list">
        {options.map((option, position) => {
          const index = Number(option.props.index);
          const isSelected = shown.includes(index);
          const isCorrect = result?.correctOptions.includes(index) ?? false;
          const feedback = result?.feedback.find((f) => f.index === index)?.text;
          const badgeId = `${baseId}-badge-${index}`;
          const feedbackId = `${baseId}-feedback-${index}`;
          const hasBadge = Boolean(result) && (isCorrect || isSelected);
          const state = !result ? "" : isCorrect ? " option--correct" : isSelected ? " option--wrong" : "";
          return (
            <li key={index} className={`option${state}`}>
              <label className="option__label">
                <input
                  ref={position === 0 ? firstInputRef : undefined}
                  type={multiple ? "checkbox" : "radio"}
                  name={`${baseId}-answer`}
                  value={index}
                  checked={isSelected}
                  disabled={Boolean(result) || pending}
                  onChange={(event) => toggle(index, event.currentTarget.checked)}
                  aria-describedby={[hasBadge ? badgeId : "", feedback ? feedbackId : ""].join(" ").trim() || undefined}
                />
                <span className="option__text">{option.props.children}</span>
              </label>
              {hasBadge ? (
                <span id={badgeId} className={`option__badge option__badge--${isCorrect ? "correct" : "wrong"}`}>
                  {isCorrect ? <CheckIcon /> : <CrossIcon />}
                  {t(isCorrect ? "lesson.quiz.correctAnswer" : "lesson.quiz.wrongChoice")}
                </span>
              ) : null}
              {feedback ? (
                <p id={feedbackId} className="option__feedback">
                  {feedback}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="question__status" aria-live="polite">
        {result ? (
          <p className={`question__verdict question__verdict--${result.correct ? "correct" : "incorrect"}`}>
            {result.correct ? <CheckIcon /> : <CrossIcon />}
            {t(result.correct ? "lesson.quiz.correct" : "lesson.quiz.incorrect")}
          </p>
        ) : null}
      </div>
      {result ? (
        <div ref={explanationRef} className="question__explanation" tabIndex={-1}>
          <p className="question__explanation-label">{t("lesson.quiz.explanation")}</p>
          <p>{result.explanation}</p>
        </div>
      ) : null}
      {failed ? (
        <div className="question__error" role="alert">
          <p>{t("lesson.quiz.error")}</p>
          <button type="button" className="button button--secondary button--small" onClick={check}>
            {t("lesson.quiz.retry")}
          </button>
        </div>
      ) : null}
      <div className="question__actions">
        {!result ? (
          // aria-disabled while the request runs keeps keyboard focus on the button.
          <button type="button" className="button" onClick={check} disabled={selected.length === 0} aria-disabled={pending || undefined}>
            {t(pending ? "lesson.quiz.checking" : "lesson.quiz.check")}
          </button>
        ) : !runtime.isFinalAssessment ? (
          <button type="button" className="button button--secondary" onClick={tryAgain}>
            {t("lesson.quiz.tryAgain")}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

/** Rendered by Question from its props; on its own it shows just its text. */
export function Option({ children }: OptionProps) {
  return <>{children}</>;
}

function CheckIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M4 10.5l4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function CrossIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M5 5l10 10M15 5L5 15" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
