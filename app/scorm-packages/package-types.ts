// Shared shapes of the SCORM package import. Plain .ts (no Node APIs) so the upload UI can
// show problems and the player can read the manifest summary without pulling in server code.
import { z } from "zod";

export const PackageLimitsSchema = z.object({
  maxFiles: z.number().int().positive(),
  maxUncompressedBytes: z.number().int().positive(),
  maxCompressionRatio: z.number().positive(),
  maxEntryBytes: z.number().int().positive(),
});
export type PackageLimits = z.infer<typeof PackageLimitsSchema>;

export const DEFAULT_LIMITS: PackageLimits = {
  maxFiles: 5000,
  maxUncompressedBytes: 1024 ** 3,
  // Text and HTML deflate to a tenth or so; a hundredfold is already a red flag for a zip bomb.
  maxCompressionRatio: 100,
  maxEntryBytes: 200 * 1024 ** 2,
};

export type PackageProblemCode =
  | "not-a-zip"
  | "corrupt-zip"
  | "no-manifest"
  | "manifest-unparseable"
  | "unknown-scorm-version"
  | "missing-launch-file"
  | "path-traversal"
  | "absolute-path"
  | "symlink"
  | "too-many-files"
  | "too-large"
  | "compression-ratio"
  | "encrypted"
  | "no-launchable-sco";

export type PackageProblem = { code: PackageProblemCode; message: string; entry?: string };

export type ScormVersion = "1.2" | "2004-2nd" | "2004-3rd" | "2004-4th";

/** An organization (the root nodes of `organizations`) or an item of its tree. */
export type ItemNode = {
  identifier: string;
  title: string;
  isVisible: boolean;
  /** identifierref: the resource this item launches; absent on organizations and folders. */
  resourceIdentifier?: string;
  /** Launch path (xml:base resolved, item parameters appended) when the resource has an href. */
  href?: string;
  children: ItemNode[];
};

export type PackageResource = {
  identifier: string;
  type: string;
  scormType: "sco" | "asset";
  /** Resolved against xml:base on manifest, resources and resource. */
  href?: string;
  files: string[];
  dependencies: string[];
};

export type PackageSco = {
  /** The resource identifier. */
  identifier: string;
  itemIdentifier: string;
  title: string;
  /** Launch path inside the package, including the item's parameters. */
  href: string;
  /** SCORM 1.2 adlcp:masteryscore, 0..100 (cmi.student_data.mastery_score). */
  masteryScore?: number;
  /** adlcp:datafromlms (1.2) or adlcp:dataFromLMS (2004): cmi.launch_data. */
  dataFromLms?: string;
  /**
   * 2004 adlcp:completionThreshold: the 3rd Edition text value or the 4th Edition
   * minProgressMeasure attribute (cmi.completion_threshold).
   */
  completionThreshold?: number;
  /** 4th Edition completedByMeasure; the threshold only decides completion when true. */
  completedByMeasure?: boolean;
  /** imsss:minNormalizedMeasure of the primary objective (cmi.scaled_passing_score). */
  minNormalizedMeasure?: number;
  /** imsss:primaryObjective satisfiedByMeasure; the measure only decides success when true. */
  satisfiedByMeasure?: boolean;
};

export type PackageManifest = {
  scormVersion: ScormVersion;
  identifier: string;
  title: string;
  /** Every organization as a root node, the default organization first. */
  organizations: ItemNode[];
  resources: PackageResource[];
  /** Launchable SCOs of the default organization, in tree order. */
  scos: PackageSco[];
};
