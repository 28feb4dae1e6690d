import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "#tests/support/server";
import { TEST_ENV } from "#tests/support/test-env";

const run = promisify(execFile);

async function contentCheck(dir: string) {
  try {
    const { stdout } = await run("npx", ["tsx", "scripts/content-check.ts", dir]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe("npm run content:check", () => {
  it("reports each problem of the broken fixtures with file and line, and exits non-zero", async () => {
    const { code, stdout } = await contentCheck("tests/fixtures/content-broken");
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    const has = (pattern: RegExp) => expect(lines.some((l) => pattern.test(l)), `${pattern}\n${stdout}`).toBe(true);
    has(/^tests\/fixtures\/content-broken\/bad-frontmatter\/lessons\/intro\.mdx:1: frontmatter title/);
    has(/^tests\/fixtures\/content-broken\/bad-frontmatter\/lessons\/intro\.mdx:3: frontmatter estimatedMinutes/);
    has(/^tests\/fixtures\/content-broken\/syntax-error\/lessons\/intro\.mdx:11: MDX syntax error/);
    has(/^tests\/fixtures\/content-broken\/unknown-component\/lessons\/intro\.mdx:10: unknown component <Video>/);
    has(/^tests\/fixtures\/content-broken\/cycle-a\/course\.yml:8: prerequisite cycle: cycle-a → cycle-b → cycle-a/);
  });

  it("passes on the real curriculum", async () => {
    const { code, stdout } = await contentCheck("content");
    expect(stdout).toMatch(/^content ok: 9 courses/m);
    expect(code).toBe(0);
  });
});

describe("a server with broken and new courses side by side", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let contentDir: string;

  beforeAll(async () => {
    contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "ia-content-"));
    fs.cpSync("tests/fixtures/content-broken", contentDir, { recursive: true });
    // The course a trainer wrote by following docs/authoring.md alone.
    fs.cpSync("tests/fixtures/content/authoring-example", path.join(contentDir, "authoring-example"), { recursive: true });
    server = await startServer({ ...TEST_ENV, NODE_ENV: "production", CONTENT_DIR: contentDir, CACHE_DIR: path.join(contentDir, ".cache") });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(contentDir, { recursive: true, force: true });
  });

  it("lists the new course under its tier and never serves a broken one", async () => {
    const catalog = await (await fetch(`${server.url}/courses?tier=private-sector`)).text();
    expect(catalog).toContain('href="/courses/authoring-example"');
    const all = await (await fetch(`${server.url}/courses`)).text();
    for (const broken of ["bad-frontmatter", "syntax-error", "unknown-component", "cycle-a", "cycle-b"]) {
      expect(all).not.toContain(`/courses/${broken}"`);
      expect((await fetch(`${server.url}/courses/${broken}`)).status).toBe(404);
    }
  });

  it("passes the check on its own", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ia-authoring-"));
    fs.cpSync("tests/fixtures/content/authoring-example", path.join(dir, "authoring-example"), { recursive: true });
    const { code, stdout } = await contentCheck(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(stdout).toMatch(/content ok: 1 courses/);
    expect(code).toBe(0);
  });
});
