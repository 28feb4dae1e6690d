import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "#tests/support/browser";
import { cookieForBrowser, createUser, enroll, sessionCookieFor } from "#tests/support/fixtures";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function seriousViolations(path: string, options: { cookie?: string; locale?: string } = {}) {
  const context = await browser.newContext({ locale: options.locale ?? "en-US" });
  if (options.cookie) await context.addCookies([cookieForBrowser(options.cookie, baseUrl)]);
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  const results = await new AxeBuilder({ page }).analyze();
  await context.close();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("axe-core finds no serious or critical violation", () => {
  for (const path of ["/", "/login", "/signup", "/courses", "/glossary"]) {
    it(`on ${path}`, async () => {
      expect(await seriousViolations(path)).toEqual([]);
    });
  }

  it("on the landing page in Arabic", async () => {
    expect(await seriousViolations("/", { locale: "ar" })).toEqual([]);
  });

  it("on a lesson page", async () => {
    const user = await createUser();
    await enroll(user.id, "uncac-foundations");
    expect(await seriousViolations("/courses/uncac-foundations/lessons/convention-structure", { cookie: await sessionCookieFor(user.id) })).toEqual([]);
  });
});
