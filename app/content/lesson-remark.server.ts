import type { Heading, Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { isGlossaryKey } from "./glossary";
import { COMPONENT_SPECS, isKnownComponent, SAFE_HTML_TAGS, type ComponentSpec, type PropSpec } from "./component-specs";
import type { LessonManifest, QuestionKey, ScenarioOutline } from "./lesson-manifest";

export type ContentProblem = { line: number; message: string };

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Node = Root | RootContent;

export type LessonCollector = {
  manifest: LessonManifest;
  problems: ContentProblem[];
  includeFacilitatorNotes: boolean;
  mediaExists: (src: string) => boolean;
};

export function emptyManifest(): LessonManifest {
  return {
    headings: [],
    quizzes: [],
    scenarios: [],
    reflections: [],
    knowledgeChecks: [],
    facilitatorNotes: 0,
    components: [],
    articles: [],
    terms: [],
    links: [],
  };
}

const isJsx = (node: Node): node is JsxElement => node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

function textOf(node: Node): string {
  if ("value" in node && typeof node.value === "string" && !(node.type as string).startsWith("mdx")) return node.value;
  if ("children" in node) return (node.children as Node[]).map(textOf).join("");
  return "";
}

function jsxChildren(node: JsxElement) {
  return (node.children as Node[]).flatMap((child) =>
    // Markdown may wrap inline JSX children in a paragraph; look through it.
    child.type === "paragraph" ? (child.children as Node[]).filter(isJsx) : isJsx(child) ? [child] : [],
  );
}

/**
 * One pass over the lesson's syntax tree that validates every component against its spec,
 * records what the server must know (answer keys, scenario graphs, headings) and removes what the
 * browser must not see (correct answers, feedback, explanations, trainer-only notes).
 */
export function remarkLesson(collector: LessonCollector) {
  return () => (tree: Root) => {
    const { manifest, problems } = collector;
    const report = (node: { position?: { start: { line: number } } }, message: string) =>
      problems.push({ line: lineOf(node), message });
    const ids = new Map<string, number>();
    const claimId = (node: JsxElement, id: string) => {
      if (ids.has(id)) report(node, `duplicate id "${id}" (first used on line ${ids.get(id)})`);
      else ids.set(id, lineOf(node));
    };
    let headingCount = 0;
    let knowledgeCheckCount = 0;

    const walk = (node: Node, parent: JsxElement | null): boolean => {
      const type = node.type as string;
      if (type === "mdxjsEsm") {
        // mdx-bundler's frontmatter plugin inserts an export of its own, without a source position.
        if (!node.position) return true;
        report(node, "import and export statements are not allowed in lessons; components are available without imports");
        return true;
      }
      if (type === "mdxFlowExpression" || type === "mdxTextExpression") {
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test((node as { value: string }).value)) report(node, "JavaScript expressions in { } are not allowed; write text or use a component");
        return true;
      }
      if (node.type === "heading") visitHeading(node);
      if (node.type === "link" && node.url.startsWith("/")) manifest.links.push({ url: node.url, line: lineOf(node) });
      if (isJsx(node)) {
        const keep = visitJsx(node, parent);
        if (!keep) return false;
      }
      if ("children" in node) {
        const children = node.children as Node[];
        const nextParent = isJsx(node) ? node : parent;
        // Forward, so headings are numbered and problems reported in reading order.
        const kept = children.filter((child) => walk(child, nextParent));
        children.splice(0, children.length, ...kept);
      }
      return true;
    };

    const visitHeading = (node: Heading) => {
      if (node.depth === 1) report(node, "use ## and ### for headings; the lesson title comes from the frontmatter");
      if (node.depth !== 2 && node.depth !== 3) return;
      // Numbered ids work in every script, where slugs of Chinese or Arabic headings would not.
      const id = `section-${++headingCount}`;
      // remark-rehype copies hProperties onto the rendered <h2>/<h3>.
      node.data = { ...node.data, hProperties: { id } } as typeof node.data;
      manifest.headings.push({ id, depth: node.depth, text: textOf(node).trim() });
    };

    const visitJsx = (node: JsxElement, parent: JsxElement | null): boolean => {
      const name = node.name ?? "";
      if (!isKnownComponent(name)) {
        if (!SAFE_HTML_TAGS.has(name)) report(node, `unknown component <${name || "fragment"}>`);
        return true;
      }
      if (!manifest.components.includes(name)) manifest.components.push(name);
      const spec: ComponentSpec = COMPONENT_SPECS[name];
      if (spec.parent && parent?.name !== spec.parent) report(node, `<${name}> must be inside <${spec.parent}>`);
      // visitQuiz has already validated these and replaced their secret props.
      if (name === "Question" || name === "Option") return true;
      const props = readProps(node, spec.props, (message) => report(node, `<${name}> ${message}`));

      switch (name) {
        case "Quiz":
          return visitQuiz(node, props);
        case "Scenario":
          return visitScenario(node, props);
        case "Reflection":
          claimId(node, String(props.id));
          manifest.reflections.push(String(props.id));
          return true;
        case "KnowledgeCheck": {
          const id = `kc-${++knowledgeCheckCount}`;
          node.attributes.push({ type: "mdxJsxAttribute", name: "id", value: id });
          manifest.knowledgeChecks.push(id);
          return true;
        }
        case "Uncac":
          if (typeof props.article === "number" && !manifest.articles.includes(props.article)) manifest.articles.push(props.article);
          return true;
        case "Glossary":
          if (typeof props.term === "string" && !isGlossaryKey(props.term)) report(node, `<Glossary> unknown term "${props.term}"`);
          else if (typeof props.term === "string" && !manifest.terms.includes(props.term)) manifest.terms.push(props.term);
          return true;
        case "Figure":
          if (typeof props.src === "string" && !/^media\/[\w.-]+\.(svg|png|jpe?g|webp)$/.test(props.src)) {
            report(node, `<Figure> src must look like media/name.svg (got "${props.src}")`);
          } else if (typeof props.src === "string" && !collector.mediaExists(props.src)) {
            report(node, `<Figure> file ${props.src} does not exist in the course folder`);
          }
          return true;
        case "FacilitatorNote":
          manifest.facilitatorNotes += 1;
          return collector.includeFacilitatorNotes;
        default:
          return true;
      }
    };

    const visitQuiz = (node: JsxElement, props: Record<string, unknown>) => {
      const quizId = String(props.id);
      claimId(node, quizId);
      const questions: QuestionKey[] = [];
      const children = jsxChildren(node);
      if (!children.some((c) => c.name === "Question")) report(node, "<Quiz> needs at least one <Question>");
      for (const question of children) {
        if (question.name !== "Question") continue;
        const q = readProps(question, COMPONENT_SPECS.Question.props, (m) => report(question, `<Question> ${m}`));
        const questionId = String(q.id);
        claimId(question, `${quizId}/${questionId}`);
        const options = jsxChildren(question).filter((c) => c.name === "Option");
        if (options.length < 2) report(question, `<Question id="${questionId}"> needs at least two <Option>s`);
        const correct: number[] = [];
        const keyOptions = options.map((option, index) => {
          const o = readProps(option, COMPONENT_SPECS.Option.props, (m) => report(option, `<Option> ${m}`));
          if (o.correct === true) correct.push(index);
          option.attributes = option.attributes.filter(
            (a) => a.type !== "mdxJsxAttribute" || (a.name !== "correct" && a.name !== "feedback"),
          );
          option.attributes.push({ type: "mdxJsxAttribute", name: "index", value: String(index) });
          return { text: textOf(option).trim(), feedback: String(o.feedback ?? "") };
        });
        if (q.type === "single" && correct.length !== 1) {
          report(question, `<Question id="${questionId}" type="single"> must have exactly one correct option (has ${correct.length})`);
        }
        if (q.type === "multiple" && correct.length < 1) report(question, `<Question id="${questionId}"> has no correct option`);
        question.attributes = question.attributes.filter((a) => a.type !== "mdxJsxAttribute" || a.name !== "explanation");
        question.attributes.push({ type: "mdxJsxAttribute", name: "quizId", value: quizId });
        questions.push({
          id: questionId,
          type: q.type === "multiple" ? "multiple" : "single",
          prompt: String(q.prompt ?? ""),
          options: keyOptions,
          correct,
          explanation: String(q.explanation ?? ""),
        });
      }
      manifest.quizzes.push({ id: quizId, title: typeof props.title === "string" ? props.title : undefined, questions });
      return true;
    };

    const visitScenario = (node: JsxElement, props: Record<string, unknown>) => {
      const scenarioId = String(props.id);
      claimId(node, scenarioId);
      const outline: ScenarioOutline = { id: scenarioId, start: String(props.start), steps: [], endings: [] };
      const edges: { from: string; to: string; node: JsxElement }[] = [];
      const nodeIds = new Set<string>();
      for (const child of jsxChildren(node)) {
        const spec: ComponentSpec | undefined = isKnownComponent(child.name ?? "") ? COMPONENT_SPECS[child.name as "Step"] : undefined;
        const c = readProps(child, spec?.props ?? {}, () => undefined);
        const id = String(c.id ?? "");
        if (nodeIds.has(id)) report(child, `duplicate step id "${id}" in scenario "${scenarioId}"`);
        nodeIds.add(id);
        if (child.name === "Step") {
          outline.steps.push(id);
          const choices = jsxChildren(child).filter((g) => g.name === "Choice");
          if (choices.length === 0) report(child, `<Step id="${id}"> needs at least one <Choice>`);
          for (const choice of choices) {
            const to = readProps(choice, COMPONENT_SPECS.Choice.props, () => undefined).to;
            edges.push({ from: id, to: String(to), node: choice });
          }
        } else if (child.name === "Ending") {
          outline.endings.push({ id, outcome: String(c.outcome) as "good" | "mixed" | "bad" });
        } else {
          report(child, `<Scenario> may only contain <Step> and <Ending>, not <${child.name}>`);
        }
      }
      if (!nodeIds.has(outline.start)) report(node, `<Scenario id="${scenarioId}"> start "${outline.start}" is not a step`);
      for (const edge of edges) {
        if (!nodeIds.has(edge.to)) report(edge.node, `<Choice to="${edge.to}"> points to no step or ending in scenario "${scenarioId}"`);
      }
      if (outline.endings.length === 0) report(node, `<Scenario id="${scenarioId}"> needs at least one <Ending>`);
      const reachable = new Set([outline.start]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const edge of edges) {
          if (reachable.has(edge.from) && !reachable.has(edge.to)) {
            reachable.add(edge.to);
            grew = true;
          }
        }
      }
      for (const id of nodeIds) if (!reachable.has(id)) report(node, `step or ending "${id}" cannot be reached from "${outline.start}"`);
      outline.decisionDepth = longestDecisionPath(outline.start, edges, new Set(outline.steps));
      manifest.scenarios.push(outline);
      return true;
    };

    walk(tree, null);
  };
}

/** The fewest choices a learner can make from the start to an ending: the depth of the story. */
function longestDecisionPath(start: string, edges: { from: string; to: string }[], steps: Set<string>) {
  const memo = new Map<string, number>();
  const visit = (id: string, seen: Set<string>): number => {
    if (!steps.has(id)) return 0;
    if (memo.has(id)) return memo.get(id)!;
    if (seen.has(id)) return Number.POSITIVE_INFINITY;
    seen.add(id);
    const outs = edges.filter((e) => e.from === id).map((e) => 1 + visit(e.to, seen));
    seen.delete(id);
    const shortest = outs.length ? Math.min(...outs) : 0;
    memo.set(id, shortest);
    return shortest;
  };
  return visit(start, new Set());
}

function readProps(node: JsxElement, specs: Record<string, PropSpec>, onProblem: (message: string) => void) {
  const values: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute") {
      onProblem("spread attributes are not allowed");
      continue;
    }
    const spec = specs[attribute.name];
    if (!spec) {
      onProblem(`has an unknown prop "${attribute.name}"`);
      continue;
    }
    const value = readAttribute(attribute, spec);
    if (value instanceof Error) onProblem(`prop "${attribute.name}": ${value.message}`);
    else values[attribute.name] = value;
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.required && values[name] === undefined) onProblem(`is missing the required prop "${name}"`);
  }
  return values;
}

function readAttribute(attribute: MdxJsxAttribute, spec: PropSpec): unknown {
  const raw = attribute.value;
  switch (spec.type) {
    case "boolean":
      return raw === null || raw === undefined ? true : new Error("write it on its own, without a value");
    case "number": {
      const text = typeof raw === "object" && raw ? raw.value : raw;
      const n = Number(text);
      if (!Number.isInteger(n)) return new Error(`expected a whole number like {15}, got ${String(text)}`);
      if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
        return new Error(`must be between ${spec.min} and ${spec.max}`);
      }
      return n;
    }
    default: {
      if (typeof raw !== "string") return new Error('expected text in double quotes, like prop="text"');
      if (spec.type === "id" && !/^[a-z0-9]+([-_][a-z0-9]+)*$/i.test(raw)) return new Error(`"${raw}" is not a valid id`);
      if (spec.oneOf && !spec.oneOf.includes(raw)) return new Error(`must be one of ${spec.oneOf.join(", ")}, not "${raw}"`);
      if (raw.trim() === "") return new Error("must not be empty");
      return raw;
    }
  }
}
