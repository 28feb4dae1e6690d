// Every item a learner can open must open a file that is in the zip. Checked for all
// organizations, not only the default one, and for assets as well as SCOs: a missing page
// is as broken for the learner either way.
import { launchTarget } from "./launch-href";
import type { ItemNode, PackageManifest, PackageProblem } from "./package-types";

export function checkLaunchFiles(manifest: PackageManifest, files: ReadonlySet<string>): PackageProblem[] {
  const resources = new Map(manifest.resources.map((r) => [r.identifier, r]));
  const problems: PackageProblem[] = [];
  const check = (item: ItemNode) => {
    if (!item.resourceIdentifier) return;
    const resource = resources.get(item.resourceIdentifier);
    const label = `item "${item.title}" (${item.identifier})`;
    if (!resource) {
      problems.push({ code: "missing-launch-file", message: `${label} refers to resource ${item.resourceIdentifier}, which imsmanifest.xml does not define` });
      return;
    }
    if (!item.href) {
      problems.push({ code: "missing-launch-file", message: `${label} refers to resource ${resource.identifier}, which has no href to launch` });
      return;
    }
    const target = launchTarget(item.href);
    if (target.kind === "external") {
      // An asset may be a link to a website; a SCO on another site cannot reach our runtime API.
      if (resource.scormType === "sco") {
        problems.push({ code: "missing-launch-file", message: `${label} launches ${item.href}, outside the package; a SCO must be a file inside the zip` });
      }
      return;
    }
    if (target.kind === "outside") {
      problems.push({ code: "path-traversal", entry: target.path, message: `${label} launches ${target.path}, which points outside the package folder` });
      return;
    }
    if (!target.candidates.some((c) => files.has(c))) {
      const path = target.candidates[0] ?? item.href;
      problems.push({ code: "missing-launch-file", entry: path, message: `${label} launches ${path}, which is not in the zip` });
    }
  };
  const visit = (item: ItemNode) => {
    check(item);
    item.children.forEach(visit);
  };
  manifest.organizations.forEach(visit);
  return problems;
}
