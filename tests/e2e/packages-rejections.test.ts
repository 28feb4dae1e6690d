import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "#app/utils/db.server";
import { DEFAULT_LIMITS } from "#app/scorm-packages/package-types";
import * as fixtures from "#tests/fixtures/scorm/packages";
import { filesOnDisk, postPackage, problemCodes } from "#tests/fixtures/scorm/upload";
import { createUser, sessionCookieFor } from "#tests/support/fixtures";
import { startServer } from "#tests/support/server";
import { TEST_ENV } from "#tests/support/test-env";

const baseUrl = inject("baseUrl");
let dir: string;
let cookie: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ia-packages-"));
  const trainer = await createUser({ roles: ["trainer"] });
  cookie = await sessionCookieFor(trainer.id);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function rowCounts() {
  return { packages: await prisma.scormPackage.count(), versions: await prisma.packageVersion.count() };
}

/** Uploads, and checks the refusal names the problem and leaves no file and no row behind. */
async function expectRejected(url: string, zip: string | null, code: string) {
  const [rowsBefore, filesBefore] = [await rowCounts(), await filesOnDisk()];
  const response = await postPackage(url, cookie, zip);
  expect(response.status).toBe(400);
  expect(problemCodes(response.html)).toContain(code);
  expect(await rowCounts()).toEqual(rowsBefore);
  // The temporary upload folder may appear on first use, but stays empty.
  expect((await filesOnDisk()).filter((f) => f !== ".uploads")).toEqual(filesBefore.filter((f) => f !== ".uploads"));
  return response;
}

describe("rejected SCORM packages", () => {
  const cases: Array<[string, (d: string) => Promise<string>, string]> = [
    ["an entry that climbs out with ../", fixtures.zipSlip, "path-traversal"],
    ["an absolute entry path", fixtures.absolutePath, "absolute-path"],
    ["a symbolic link", fixtures.symlinkEntry, "symlink"],
    ["more files than the limit", (d) => fixtures.tooManyFiles(d, DEFAULT_LIMITS.maxFiles), "too-many-files"],
    ["a zip bomb (honest sizes, huge ratio)", fixtures.zipBomb, "compression-ratio"],
    ["a zip bomb that lies about its sizes", fixtures.lyingSizes, "too-large"],
    ["a password-protected entry", fixtures.encryptedEntry, "encrypted"],
    ["a truncated zip", fixtures.corruptZip, "corrupt-zip"],
    ["a text file named .zip", fixtures.notAZip, "not-a-zip"],
    ["no imsmanifest.xml", fixtures.noManifest, "no-manifest"],
    ["imsmanifest.xml inside a folder", fixtures.manifestNotAtRoot, "no-manifest"],
    ["a manifest that is not XML", fixtures.unparseableManifest, "manifest-unparseable"],
    ["a launch file missing from the zip", fixtures.missingLaunchFile, "missing-launch-file"],
  ];
  for (const [what, build, code] of cases) {
    it(`refuses ${what} with "${code}" and stores nothing`, async () => {
      await expectRejected(`${baseUrl}/packages`, await build(dir), code);
    });
  }

  it("refuses a form posted without a file", async () => {
    await expectRejected(`${baseUrl}/packages`, null, "no-file");
  });

  it("refuses a broken new version and keeps the package's existing version intact", async () => {
    const created = await postPackage(`${baseUrl}/packages`, cookie, await fixtures.scorm12SingleSco(dir));
    expect(created.status).toBe(302);
    const packageUrl = `${baseUrl}${created.location!.split("?")[0]}`;
    const packageId = packageUrl.split("/").pop()!;
    const before = await filesOnDisk();
    await expectRejected(packageUrl, await fixtures.lyingSizes(dir), "too-large");
    await expectRejected(packageUrl, await fixtures.zipSlip(dir), "path-traversal");
    expect(await prisma.packageVersion.count({ where: { packageId } })).toBe(1);
    expect(await filesOnDisk()).toEqual(before);
    expect(before).toContain(path.join(packageId, "v1", "index.html"));
  });

  it("shows each problem on the trainer's page in their language", async () => {
    const response = await postPackage(`${baseUrl}/packages`, cookie, await fixtures.zipSlip(dir));
    expect(response.html).toContain("A file in the zip would be written outside the package folder.");
    expect(response.html).toContain("../../evil.sh");
  });

  it("cuts off an upload larger than PACKAGE_MAX_BYTES while it streams", async () => {
    const small = await startServer({ ...TEST_ENV, NODE_ENV: "production", PACKAGE_MAX_BYTES: String(64 * 1024) });
    try {
      const big = await fixtures.tooManyFiles(dir, 2000);
      expect((await fs.stat(big)).size).toBeGreaterThan(64 * 1024);
      await expectRejected(`${small.url}/packages`, big, "upload-too-large");
      // A package under the limit still goes through on the same server.
      const fits = await postPackage(`${small.url}/packages`, cookie, await fixtures.scorm12SingleSco(dir));
      expect(fits.status).toBe(302);
    } finally {
      await small.stop();
    }
  });

  it("lets only trainers upload", async () => {
    const learner = await createUser();
    const response = await postPackage(`${baseUrl}/packages`, await sessionCookieFor(learner.id), await fixtures.scorm12SingleSco(dir));
    expect(response.status).toBe(403);
  });
});
