// Walks the central directory once, without decompressing anything, and reports every entry
// that is unsafe or over the limits. The sizes here are what the headers declare; extraction
// counts the real bytes, because a hostile zip can lie.
import type { Entry, ZipFile } from "yauzl";
import type { PackageLimits, PackageProblem } from "./package-types";
import { checkEntry } from "./zip-entries.server";

// Below this size a high ratio is harmless (a page of whitespace compresses a thousandfold),
// and flagging it would reject ordinary packages.
export const RATIO_CHECK_MIN_BYTES = 1024 * 1024;
// Enough to show what is wrong without a 5000-line error page.
const MAX_PROBLEMS = 20;

export type ZipScan = {
  /** Regular files by normalized path ("folder/file.html"), in zip order. */
  files: Map<string, Entry>;
  totalUncompressed: number;
  problems: PackageProblem[];
};

export async function scanZip(zip: ZipFile, limits: PackageLimits): Promise<ZipScan> {
  const files = new Map<string, Entry>();
  const problems: PackageProblem[] = [];
  let totalUncompressed = 0;

  // Folder entries are not counted as files, but they still cost a read each.
  if (zip.entryCount > limits.maxFiles * 2) {
    problems.push(tooManyFiles(`the zip lists ${zip.entryCount} entries`, limits));
    return { files, totalUncompressed, problems };
  }

  for await (const entry of zip.eachEntry()) {
    if (problems.length >= MAX_PROBLEMS) break;
    const checked = checkEntry(entry);
    if (!checked.ok) {
      problems.push(checked.problem);
      continue;
    }
    if (checked.isDirectory) continue;
    if (files.has(checked.path)) {
      // Inspection would read one copy and extraction write the other.
      problems.push({ code: "corrupt-zip", entry: checked.path, message: `entry ${checked.path} appears more than once in the zip` });
      continue;
    }
    files.set(checked.path, entry);
    if (files.size > limits.maxFiles) {
      problems.push(tooManyFiles(`the package has more than ${limits.maxFiles} files`, limits));
      break;
    }
    totalUncompressed += entry.uncompressedSize;
    problems.push(...sizeProblems(checked.path, entry, limits));
  }

  if (totalUncompressed > limits.maxUncompressedBytes) {
    problems.push({
      code: "too-large",
      message: `the package unpacks to ${formatBytes(totalUncompressed)}; the limit is ${formatBytes(limits.maxUncompressedBytes)}`,
    });
  }
  return { files, totalUncompressed, problems };
}

function sizeProblems(path: string, entry: Entry, limits: PackageLimits): PackageProblem[] {
  const { uncompressedSize, compressedSize } = entry;
  if (uncompressedSize > limits.maxEntryBytes) {
    return [{
      code: "too-large",
      entry: path,
      message: `entry ${path} unpacks to ${formatBytes(uncompressedSize)}; the limit for one file is ${formatBytes(limits.maxEntryBytes)}`,
    }];
  }
  const ratio = uncompressedSize / Math.max(compressedSize, 1);
  if (uncompressedSize >= RATIO_CHECK_MIN_BYTES && ratio > limits.maxCompressionRatio) {
    return [{
      code: "compression-ratio",
      entry: path,
      message: `entry ${path} expands ${Math.round(ratio)} times (${formatBytes(compressedSize)} to ${formatBytes(uncompressedSize)}), more than the allowed ${limits.maxCompressionRatio}; this looks like a zip bomb`,
    }];
  }
  return [];
}

function tooManyFiles(detail: string, limits: PackageLimits): PackageProblem {
  return { code: "too-many-files", message: `${detail}; the limit is ${limits.maxFiles} files` };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
