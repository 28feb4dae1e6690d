// Where package versions are unpacked, and how large an upload may be. Read here rather than in
// env.server.ts because only the package import uses them.
import path from "node:path";
import { z } from "zod";
import { resolveDatabaseUrl } from "#app/utils/database-url";

const ConfigSchema = z.object({
  PACKAGE_DIR: z.string().trim().min(1).optional(),
  PACKAGE_MAX_BYTES: z.coerce.number().int().positive().default(200 * 1024 * 1024),
});

const config = ConfigSchema.parse(process.env);

/**
 * PACKAGE_DIR, or a `packages` folder beside the database file (data/packages by default): the
 * rows and the files they point at belong together, and a test database gets its own folder.
 */
export const PACKAGE_ROOT = path.resolve(config.PACKAGE_DIR ?? path.join(path.dirname(databaseFile()), "packages"));
/** Uploads are received here, on the same file system as the packages. */
export const UPLOAD_DIR = path.join(PACKAGE_ROOT, ".uploads");
export const PACKAGE_MAX_BYTES = config.PACKAGE_MAX_BYTES;

function databaseFile() {
  const url = resolveDatabaseUrl();
  return url.startsWith("file:") ? url.slice("file:".length) : path.resolve("data/academy.db");
}

/** A version folder, stored relative to the root so the data folder can move. */
export function versionDir(storageDir: string) {
  return path.join(PACKAGE_ROOT, storageDir);
}
