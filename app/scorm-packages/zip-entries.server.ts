// Reading a zip's central directory with yauzl, and the per-entry checks shared by inspection
// and extraction. yauzl's own name validation is switched off (decodeStrings: false) because
// it stops at the first bad name with a generic error; we want a specific problem per entry.
import fs from "node:fs/promises";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { checkEntryName } from "./entry-name";
import type { PackageProblem } from "./package-types";

export const ZIP_OPTIONS = {
  lazyEntries: true,
  autoClose: false,
  decodeStrings: false,
  validateEntrySizes: true,
} as const;

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export function openZip(zipPath: string): Promise<ZipFile> {
  return yauzl.openPromise(zipPath, ZIP_OPTIONS);
}

/** The entry name as written (backslashes kept, so they can be judged), UTF-8 or CP437. */
export function entryName(entry: Entry): string {
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
}

export type CheckedEntry =
  | { ok: true; path: string; isDirectory: boolean }
  | { ok: false; problem: PackageProblem };

/** Everything about one entry that makes it unsafe or unreadable, apart from its size. */
export function checkEntry(entry: Entry): CheckedEntry {
  const name = entryName(entry);
  const checked = checkEntryName(name);
  if (!checked.ok) return { ok: false, problem: { code: checked.code, message: checked.message, entry: name } };
  // Unix mode bits live in the top half of the external attributes. Some tools set them even
  // when "version made by" is not Unix, so the mode is checked whatever the host.
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
    return {
      ok: false,
      problem: { code: "symlink", entry: name, message: `entry ${name} is a symbolic link; a package may only contain files and folders` },
    };
  }
  if (entry.isEncrypted()) {
    return {
      ok: false,
      problem: { code: "encrypted", entry: name, message: `entry ${name} is password-protected; export the package without a password` },
    };
  }
  if (!checked.isDirectory && entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    return {
      ok: false,
      problem: {
        code: "corrupt-zip",
        entry: name,
        message: `entry ${name} uses compression method ${entry.compressionMethod}, which cannot be read; re-create the zip with standard (deflate) compression`,
      },
    };
  }
  return checked;
}

/** A problem for a zip yauzl could not open or walk, telling "not a zip" from "damaged zip". */
export async function problemFromZipError(zipPath: string, error: unknown): Promise<PackageProblem> {
  // A missing or unreadable upload is a server fault, not something wrong with the package.
  if (isSystemError(error)) throw error;
  const message = (error as Error).message;
  if (/encryption/i.test(message)) {
    return { code: "encrypted", message: "the zip uses strong encryption; export the package without a password" };
  }
  if (/central directory record signature not found/i.test(message) && !(await startsLikeZip(zipPath))) {
    return { code: "not-a-zip", message: "the file is not a zip archive; upload the SCORM package as a .zip file" };
  }
  return { code: "corrupt-zip", message: `the zip is damaged or incomplete (${message}); export or upload it again` };
}

async function startsLikeZip(zipPath: string): Promise<boolean> {
  const file = await fs.open(zipPath, "r");
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer.toString("latin1") === "PK";
  } finally {
    await file.close();
  }
}

/** Reads one entry into memory, refusing more than maxBytes whatever the header claims. */
export async function readEntryBytes(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      stream.destroy();
      throw new Error(`more than ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** fs errors (ENOENT, EACCES, ENOSPC) carry a syscall; zip and zlib errors do not. */
export function isSystemError(error: unknown): boolean {
  return typeof (error as { syscall?: unknown } | null)?.syscall === "string";
}
