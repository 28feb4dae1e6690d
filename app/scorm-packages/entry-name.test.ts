import { describe, expect, it } from "vitest";
import { checkEntryName } from "./entry-name";

describe("checkEntryName", () => {
  it.each([
    ["index.html", "index.html", false],
    ["modules/a/", "modules/a", true],
    ["./modules//a.html", "modules/a.html", false],
    ["modules\\a.html", "modules/a.html", false],
    ["..foo/bar..html", "..foo/bar..html", false],
  ])("accepts %j as %j", (name, path, isDirectory) => {
    expect(checkEntryName(name)).toEqual({ ok: true, path, isDirectory });
  });

  it.each([
    ["../evil", "path-traversal"],
    ["a/../../evil", "path-traversal"],
    ["a\\..\\..\\evil", "path-traversal"],
    ["a/../b", "path-traversal"],
    ["/etc/passwd", "absolute-path"],
    ["\\etc\\passwd", "absolute-path"],
    ["c:evil", "absolute-path"],
    ["D:\\evil", "absolute-path"],
    ["evil\u0000.html", "corrupt-zip"],
    ["", "corrupt-zip"],
  ])("refuses %j with %s", (name, code) => {
    expect(checkEntryName(name)).toMatchObject({ ok: false, code });
  });
});
