import { afterAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, launchPersistent } from "#tests/support/browser";
import { cookieForBrowser, createUser, enroll, sessionCookieFor } from "#tests/support/fixtures";
import { chooseInScenario, eventually, latestAttempt, openLesson, storedState, writeReflection } from "#tests/support/lesson-driver";
import { startServer } from "#tests/support/server";
import { TEST_ENV } from "#tests/support/test-env";

const baseUrl = inject("baseUrl");
const COURSE = "investigating-corruption";
const LESSON = "special-investigative-techniques";
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function learner(url: string) {
  const user = await createUser();
  await enroll(user.id, COURSE);
  return { user, cookie: cookieForBrowser(await sessionCookieFor(user.id), url) };
}

describe("progress survives the page and the server going away", () => {
  it("stores a final commit over 64 KiB made just before the page closes", async () => {
    const { user, cookie } = await learner(baseUrl);
    const browser = await launchPersistent();
    cleanups.push(browser.close);
    await browser.context.addCookies([cookie]);
    const page = await browser.context.newPage();
    await openLesson(page, baseUrl, COURSE, LESSON);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });

    // 60,000 characters of reflection plus 120 interactions: about 90 KB, past every beacon limit.
    const size = await page.evaluate(() => {
      const api = (window as unknown as { API_1484_11: { SetValue(k: string, v: string): string; GetValue(k: string): string } }).API_1484_11;
      const state = JSON.parse(api.GetValue("cmi.suspend_data") || "{}") as Record<string, unknown>;
      api.SetValue("cmi.suspend_data", JSON.stringify({ ...state, reflections: { "r-own-authorisation": "long notes ".repeat(5400) } }));
      const base = Number(api.GetValue("cmi.interactions._count"));
      for (let i = 0; i < 120; i++) {
        const n = base + i;
        api.SetValue(`cmi.interactions.${n}.id`, `extra/${i}`);
        api.SetValue(`cmi.interactions.${n}.type`, "other");
        api.SetValue(`cmi.interactions.${n}.learner_response`, `a response that makes the commit larger than before ${i}`);
        api.SetValue(`cmi.interactions.${n}.result`, "neutral");
      }
      return api.GetValue("cmi.suspend_data").length;
    });
    expect(size).toBeGreaterThan(59_000);
    await page.close({ runBeforeUnload: false });

    const stored = await eventually(async () => {
      const attempt = await latestAttempt(user.id, LESSON);
      const { cmi } = storedState(attempt);
      expect((cmi.suspend_data as string).length).toBe(size);
      expect(Object.keys(cmi.interactions as object)).toHaveLength(120);
      return attempt;
    }, 30_000);
    expect(Buffer.byteLength(stored.cmi)).toBeGreaterThan(64 * 1024);
  });

  it("loses nothing when the server is killed mid-lesson and comes back", async () => {
    const server = await startServer({ ...TEST_ENV, NODE_ENV: "production" });
    cleanups.push(server.stop);
    const { user, cookie } = await learner(server.url);
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());
    const context = await browser.newContext();
    await context.addCookies([cookie]);
    const page = await context.newPage();
    await openLesson(page, server.url, COURSE, LESSON);
    await chooseInScenario(page, 1);
    const before = await eventually(async () => {
      const attempt = await latestAttempt(user.id, LESSON);
      expect((storedState(attempt).state?.scenarios as Record<string, string[]>)["s-undercover"]).toHaveLength(2);
      return attempt;
    });

    await server.kill();
    await chooseInScenario(page, 1);
    await writeReflection(page, "Written while the server was down.");
    await page.locator("[data-save-state=offline]").waitFor();
    expect((await latestAttempt(user.id, LESSON)).seq).toBe(before.seq);

    const restarted = await startServer({ ...TEST_ENV, NODE_ENV: "production" }, server.port);
    cleanups.push(restarted.stop);
    await eventually(async () => {
      const { state } = storedState(await latestAttempt(user.id, LESSON));
      expect((state?.scenarios as Record<string, string[]>)["s-undercover"]).toHaveLength(3);
      expect((state?.reflections as Record<string, string>)["r-own-authorisation"]).toBe("Written while the server was down.");
    }, 45_000);
    await page.locator("[data-save-state=saved]").waitFor();
  });
});
