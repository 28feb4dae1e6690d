/** The props every lesson component accepts; the content check and the compiler both use it. */
export type PropSpec = {
  type: "string" | "id" | "number" | "boolean";
  required?: boolean;
  oneOf?: readonly string[];
  min?: number;
  max?: number;
};

export type ComponentSpec = { props: Record<string, PropSpec>; parent?: string };

const id = { type: "id", required: true } as const;
const text = { type: "string", required: true } as const;
const optionalText = { type: "string" } as const;

export const COMPONENT_SPECS = {
  Quiz: { props: { id, title: optionalText } },
  Question: {
    parent: "Quiz",
    props: { id, type: { type: "string", required: true, oneOf: ["single", "multiple"] }, prompt: text, explanation: text },
  },
  Option: { parent: "Question", props: { correct: { type: "boolean" }, feedback: text } },
  Scenario: { props: { id, title: optionalText, start: { type: "id", required: true } } },
  Step: { parent: "Scenario", props: { id, title: optionalText } },
  Choice: { parent: "Step", props: { to: { type: "id", required: true }, consequence: text } },
  Ending: {
    parent: "Scenario",
    props: { id, title: text, outcome: { type: "string", required: true, oneOf: ["good", "mixed", "bad"] } },
  },
  KnowledgeCheck: { props: { prompt: text } },
  Callout: { props: { type: { type: "string", required: true, oneOf: ["note", "warning", "example"] }, title: optionalText } },
  Uncac: { props: { article: { type: "number", required: true, min: 1, max: 71 } } },
  Glossary: { props: { term: { type: "id", required: true } } },
  Figure: { props: { src: text, alt: text, caption: optionalText } },
  Reflection: { props: { id, prompt: text } },
  FacilitatorNote: { props: {} },
} satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof COMPONENT_SPECS;

export function isKnownComponent(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENT_SPECS, name);
}

/** Harmless inline HTML an author may reasonably write; anything else is reported. */
export const SAFE_HTML_TAGS = new Set(["br", "abbr", "kbd", "sub", "sup", "small"]);

/** Components through which a learner acts; every lesson needs at least one. */
export const INTERACTIVE_COMPONENTS: readonly ComponentName[] = ["Quiz", "Scenario", "KnowledgeCheck", "Reflection"];
