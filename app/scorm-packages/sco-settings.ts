// Per-item settings the runtime needs when it launches a SCO: mastery score (1.2), launch
// data, completion threshold and scaled passing score (2004). Values are checked here, at
// the manifest boundary, so the player can trust them.
import { z } from "zod";
import type { PackageProblem, PackageSco } from "./package-types";
import { asNode, asNodes, attr, text, type XmlNode } from "./xml-node";

const Decimal = z
  .string()
  .trim()
  .regex(/^[+-]?(\d+(\.\d*)?|\.\d+)$/)
  .transform(Number);
const MasteryScoreSchema = Decimal.pipe(z.number().min(0).max(100));
const ThresholdSchema = Decimal.pipe(z.number().min(0).max(1));
const NormalizedMeasureSchema = Decimal.pipe(z.number().min(-1).max(1));

type ScoSettings = Pick<
  PackageSco,
  "masteryScore" | "dataFromLms" | "completionThreshold" | "completedByMeasure" | "minNormalizedMeasure" | "satisfiedByMeasure"
>;

export function readScoSettings(
  item: XmlNode,
  sequencingCollection: XmlNode[],
  problems: PackageProblem[],
): ScoSettings {
  const itemId = attr(item, "identifier") ?? "?";
  const number = (raw: string | undefined, schema: z.ZodType<number>, what: string, range: string) => {
    if (raw === undefined || raw.trim() === "") return undefined;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    problems.push({
      code: "manifest-unparseable",
      entry: "imsmanifest.xml",
      message: `item ${itemId} has ${what} "${raw}", which is not a number from ${range}`,
    });
    return undefined;
  };

  // 3rd Edition writes the threshold as text; 4th Edition as attributes of an empty element.
  const thresholdNode = item.completionThreshold;
  const thresholdAttrs = asNode(thresholdNode);
  const threshold = attr(thresholdAttrs, "minProgressMeasure") ?? text(thresholdNode);
  const completedByMeasure = attr(thresholdAttrs, "completedByMeasure");

  const primary = primaryObjective(item, sequencingCollection);
  const satisfiedByMeasure = attr(primary, "satisfiedByMeasure");

  return {
    masteryScore: number(text(item.masteryscore), MasteryScoreSchema, "adlcp:masteryscore", "0 to 100"),
    dataFromLms: text(item.dataFromLMS) ?? text(item.datafromlms),
    completionThreshold: number(threshold, ThresholdSchema, "adlcp:completionThreshold", "0 to 1"),
    completedByMeasure: completedByMeasure === undefined ? undefined : completedByMeasure.trim() === "true",
    minNormalizedMeasure: number(
      text(primary?.minNormalizedMeasure),
      NormalizedMeasureSchema,
      "imsss:minNormalizedMeasure",
      "-1 to 1",
    ),
    satisfiedByMeasure: satisfiedByMeasure === undefined ? undefined : satisfiedByMeasure.trim() === "true",
  };
}

/**
 * The item's own imsss:primaryObjective, else the one of the shared sequencing it points at
 * with IDRef (imsss:sequencingCollection), which is how some tools avoid repeating rules.
 */
function primaryObjective(item: XmlNode, collection: XmlNode[]): XmlNode | undefined {
  const sequencing = asNodes(item.sequencing)[0];
  const own = asNode(asNode(sequencing?.objectives)?.primaryObjective);
  if (own || !sequencing) return own;
  const ref = attr(sequencing, "IDRef");
  const shared = ref ? collection.find((s) => attr(s, "ID") === ref) : undefined;
  return asNode(asNode(shared?.objectives)?.primaryObjective);
}
