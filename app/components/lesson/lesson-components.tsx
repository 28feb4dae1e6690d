import { Callout } from "./callout";
import { FacilitatorNote } from "./facilitator-note";
import { Figure } from "./figure";
import { Glossary } from "./glossary-term";
import { KnowledgeCheck } from "./knowledge-check";
import { Option, Question, Quiz } from "./quiz";
import { Reflection } from "./reflection";
import { Choice, Ending, Scenario, Step } from "./scenario";
import { Uncac } from "./uncac-reference";

/**
 * The one component map for lessons, passed to the compiled MDX as `components`. Every component
 * reads the lesson's state through `useLessonRuntime`, so the page must provide that context.
 */
export const lessonComponents = {
  Quiz,
  Question,
  Option,
  Scenario,
  Step,
  Choice,
  Ending,
  KnowledgeCheck,
  Callout,
  Uncac,
  Glossary,
  Figure,
  Reflection,
  FacilitatorNote,
};
