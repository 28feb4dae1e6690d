// Unpacks a SCORM package into its own folder. Headers are not trusted: every path is checked
// again against the folder it resolves into, and the bytes actually inflated are counted
// against the limits, so a zip that lies about its sizes is stopped mid-stream. Everything
// is written to a temporary sibling and renamed into place, so a failure leaves nothing.
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Entry, ZipFile } from "yauzl";
import { crc32 } from "./crc32";
import { inspectPackage } from "./inspect-package.server";
import { DEFAULT_LIMITS, PackageLimitsSchema, type PackageLimits, type PackageProblem } from "./package-types";
import { formatBytes, RATIO_CHECK_MIN_BYTES } from "./scan-zip.server";
import { checkEntry, isSystemError, openZip } from "./zip-entries.server";

export class PackageRejectedError extends Error {
  constructor(readonly problems: PackageProblem[]) {
    super(`SCORM package rejected: ${problems.map((p) => p.message).join("; ")}`);
    this.name = "PackageRejectedError";
  }
}

export async function extractPackage(zipPath: string, destDir: string, limits: PackageLimits = DEFAULT_LIMITS): Promise<void> {
  const checkedLimits = PackageLimitsSchema.parse(limits);
  // Inspecting again costs one pass over the central directory, and keeps this safe even
  // when a caller skips the inspection or the file changed since.
  const inspection = await inspectPackage(zipPath, checkedLimits);
  if (!inspection.ok) throw new PackageRejectedError(inspection.problems);

  const dest = path.resolve(destDir);
  await fs.mkdir(path.dirname(dest), { recursive: true });
  if (await exists(dest)) throw new Error(`${dest} already exists; extract each package into a new folder`);
  // A sibling, so the final rename stays on one file system and is atomic.
  const temp = await fs.mkdtemp(path.join(path.dirname(dest), `.${path.basename(dest)}.extracting-`));
  try {
    await writeEntries(zipPath, temp, checkedLimits);
    await fs.rename(temp, dest);
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true });
    throw error;
  }
}

type Budget = { files: number; bytes: number };

async function writeEntries(zipPath: string, root: string, limits: PackageLimits): Promise<void> {
  const zip = await openZip(zipPath);
  const budget: Budget = { files: 0, bytes: 0 };
  try {
    for await (const entry of zip.eachEntry()) {
      const checked = checkEntry(entry);
      if (!checked.ok) throw new PackageRejectedError([checked.problem]);
      const target = path.resolve(root, checked.path);
      if (target !== root && !target.startsWith(root + path.sep)) {
        throw reject("path-traversal", checked.path, `entry ${checked.path} escapes the package folder`);
      }
      if (checked.isDirectory) {
        await fs.mkdir(target, { recursive: true });
        continue;
      }
      budget.files += 1;
      if (budget.files > limits.maxFiles) {
        throw reject("too-many-files", checked.path, `the package has more than ${limits.maxFiles} files`);
      }
      await fs.mkdir(path.dirname(target), { recursive: true });
      await writeEntry(zip, entry, checked.path, target, limits, budget);
    }
  } finally {
    zip.close();
  }
}

async function writeEntry(
  zip: ZipFile,
  entry: Entry,
  name: string,
  target: string,
  limits: PackageLimits,
  budget: Budget,
): Promise<void> {
  let written = 0;
  let crc = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      written += chunk.length;
      budget.bytes += chunk.length;
      if (written > limits.maxEntryBytes) {
        return callback(reject("too-large", name, `entry ${name} unpacks to more than ${formatBytes(limits.maxEntryBytes)}`));
      }
      if (budget.bytes > limits.maxUncompressedBytes) {
        return callback(reject("too-large", name, `the package unpacks to more than ${formatBytes(limits.maxUncompressedBytes)}`));
      }
      if (written >= RATIO_CHECK_MIN_BYTES && written / Math.max(entry.compressedSize, 1) > limits.maxCompressionRatio) {
        return callback(reject("compression-ratio", name, `entry ${name} expands more than ${limits.maxCompressionRatio} times; this looks like a zip bomb`));
      }
      crc = crc32(chunk, crc);
      callback(null, chunk);
    },
    flush(callback) {
      if (crc !== entry.crc32) return callback(reject("corrupt-zip", name, `entry ${name} is damaged (its checksum does not match)`));
      callback();
    },
  });
  try {
    const source = await zip.openReadStreamPromise(entry);
    // "wx": never follow or overwrite something already at the target.
    await pipeline(source, guard, createWriteStream(target, { flags: "wx", mode: 0o644 }));
  } catch (error) {
    if (error instanceof PackageRejectedError || isSystemError(error)) throw error;
    const message = (error as Error).message;
    // yauzl checks the inflated size against the header; more bytes means the header lied.
    if (/too many bytes/.test(message)) {
      throw reject("too-large", name, `entry ${name} holds more data than its header declares; the zip is built to mislead`);
    }
    throw reject("corrupt-zip", name, `entry ${name} could not be unpacked (${message})`);
  }
}

function reject(code: PackageProblem["code"], entry: string, message: string): PackageRejectedError {
  return new PackageRejectedError([{ code, entry, message }]);
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
