import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { INVITE_CSV_MAX_BYTES, readInviteCsv, type InviteCsvResult } from "./invite-csv";

// Room for the multipart boundaries and the other fields around the file.
const ENVELOPE_BYTES = 64 * 1024;
const tooLarge: InviteCsvResult = { ok: false, problem: { key: "organizations.csv.tooLarge", values: { max: INVITE_CSV_MAX_BYTES / 1_000_000 } } };

/** Reads the uploaded CSV without ever holding more than the limit in memory. */
export async function readUploadedInviteCsv(request: Request): Promise<InviteCsvResult> {
  if (Number(request.headers.get("Content-Length") ?? "0") > INVITE_CSV_MAX_BYTES + ENVELOPE_BYTES) return tooLarge;
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: INVITE_CSV_MAX_BYTES + 1 }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return tooLarge;
    throw error;
  }
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0) return { ok: false, problem: { key: "organizations.csv.empty" } };
  return readInviteCsv(new Uint8Array(await file.arrayBuffer()));
}
