import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { launchBrowser, watchPage } from "#tests/support/browser";
import { cookieForBrowser, createUser, enroll, sessionCookieFor } from "#tests/support/fixtures";
import {
  answerQuestions,
  chooseInScenario,
  eventually,
  latestAttempt,
  openLesson,
  scrollToEnd,
  storedState,
  writeReflection,
} from "#tests/support/lesson-driver";

const baseUrl = inject("baseUrl");
const COURSE = "investigating-corruption";
const LESSON = "special-investigative-techniques";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function learnerContext(url = baseUrl) {
  const user = await createUser();
  await enroll(user.id, COURSE);
  const context = await browser.newContext();
  await context.addCookies([cookieForBrowser(await sessionCookieFor(user.id), url)]);
  return { user, context };
}

/** The whole lesson, the same way every time: scenario, reflection, every question, the end. */
async function completeLesson(context: BrowserContext, url = baseUrl) {
  const page = await context.newPage();
  await openLesson(page, url, COURSE, LESSON);
  await chooseInScenario(page);
  await writeReflection(page, "The investigating judge authorises it, for 60 days, with a written log.");
  await answerQuestions(page, COURSE, LESSON);
  await scrollToEnd(page);
  return page;
}

function comparable(attempt: { cmi: string; completionStatus: string; successStatus: string; scoreScaled: number | null }) {
  const { cmi, state } = storedState(attempt);
  const interactions = Object.values((cmi.interactions ?? {}) as Record<string, Record<string, string>>).map((i) => [i.id, i.learner_response, i.result]);
  return { completion: attempt.completionStatus, success: attempt.successStatus, score: attempt.scoreScaled, state, interactions };
}

describe("tracking in the browser", () => {
  it("resumes half a lesson where it was left, with everything restored and time counted once", async () => {
    const { user, context } = await learnerContext();
    const page = await context.newPage();
    const problems = watchPage(page);
    await openLesson(page, baseUrl, COURSE, LESSON);
    expect(await chooseInScenario(page, 2)).toBe(2);
    await writeReflection(page, "Only a judge may authorise it here.");
    await answerQuestions(page, COURSE, LESSON, { limit: 1 });
    await page.locator("#section-5").evaluate((h) => h.scrollIntoView({ block: "start" }));

    const first = await eventually(async () => {
      const attempt = await latestAttempt(user.id, LESSON);
      const { cmi, state } = storedState(attempt);
      expect(cmi.location).toBe("section-5");
      expect(Object.keys(state?.questions as object)).toHaveLength(1);
      expect((state?.scenarios as Record<string, string[]>)["s-undercover"]).toHaveLength(3);
      expect((state?.reflections as Record<string, string>)["r-own-authorisation"]).toBe("Only a judge may authorise it here.");
      return attempt;
    });
    const firstSessionCs = first.totalTimeCs;
    expect(firstSessionCs).toBeGreaterThan(0);
    await page.close();

    const again = await context.newPage();
    await openLesson(again, baseUrl, COURSE, LESSON);
    await again.locator("fieldset.question.question--correct").first().waitFor();
    expect(await again.locator("section.scenario .scenario__past").count()).toBe(2);
    expect(await again.locator("textarea").first().inputValue()).toBe("Only a judge may authorise it here.");
    const headingTop = await again.locator("#section-5").evaluate((h) => h.getBoundingClientRect().top);
    expect(Math.abs(headingTop)).toBeLessThan(200);

    await again.waitForTimeout(1200);
    await chooseInScenario(again, 1);
    const resumed = await eventually(async () => {
      const attempt = await latestAttempt(user.id, LESSON);
      const sessions = Object.values(JSON.parse(attempt.sessions) as Record<string, { timeCs: number }>);
      expect(sessions).toHaveLength(2);
      expect(sessions[1]!.timeCs).toBeGreaterThan(100);
      return { attempt, sessions };
    });
    expect(resumed.attempt.id).toBe(first.id);
    expect(resumed.sessions[0]!.timeCs).toBe(firstSessionCs);
    expect(resumed.attempt.totalTimeCs).toBe(firstSessionCs + resumed.sessions[1]!.timeCs);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("stores the same final state when 30% of commit requests are aborted", async () => {
    const clean = await learnerContext();
    await completeLesson(clean.context);
    const cleanAttempt = await eventually(async () => {
      const attempt = await latestAttempt(clean.user.id, LESSON);
      expect(attempt.completionStatus).toBe("completed");
      return attempt;
    });

    const faulty = await learnerContext();
    let count = 0;
    let aborted = 0;
    await faulty.context.route("**/resources/scorm/commit/**", async (route) => {
      // Deterministic "random": 3 of every 10 commit requests fail at the network level.
      if ([1, 4, 7].includes(count++ % 10)) {
        aborted += 1;
        await route.abort("failed");
      } else await route.continue();
    });
    const page = await completeLesson(faulty.context);
    await page.locator("[data-save-state=saved]").waitFor({ timeout: 40_000 });
    const faultyAttempt = await eventually(async () => {
      const attempt = await latestAttempt(faulty.user.id, LESSON);
      expect(comparable(attempt)).toEqual(comparable(cleanAttempt));
      return attempt;
    }, 40_000);
    expect(aborted).toBeGreaterThan(0);
    expect(faultyAttempt.completionStatus).toBe("completed");
    await clean.context.close();
    await faulty.context.close();
  });

  it("keeps working offline, shows it, and syncs when the connection returns", async () => {
    const { user, context } = await learnerContext();
    const page = await context.newPage();
    await openLesson(page, baseUrl, COURSE, LESSON);
    await context.setOffline(true);
    await chooseInScenario(page, 2);
    await writeReflection(page, "Written on the train without a connection.");
    await page.locator("[data-save-state=offline]").waitFor();
    const offlineAttempt = await latestAttempt(user.id, LESSON);
    expect(storedState(offlineAttempt).state?.reflections ?? {}).not.toHaveProperty("r-own-authorisation");

    await context.setOffline(false);
    await eventually(async () => {
      const { state } = storedState(await latestAttempt(user.id, LESSON));
      expect((state?.reflections as Record<string, string>)["r-own-authorisation"]).toBe("Written on the train without a connection.");
      expect((state?.scenarios as Record<string, string[]>)["s-undercover"]).toHaveLength(3);
    });
    await page.locator("[data-save-state=saved]").waitFor();
    await context.close();
  });

  it("keeps progress when two tabs work on the same lesson, and completion never regresses", async () => {
    const { user, context } = await learnerContext();
    const responses: { status: number; applied: boolean }[] = [];
    context.on("response", async (response) => {
      if (!response.url().includes("/resources/scorm/commit/")) return;
      const body = (await response.json().catch(() => ({}))) as { applied?: boolean };
      responses.push({ status: response.status(), applied: body.applied === true });
    });
    const tabA = await context.newPage();
    const tabB = await context.newPage();
    await openLesson(tabA, baseUrl, COURSE, LESSON);
    await openLesson(tabB, baseUrl, COURSE, LESSON);

    await chooseInScenario(tabA);
    await writeReflection(tabA, "From tab A.");
    await answerQuestions(tabA, COURSE, LESSON);
    await scrollToEnd(tabA);
    await eventually(async () => expect((await latestAttempt(user.id, LESSON)).completionStatus).toBe("completed"));

    // Tab B still has the old, unfinished state and keeps working in it.
    await chooseInScenario(tabB, 1);
    await writeReflection(tabB, "From tab B.");
    await eventually(async () => {
      const attempt = await latestAttempt(user.id, LESSON);
      expect((storedState(attempt).state?.reflections as Record<string, string>)["r-own-authorisation"]).toBe("From tab B.");
      expect(attempt.completionStatus).toBe("completed");
    });
    const attempt = await latestAttempt(user.id, LESSON);
    expect(Object.keys(JSON.parse(attempt.sessions) as object)).toHaveLength(2);
    await eventually(async () => {
      expect(responses.length).toBeGreaterThan(4);
      expect(responses.every((r) => r.status === 200 && r.applied)).toBe(true);
    });
    await context.close();
  });
});
