// Finds a file of an unpacked package version from the path in a request. The path is split and
// checked segment by segment, then the resolved path must still lie inside the version folder,
// so no spelling of ".." or an absolute path reaches anything else.
import fs from "node:fs/promises";
import path from "node:path";

export async function findPackageFile(versionDir: string, requested: string): Promise<{ path: string; size: number } | null> {
  const segments = requested.split("/");
  if (segments.some((s) => s === "" || s === "." || s === ".." || /[\\\u0000-\u001f]/.test(s))) return null;
  const root = path.resolve(versionDir);
  const target = path.resolve(root, ...segments);
  if (!target.startsWith(root + path.sep)) return null;
  // lstat: extraction never writes links, and one placed there later must not be followed.
  const stat = await fs.lstat(target).catch(() => null);
  if (!stat?.isFile()) return null;
  return { path: target, size: stat.size };
}
