import path from "node:path";

/**
 * libSQL resolves `file:` URLs against the process's working directory, which differs between the
 * CLI, the server and tests; an absolute path makes them all open the same file.
 */
export function resolveDatabaseUrl(raw = process.env.DATABASE_URL ?? "file:./data/academy.db") {
  if (!raw.startsWith("file:")) return raw;
  const filePath = raw.slice("file:".length);
  return `file:${path.resolve(process.cwd(), filePath)}`;
}

/** The SQLite file itself, for the `libsql` driver used directly (it takes a path, not a URL). */
export function resolveDatabasePath(raw?: string) {
  const url = resolveDatabaseUrl(raw);
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a file: URL, got ${url}`);
  return url.slice("file:".length);
}
