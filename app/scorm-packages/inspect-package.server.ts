// Decides whether an uploaded zip is a SCORM package we can safely unpack and play, and
// summarizes its manifest. Reads only the central directory and imsmanifest.xml; nothing is
// written to disk (extract-package.server.ts does that, after this says ok).
import type { ZipFile } from "yauzl";
import { decodeXml } from "./decode-xml";
import { checkLaunchFiles } from "./launch-files";
import { DEFAULT_LIMITS, PackageLimitsSchema, type PackageLimits, type PackageManifest, type PackageProblem } from "./package-types";
import { parseManifest } from "./parse-manifest";
import { formatBytes, scanZip, type ZipScan } from "./scan-zip.server";
import { openZip, problemFromZipError, readEntryBytes } from "./zip-entries.server";

export {
  DEFAULT_LIMITS,
  type ItemNode,
  type PackageLimits,
  type PackageManifest,
  type PackageProblem,
  type PackageResource,
  type PackageSco,
  type ScormVersion,
} from "./package-types";

export const MANIFEST_NAME = "imsmanifest.xml";
// Large courses have manifests of a few hundred KB; 5 MB is far past any real one.
export const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;

export type PackageInspection =
  | { ok: true; manifest: PackageManifest; entries: string[]; totalUncompressed: number }
  | { ok: false; problems: PackageProblem[] };

const fail = (problems: PackageProblem[]): PackageInspection => ({ ok: false, problems });

export async function inspectPackage(zipPath: string, limits: PackageLimits = DEFAULT_LIMITS): Promise<PackageInspection> {
  const checkedLimits = PackageLimitsSchema.parse(limits);
  let zip: ZipFile;
  try {
    zip = await openZip(zipPath);
  } catch (error) {
    return fail([await problemFromZipError(zipPath, error)]);
  }
  try {
    let scan: ZipScan;
    try {
      scan = await scanZip(zip, checkedLimits);
    } catch (error) {
      return fail([await problemFromZipError(zipPath, error)]);
    }
    // Nothing is decompressed from a zip that failed the entry checks, not even the manifest.
    if (scan.problems.length > 0) return fail(scan.problems);

    const xml = await readManifest(zip, scan);
    if (!xml.ok) return fail([xml.problem]);
    const parsed = parseManifest(xml.text);
    if (!parsed.ok) return fail(parsed.problems);

    const entries = [...scan.files.keys()];
    const missing = checkLaunchFiles(parsed.manifest, new Set(entries));
    if (missing.length > 0) return fail(missing);
    return { ok: true, manifest: parsed.manifest, entries, totalUncompressed: scan.totalUncompressed };
  } finally {
    zip.close();
  }
}

async function readManifest(
  zip: ZipFile,
  scan: ZipScan,
): Promise<{ ok: true; text: string } | { ok: false; problem: PackageProblem }> {
  const entry = scan.files.get(MANIFEST_NAME);
  if (!entry) return { ok: false, problem: missingManifest([...scan.files.keys()]) };
  if (entry.uncompressedSize > MAX_MANIFEST_BYTES) {
    return {
      ok: false,
      problem: {
        code: "too-large",
        entry: MANIFEST_NAME,
        message: `imsmanifest.xml is ${formatBytes(entry.uncompressedSize)}; the limit is ${formatBytes(MAX_MANIFEST_BYTES)}`,
      },
    };
  }
  try {
    return { ok: true, text: decodeXml(await readEntryBytes(zip, entry, MAX_MANIFEST_BYTES)) };
  } catch (error) {
    return {
      ok: false,
      problem: { code: "corrupt-zip", entry: MANIFEST_NAME, message: `imsmanifest.xml could not be unpacked (${(error as Error).message}); the zip is damaged` },
    };
  }
}

function missingManifest(paths: string[]): PackageProblem {
  const elsewhere = paths
    .filter((p) => p.toLowerCase() === MANIFEST_NAME || p.toLowerCase().endsWith(`/${MANIFEST_NAME}`))
    .sort((a, b) => a.length - b.length)[0];
  if (elsewhere === undefined) {
    return { code: "no-manifest", message: "the zip has no imsmanifest.xml, so it is not a SCORM package" };
  }
  if (!elsewhere.includes("/")) {
    return { code: "no-manifest", entry: elsewhere, message: `the manifest is named ${elsewhere}; SCORM requires exactly imsmanifest.xml (lower case)` };
  }
  return {
    code: "no-manifest",
    entry: elsewhere,
    message: `imsmanifest.xml is not at the root of the zip (found at ${elsewhere}); zip the contents of the course folder, not the folder itself`,
  };
}
