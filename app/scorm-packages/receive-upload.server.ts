// Receives a multipart upload with the package streamed straight to a temporary file: a 200 MB
// zip never sits in memory, and nothing past the limit is written.
import crypto from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import { PACKAGE_FIELD } from "./upload-field";

const MAX_TEXT_FIELD_BYTES = 64 * 1024;
// Multipart boundaries and the other fields of the form; anything past this is not a package.
const ENVELOPE_BYTES = 1024 * 1024;
// An upload somewhat over the limit is read to its end and discarded, so the browser receives the
// refusal instead of a connection reset mid-send; one far over it is cut off.
const DISCARD_BYTES = 64 * 1024 * 1024;

export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The upload is larger than ${maxBytes} bytes`);
    this.name = "UploadTooLargeError";
  }
}

export type ReceivedUpload = {
  fields: Record<string, string>;
  /** The package as written to disk; the caller removes it when done. */
  file: { path: string; size: number; name: string } | null;
};

export async function receivePackageUpload(request: Request, options: { tempDir: string; maxBytes: number }): Promise<ReceivedUpload> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > options.maxBytes + ENVELOPE_BYTES) {
    if (declared <= options.maxBytes + DISCARD_BYTES && request.body) {
      const reader = request.body.getReader();
      while (!(await reader.read()).done);
    }
    throw new UploadTooLargeError(options.maxBytes);
  }
  await fs.mkdir(options.tempDir, { recursive: true });

  let file: ReceivedUpload["file"] = null;
  const handler: UploadHandler = async ({ name, filename, data }) => {
    if (filename === undefined) return readText(data);
    if (name !== PACKAGE_FIELD || file || filename === "") return drain(data);
    const target = path.join(options.tempDir, `${crypto.randomUUID()}.zip`);
    file = { path: target, size: 0, name: filename };
    file.size = await writeCapped(data, target, options.maxBytes);
    return filename;
  };

  try {
    const form = await unstable_parseMultipartFormData(request, handler);
    const fields: Record<string, string> = {};
    for (const [key, value] of form) if (typeof value === "string" && key !== PACKAGE_FIELD) fields[key] = value;
    return { fields, file };
  } catch (error) {
    const written = file as ReceivedUpload["file"];
    if (written) await fs.rm(written.path, { force: true });
    throw error;
  }
}

async function writeCapped(data: AsyncIterable<Uint8Array>, target: string, maxBytes: number): Promise<number> {
  const out = createWriteStream(target, { flags: "wx", mode: 0o600 });
  let size = 0;
  try {
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > maxBytes + DISCARD_BYTES) break;
      if (size > maxBytes) continue; // past the limit: read on, write nothing
      if (!out.write(chunk)) await once(out, "drain");
    }
    if (size > maxBytes) throw new UploadTooLargeError(maxBytes);
    out.end();
    await once(out, "close");
    return size;
  } catch (error) {
    out.destroy();
    await fs.rm(target, { force: true });
    throw error;
  }
}

async function readText(data: AsyncIterable<Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of data) {
    size += chunk.byteLength;
    if (size > MAX_TEXT_FIELD_BYTES) throw new UploadTooLargeError(MAX_TEXT_FIELD_BYTES);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The parser moves to the next part only once this one is read. */
async function drain(data: AsyncIterable<Uint8Array>): Promise<undefined> {
  for await (const _chunk of data);
  return undefined;
}
