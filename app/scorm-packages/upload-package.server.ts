// The upload action of both forms (new package, new version): receive, store, always remove the
// temporary zip, and turn every failure the learner's trainer can fix into a listed problem.
import fs from "node:fs/promises";
import { formatBytes } from "./scan-zip.server";
import { PACKAGE_MAX_BYTES, UPLOAD_DIR } from "./package-config.server";
import type { PackageProblem } from "./package-types";
import { receivePackageUpload, UploadTooLargeError } from "./receive-upload.server";
import { storePackage, type StoreResult } from "./store-package.server";

export type UploadProblem = PackageProblem | { code: "no-file" | "upload-too-large"; message: string; entry?: string };
export type UploadResult = Extract<StoreResult, { ok: true }> | { ok: false; problems: UploadProblem[] };

type Target = Parameters<typeof storePackage>[2];

export async function uploadPackage(request: Request, target: Target): Promise<UploadResult> {
  let received;
  try {
    received = await receivePackageUpload(request, { tempDir: UPLOAD_DIR, maxBytes: PACKAGE_MAX_BYTES });
  } catch (error) {
    if (error instanceof UploadTooLargeError) {
      return fail("upload-too-large", `the upload is larger than the limit of ${formatBytes(PACKAGE_MAX_BYTES)}`);
    }
    // Not multipart at all (a form posted without its file input, or by a script).
    if (error instanceof TypeError) return fail("no-file", "no file was uploaded");
    throw error;
  }
  const { file } = received;
  if (!file) return fail("no-file", "no file was uploaded");
  try {
    return await storePackage(file.path, file.size, target);
  } finally {
    await fs.rm(file.path, { force: true });
  }
}

function fail(code: "no-file" | "upload-too-large", message: string): UploadResult {
  return { ok: false, problems: [{ code, message }] };
}
