import { Children, cloneElement, isValidElement, useEffect, useId, useRef, useState, type ReactElement, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLessonRuntime } from "./lesson-runtime";

type ScenarioProps = { id: string; title?: string; start: string; children?: ReactNode };
type StepProps = { id: string; title?: string; children?: ReactNode };
type ChoiceProps = { to: string; consequence: string; children?: ReactNode };
type EndingProps = { id: string; title: string; outcome: string; children?: ReactNode };
type Outcome = "good" | "mixed" | "bad";

type Node = { kind: "step"; props: StepProps; choices: ChoiceProps[] } | { kind: "ending"; props: EndingProps };

type Props = Record<string, unknown> & { children?: ReactNode };
const propsOf = (element: ReactElement) => element.props as Props;
const isChoice = (node: ReactNode): node is ReactElement<ChoiceProps> => isValidElement(node) && typeof propsOf(node).to === "string";

/** Finds matching elements, looking through the paragraphs Markdown wraps around inline JSX. */
function findElements(children: ReactNode, match: (element: ReactElement) => boolean): ReactElement[] {
  return Children.toArray(children).flatMap((child) => {
    if (!isValidElement(child)) return [];
    return match(child) ? [child] : findElements(propsOf(child).children, match);
  });
}

/** The narrative of a step: its content without the choices, which the scenario renders as buttons. */
function withoutChoices(children: ReactNode): ReactNode[] {
  return Children.toArray(children).flatMap((child) => {
    if (isChoice(child)) return [];
    if (!isValidElement(child) || propsOf(child).children === undefined) return [child];
    const inner = withoutChoices(propsOf(child).children);
    // Drop a paragraph that held nothing but choices.
    if (inner.every((n) => typeof n === "string" && n.trim() === "")) return [];
    return [cloneElement(child, undefined, ...inner)];
  });
}

function readNodes(children: ReactNode) {
  const nodes = new Map<string, Node>();
  for (const element of findElements(children, (e) => typeof propsOf(e).id === "string")) {
    const props = propsOf(element);
    if (typeof props.outcome === "string") nodes.set(String(props.id), { kind: "ending", props: props as EndingProps });
    else {
      const choices = findElements(props.children, isChoice).map((c) => c.props as ChoiceProps);
      nodes.set(String(props.id), { kind: "step", props: props as StepProps, choices });
    }
  }
  return nodes;
}

/** A saved path is trusted only as far as it follows real choices (the lesson may have changed since). */
function followPath(saved: string[] | undefined, start: string, nodes: Map<string, Node>) {
  const path = [start];
  for (const id of saved?.[0] === start ? saved.slice(1) : []) {
    const here = nodes.get(path[path.length - 1]!);
    if (here?.kind !== "step" || !here.choices.some((c) => c.to === id)) break;
    path.push(id);
  }
  return path;
}

export function Scenario({ id, title, start, children }: ScenarioProps) {
  const { t } = useTranslation();
  const runtime = useLessonRuntime();
  const headingId = useId();
  const nodes = readNodes(children);
  const path = followPath(runtime.state.scenarios[id], start, nodes);
  // Which choice led onward, for steps where two choices share a target; lost on reload, harmlessly.
  const [picked, setPicked] = useState<Record<string, number>>({});
  const currentHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const current = nodes.get(path[path.length - 1]!);

  useEffect(() => {
    // Only after a choice: restoring a saved path must not pull focus into the middle of the page.
    if (moved.current) currentHeading.current?.focus();
    moved.current = false;
  }, [path.length]);

  const go = (next: string[]) => {
    moved.current = true;
    runtime.setScenarioPath(id, next);
  };
  const stepTitle = (props: StepProps, position: number) => props.title ?? t("lesson.scenario.step", { number: position + 1 });

  return (
    <section className="scenario" aria-labelledby={headingId}>
      <h3 id={headingId} className="scenario__title">
        {title ?? t("lesson.scenario.defaultTitle")}
      </h3>
      {path.length > 1 ? (
        <ol className="scenario__history" aria-label={t("lesson.scenario.history")}>
          {path.slice(0, -1).map((stepId, position) => {
            const node = nodes.get(stepId);
            if (node?.kind !== "step") return null;
            const next = path[position + 1];
            const pick = node.choices[picked[`${position}/${stepId}`] ?? -1];
            const choice = pick?.to === next ? pick : node.choices.find((c) => c.to === next);
            return (
              <li key={`${position}-${stepId}`} className="scenario__past">
                <h4 className="scenario__step-title">{stepTitle(node.props, position)}</h4>
                <Step {...node.props} />
                <p className="scenario__chosen">
                  <span className="scenario__chosen-label">{t("lesson.scenario.youChose")}</span> {choice?.children}
                </p>
                <div className="scenario__consequence">
                  <p className="scenario__consequence-label">{t("lesson.scenario.whatHappened")}</p>
                  <p>{choice?.consequence}</p>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      {current?.kind === "step" ? (
        <div className="scenario__current">
          <h4 ref={currentHeading} tabIndex={-1} className="scenario__step-title">
            {stepTitle(current.props, path.length - 1)}
          </h4>
          <Step {...current.props} />
          <p className="scenario__prompt" id={`${headingId}-prompt`}>
            {t("lesson.scenario.whatDoYouDo")}
          </p>
          <ul className="scenario__choices" role="list" aria-labelledby={`${headingId}-prompt`}>
            {current.choices.map((choice, index) => (
              <li key={`${index}-${choice.to}`}>
                <button
                  type="button"
                  className="scenario__choice"
                  onClick={() => {
                    setPicked((p) => ({ ...p, [`${path.length - 1}/${current.props.id}`]: index }));
                    go([...path, choice.to]);
                  }}
                >
                  {choice.children}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : current?.kind === "ending" ? (
        <div className={`scenario__ending scenario__ending--${outcomeOf(current.props.outcome)}`}>
          <p className="scenario__ending-label">{t("lesson.scenario.ending")}</p>
          <h4 ref={currentHeading} tabIndex={-1} className="scenario__step-title">
            {current.props.title}
          </h4>
          <OutcomeBadge outcome={outcomeOf(current.props.outcome)} />
          <Ending {...current.props} />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setPicked({});
              go([start]);
            }}
          >
            {t("lesson.scenario.startAgain")}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** The narrative of a step; its choices are rendered by Scenario. */
export function Step({ children }: StepProps) {
  return <div className="scenario__narrative">{withoutChoices(children)}</div>;
}

/** Rendered by Scenario as a button; on its own it shows just its text. */
export function Choice({ children }: ChoiceProps) {
  return <>{children}</>;
}

/** The debrief of an ending; Scenario adds the title and outcome. */
export function Ending({ children }: EndingProps) {
  return <div className="scenario__debrief">{children}</div>;
}

const outcomeOf = (value: string): Outcome => (value === "good" || value === "bad" ? value : "mixed");

function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return (
    <p className={`outcome-badge outcome-badge--${outcome}`}>
      <svg className="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        {outcome === "good" ? (
          <path d="M4 10.5l4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
        ) : outcome === "bad" ? (
          <path d="M5 5l10 10M15 5L5 15" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        ) : (
          <path d="M4 10h12" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        )}
      </svg>
      {t(`lesson.scenario.outcome.${outcome}`)}
    </p>
  );
}
