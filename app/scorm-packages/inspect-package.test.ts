import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fixtures from "#tests/fixtures/scorm/packages";
import { scorm12Manifest } from "#tests/fixtures/scorm/manifests";
import { writeZip } from "#tests/fixtures/scorm/zip-writer";
import { extractPackage, PackageRejectedError } from "./extract-package.server";
import { DEFAULT_LIMITS, inspectPackage, type PackageProblem } from "./inspect-package.server";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "scorm-packages-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function inspectOk(zip: string) {
  const result = await inspectPackage(zip);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems, null, 2)}`);
  return result;
}

describe("inspectPackage: good packages", () => {
  it("reads a SCORM 1.2 single-SCO package", async () => {
    const result = await inspectOk(await fixtures.scorm12SingleSco(dir));
    expect(result.entries.sort()).toEqual(["imsmanifest.xml", "index.html"]);
    expect(result.totalUncompressed).toBeGreaterThan(1000);
    const { manifest } = result;
    expect(manifest.scormVersion).toBe("1.2");
    expect(manifest.identifier).toBe("ia-gifts-hospitality-12");
    expect(manifest.title).toBe("Gifts and Hospitality");
    expect(manifest.organizations).toHaveLength(1);
    expect(manifest.organizations[0]?.children.map((i) => i.identifier)).toEqual(["item-gifts"]);
    expect(manifest.resources).toEqual([
      { identifier: "res-gifts", type: "webcontent", scormType: "sco", href: "index.html", files: ["index.html"], dependencies: [] },
    ]);
    expect(manifest.scos).toEqual([
      {
        identifier: "res-gifts",
        itemIdentifier: "item-gifts",
        title: "Gifts and hospitality: knowledge check",
        href: "index.html",
        masteryScore: 80,
        dataFromLms: "pages=3;question=trip",
      },
    ]);
  });

  it("reads a SCORM 2004 4th Edition package with two SCOs, xml:base and item parameters", async () => {
    const { manifest, entries } = await inspectOk(await fixtures.scorm2004MultiSco(dir));
    expect(manifest.scormVersion).toBe("2004-4th");
    expect(manifest.title).toBe("Bribery: recognise and report");
    // Folder entries are not files.
    expect(entries.sort()).toEqual(["imsmanifest.xml", "modules/recognise/index.html", "modules/report/index.html"]);
    expect(manifest.scos).toEqual([
      {
        identifier: "res-recognise",
        itemIdentifier: "item-recognise",
        title: "Recognising bribery",
        href: "modules/recognise/index.html?lang=en",
        dataFromLms: "module=recognise",
        completionThreshold: 0.75,
        completedByMeasure: true,
        minNormalizedMeasure: 0.8,
        satisfiedByMeasure: true,
      },
      {
        identifier: "res-report",
        itemIdentifier: "item-report",
        title: "Reporting concerns",
        href: "modules/report/index.html",
        completionThreshold: 1,
        completedByMeasure: true,
        minNormalizedMeasure: 0.6,
        satisfiedByMeasure: true,
      },
    ]);
  });

  it("reads a SCORM 2004 3rd Edition package (text threshold, shared sequencing)", async () => {
    const { manifest } = await inspectOk(await fixtures.scorm2004NavRequest(dir));
    expect(manifest.scormVersion).toBe("2004-3rd");
    expect(manifest.scos.map((s) => [s.itemIdentifier, s.href])).toEqual([
      ["item-intro", "intro.html"],
      ["item-quiz", "quiz.html"],
    ]);
    expect(manifest.scos[0]).toMatchObject({ completionThreshold: 0.5 });
    expect(manifest.scos[0]).not.toHaveProperty("completedByMeasure");
    expect(manifest.scos[1]).toMatchObject({ minNormalizedMeasure: 0.7, satisfiedByMeasure: true });
  });
});

type BadCase = {
  name: string;
  make: (dir: string) => Promise<string>;
  code: PackageProblem["code"];
  message: RegExp;
  limits?: Partial<typeof DEFAULT_LIMITS>;
};

const badCases: BadCase[] = [
  { name: "zip slip", make: (d) => fixtures.zipSlip(d), code: "path-traversal", message: /^entry \.\.\/\.\.\/evil\.sh escapes the package folder$/ },
  { name: "zip slip with backslashes", make: (d) => fixtures.zipSlip(d, "..\\..\\evil.bat"), code: "path-traversal", message: /escapes the package folder/ },
  { name: "zip slip hidden in a folder", make: (d) => fixtures.zipSlip(d, "assets/../../evil.sh"), code: "path-traversal", message: /escapes the package folder/ },
  { name: "'..' that stays inside", make: (d) => fixtures.zipSlip(d, "assets/../index2.html"), code: "path-traversal", message: /contains a "\.\." segment/ },
  { name: "absolute path", make: (d) => fixtures.absolutePath(d), code: "absolute-path", message: /entry \/etc\/cron\.d\/evil is an absolute path/ },
  { name: "drive letter", make: (d) => fixtures.absolutePath(d, "C:\\Windows\\evil.bat"), code: "absolute-path", message: /drive letter/ },
  { name: "UNC path", make: (d) => fixtures.absolutePath(d, "\\\\server\\share\\evil.bat"), code: "absolute-path", message: /absolute path/ },
  { name: "symlink", make: (d) => fixtures.symlinkEntry(d), code: "symlink", message: /assets\/passwd is a symbolic link/ },
  { name: "too many files", make: (d) => fixtures.tooManyFiles(d, 10), code: "too-many-files", message: /more than 10 files/, limits: { maxFiles: 10 } },
  { name: "zip bomb", make: (d) => fixtures.zipBomb(d), code: "compression-ratio", message: /assets\/padding\.bin expands \d+ times/ },
  { name: "encrypted entry", make: (d) => fixtures.encryptedEntry(d), code: "encrypted", message: /assets\/answers\.txt is password-protected/ },
  { name: "truncated zip", make: (d) => fixtures.corruptZip(d), code: "corrupt-zip", message: /damaged or incomplete/ },
  { name: "not a zip", make: (d) => fixtures.notAZip(d), code: "not-a-zip", message: /not a zip archive/ },
  { name: "no manifest", make: (d) => fixtures.noManifest(d), code: "no-manifest", message: /has no imsmanifest\.xml/ },
  {
    name: "manifest in a folder",
    make: (d) => fixtures.manifestNotAtRoot(d),
    code: "no-manifest",
    message: /^imsmanifest\.xml is not at the root of the zip \(found at course\/imsmanifest\.xml\)/,
  },
  { name: "unparseable manifest", make: (d) => fixtures.unparseableManifest(d), code: "manifest-unparseable", message: /not well-formed XML \(line \d+/ },
  { name: "missing launch file", make: (d) => fixtures.missingLaunchFile(d), code: "missing-launch-file", message: /launches index\.html, which is not in the zip/ },
  { name: "file over the per-file limit", make: (d) => fixtures.scorm12SingleSco(d), code: "too-large", message: /^entry index\.html unpacks to .* the limit for one file is 2\.9 KiB$/, limits: { maxEntryBytes: 3000 } },
  { name: "package over the total limit", make: (d) => fixtures.scorm12SingleSco(d), code: "too-large", message: /^the package unpacks to .* the limit is 2\.0 KiB$/, limits: { maxUncompressedBytes: 2000 } },
];

describe("inspectPackage: rejected packages", () => {
  it.each(badCases)("$name → $code", async ({ make, code, message, limits }) => {
    const result = await inspectPackage(await make(dir), { ...DEFAULT_LIMITS, ...limits });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Exactly the one thing that is wrong, so the message the uploader sees is to the point.
    expect(result.problems.map((p) => p.code)).toEqual([code]);
    expect(result.problems[0]?.message).toMatch(message);
  });

  it("reports every bad entry, not just the first", async () => {
    const zip = await writeZip(path.join(dir, "many-bad.zip"), [
      { name: "../a.sh", data: "x" },
      { name: "/b.sh", data: "x" },
      { name: "link", data: "/etc/passwd", symlink: true },
    ]);
    const result = await inspectPackage(zip);
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.entry])).toEqual([
      ["path-traversal", "../a.sh"],
      ["absolute-path", "/b.sh"],
      ["symlink", "link"],
    ]);
  });

  it("accepts small files that compress extremely well", async () => {
    // 500 KiB of spaces deflates about a thousandfold; below 1 MiB the ratio is not a bomb signal.
    const zip = await writeZip(path.join(dir, "whitespace.zip"), [
      { name: "imsmanifest.xml", data: scorm12Manifest() },
      { name: "index.html", data: " ".repeat(500 * 1024) },
    ]);
    expect((await inspectPackage(zip)).ok).toBe(true);
  });

  it("rejects limits that make no sense", async () => {
    await expect(inspectPackage(await fixtures.scorm12SingleSco(dir), { ...DEFAULT_LIMITS, maxFiles: -1 })).rejects.toThrow();
  });

  it("throws, rather than blaming the package, when the upload is missing", async () => {
    await expect(inspectPackage(path.join(dir, "does-not-exist.zip"))).rejects.toThrow(/ENOENT/);
  });
});

describe("extractPackage", () => {
  const listDir = async (folder: string) => (await fs.readdir(folder)).sort();

  it("writes every file of a good package", async () => {
    const zip = await fixtures.scorm2004MultiSco(dir);
    const parent = await fs.mkdtemp(path.join(dir, "extract-"));
    const dest = path.join(parent, "package");
    await extractPackage(zip, dest);

    expect(await listDir(parent)).toEqual(["package"]);
    const { entries } = await inspectOk(zip);
    for (const entry of entries) {
      const stat = await fs.stat(path.join(dest, entry));
      expect(stat.isFile()).toBe(true);
      expect(stat.mode & 0o111).toBe(0);
    }
    const page = await fs.readFile(path.join(dest, "modules/recognise/index.html"), "utf8");
    expect(page).toContain("API_1484_11");
  });

  it("refuses to write over an existing folder", async () => {
    const zip = await fixtures.scorm12SingleSco(dir);
    const dest = await fs.mkdtemp(path.join(dir, "existing-"));
    await fs.writeFile(path.join(dest, "keep.txt"), "keep");
    await expect(extractPackage(zip, dest)).rejects.toThrow(/already exists/);
    expect(await listDir(dest)).toEqual(["keep.txt"]);
    expect(await listDir(path.dirname(dest))).not.toContainEqual(expect.stringMatching(/extracting/));
  });

  const hostile: Array<{ name: string; make: (dir: string) => Promise<string>; code: PackageProblem["code"] }> = [
    { name: "zip slip", make: (d) => fixtures.zipSlip(d), code: "path-traversal" },
    { name: "symlink", make: (d) => fixtures.symlinkEntry(d), code: "symlink" },
    { name: "zip bomb", make: (d) => fixtures.zipBomb(d), code: "compression-ratio" },
    // Passes inspection (its headers look harmless); only counting the real bytes stops it.
    { name: "lying sizes", make: (d) => fixtures.lyingSizes(d), code: "too-large" },
  ];

  it.each(hostile)("leaves nothing behind for $name", async ({ make, code }) => {
    const zip = await make(dir);
    const parent = await fs.mkdtemp(path.join(dir, "extract-"));
    const dest = path.join(parent, "package");

    const error = await extractPackage(zip, dest).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PackageRejectedError);
    expect((error as PackageRejectedError).problems.map((p) => p.code)).toEqual([code]);
    expect(await listDir(parent)).toEqual([]);
    await expect(fs.access(path.resolve(dest, "../../evil.sh"))).rejects.toThrow();
  });

  it("inspects the lying package as ok, which is why extraction counts bytes", async () => {
    await inspectOk(await fixtures.lyingSizes(dir));
  });
});
