// Turns an uploaded zip into an immutable package version: inspected, unpacked into its own
// folder, then recorded in one transaction. Any failure removes what was unpacked and writes no
// row, so a rejected upload leaves nothing behind.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { getCatalog } from "#app/content/catalog.server";
import { prisma } from "#app/utils/db.server";
import { extractPackage, PackageRejectedError } from "./extract-package.server";
import { inspectPackage } from "./inspect-package.server";
import { PACKAGE_ROOT } from "./package-config.server";
import { DEFAULT_LIMITS, type PackageManifest, type PackageProblem } from "./package-types";

export type StoreResult =
  | { ok: true; packageId: string; courseId: string; versionId: string; version: number }
  | { ok: false; problems: PackageProblem[] };

type Target = { kind: "new"; ownerId: string } | { kind: "version"; packageId: string };

export async function storePackage(zipPath: string, sizeBytes: number, target: Target): Promise<StoreResult> {
  const inspection = await inspectPackage(zipPath, DEFAULT_LIMITS);
  if (!inspection.ok) return { ok: false, problems: inspection.problems };
  const { manifest } = inspection;

  const packageId = target.kind === "new" ? crypto.randomUUID() : target.packageId;
  const version = target.kind === "new" ? 1 : await nextVersion(packageId);
  const storageDir = path.join(packageId, `v${version}`);
  const packageDir = path.join(PACKAGE_ROOT, packageId);
  const dest = path.join(PACKAGE_ROOT, storageDir);

  let extracted = false;
  // Only what this upload wrote: a concurrent upload of the same version number owns its folder.
  const cleanUp = async () => {
    if (extracted) await fs.rm(dest, { recursive: true, force: true });
    if (target.kind === "new") await fs.rm(packageDir, { recursive: true, force: true });
  };
  try {
    await extractPackage(zipPath, dest, DEFAULT_LIMITS);
    extracted = true;
    const versionData = { version, scormVersion: manifest.scormVersion, manifest: JSON.stringify(manifest), storageDir, sizeBytes };
    if (target.kind === "new") {
      const courseId = await freeCourseId(manifest);
      const created = await prisma.scormPackage.create({
        data: { id: packageId, courseId, ownerId: target.ownerId, title: manifest.title.slice(0, 120), versions: { create: versionData } },
        select: { versions: { select: { id: true } } },
      });
      return { ok: true, packageId, courseId, versionId: created.versions[0]!.id, version };
    }
    const created = await prisma.packageVersion.create({ data: { packageId, ...versionData }, select: { id: true, package: { select: { courseId: true } } } });
    return { ok: true, packageId, courseId: created.package.courseId, versionId: created.id, version };
  } catch (error) {
    await cleanUp();
    if (error instanceof PackageRejectedError) return { ok: false, problems: error.problems };
    throw error;
  }
}

async function nextVersion(packageId: string) {
  const latest = await prisma.packageVersion.findFirst({ where: { packageId }, orderBy: { version: "desc" }, select: { version: true } });
  return (latest?.version ?? 0) + 1;
}

/** "pkg-" and the title as a slug, numbered if taken; titles with no Latin letters get a random one. */
async function freeCourseId(manifest: PackageManifest) {
  const slug = manifest.title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  const base = `pkg-${slug || crypto.randomUUID().slice(0, 8)}`;
  const rows = await prisma.scormPackage.findMany({ where: { courseId: { startsWith: base } }, select: { courseId: true } });
  const mdx = [...(await getCatalog()).courses.keys()];
  const taken = new Set([...rows.map((p) => p.courseId), ...mdx]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
