// Decides whether a zip entry name is safe to write under the package folder, and what path
// it is written to. Used both when inspecting and again, per entry, when extracting.

export type EntryNameCheck =
  | { ok: true; path: string; isDirectory: boolean }
  | { ok: false; code: "path-traversal" | "absolute-path" | "corrupt-zip"; message: string };

export function checkEntryName(name: string): EntryNameCheck {
  // Control characters (NUL above all) truncate or confuse paths in other tools.
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    return { ok: false, code: "corrupt-zip", message: `entry ${JSON.stringify(name)} has control characters in its name` };
  }
  // Old Windows tools write "\" as the separator, and a Windows server would honour it,
  // so "..\..\evil.bat" must count as traversal rather than as one odd file name.
  const slashed = name.replace(/\\/g, "/");
  if (slashed.startsWith("/")) {
    return { ok: false, code: "absolute-path", message: `entry ${name} is an absolute path; package files must be relative to the package folder` };
  }
  if (/^[a-zA-Z]:/.test(slashed)) {
    return { ok: false, code: "absolute-path", message: `entry ${name} starts with a drive letter; package files must be relative to the package folder` };
  }

  const isDirectory = slashed.endsWith("/");
  const segments = slashed.split("/").filter((s) => s !== "" && s !== ".");
  let depth = 0;
  for (const segment of segments) {
    depth += segment === ".." ? -1 : 1;
    if (depth < 0) {
      return { ok: false, code: "path-traversal", message: `entry ${name} escapes the package folder` };
    }
  }
  // "a/../b" stays inside, but no authoring tool writes it and unzippers disagree on it.
  if (segments.includes("..")) {
    return { ok: false, code: "path-traversal", message: `entry ${name} contains a ".." segment` };
  }
  if (segments.length === 0 && !isDirectory) {
    return { ok: false, code: "corrupt-zip", message: `entry ${JSON.stringify(name)} has no file name` };
  }
  return { ok: true, path: segments.join("/"), isDirectory };
}
