import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "#app/utils/db.server";
import { launchBrowser, watchPage } from "#tests/support/browser";
import { lessonManifest, testCatalog } from "#tests/support/catalog";
import { cookieForBrowser, createUser, sessionCookieFor } from "#tests/support/fixtures";

const baseUrl = inject("baseUrl");
const COURSE = "uncac-foundations";
const LESSON = "convention-structure";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function browserFor(userId: string) {
  const context = await browser.newContext();
  await context.addCookies([cookieForBrowser(await sessionCookieFor(userId), baseUrl)]);
  const page = await context.newPage();
  return { page, problems: watchPage(page), close: () => context.close() };
}

/** Waits until the server holds the learner's answer to the question, i.e. the commit landed. */
async function answerStored(userId: string, interactionId: string) {
  for (let i = 0; i < 100; i++) {
    const attempts = await prisma.attempt.findMany({ where: { userId, courseId: COURSE, lessonId: LESSON }, select: { cmi: true } });
    if (attempts.some((a) => a.cmi.includes(interactionId))) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The answer of ${userId} never reached the server`);
}

describe("workshop cohort", () => {
  it("a trainer creates a cohort, two learners join by code and answer differently, the item analysis shows it", async () => {
    const trainer = await createUser({ roles: ["learner", "trainer"] });
    const { page, problems, close } = await browserFor(trainer.id);
    await page.goto(`${baseUrl}/cohorts/new`);
    await page.fill("input[name=name]", "Nairobi integrity workshop");
    await page.fill("input[name=place]", "Nairobi");
    await page.fill("input[name=startsAt]", new Date().toISOString().slice(0, 10));
    await page.fill("input[name=endsAt]", new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10));
    await page.check(`input[name=courseIds][value=${COURSE}]`);
    await page.locator("main form button[type=submit]").click();
    await page.waitForURL(/\/cohorts\/[^/]+$/);
    const code = (await page.locator("#join-code").textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);

    const manifest = await lessonManifest(COURSE, LESSON);
    const quiz = manifest.quizzes[0]!;
    const key = quiz.questions[0]!;
    const wrong = [...key.options.keys()].find((i) => !key.correct.includes(i))!;
    const interactionId = `${quiz.id}/${key.id}`;

    for (const [index, choice] of [key.correct, [wrong]].entries()) {
      const learner = await createUser();
      const session = await browserFor(learner.id);
      await session.page.goto(`${baseUrl}/cohorts/join`);
      // People type codes as they hear them: lower case, with a space.
      await session.page.fill("input[name=code]", `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
      await session.page.locator("main form button[type=submit]").click();
      await session.page.locator("#join-result").waitFor();
      // The course is named by its title, not its id.
      expect(await session.page.locator("#join-result li a").first().textContent()).toBe((await testCatalog()).courses.get(COURSE)!.meta.title);
      await session.page.goto(`${baseUrl}/courses/${COURSE}/lessons/${LESSON}`);
      await session.page.locator("[data-save-state=saved]").waitFor();
      const question = session.page.locator("fieldset.question").first();
      for (const option of choice) await question.locator("input").nth(option).check();
      await question.locator(".question__actions button").first().click();
      await question.locator(".question__verdict").waitFor();
      await answerStored(learner.id, interactionId);
      expect(session.problems, `learner ${index}`).toEqual([]);
      await session.close();
    }

    await page.reload();
    const row = page.locator(`#item-analysis tr[data-question='${interactionId}']`);
    expect(await row.locator("[data-share]").textContent()).toBe("50%");
    expect(await row.locator("td").nth(1).textContent()).toBe("2");
    expect(await row.locator("[data-wrong]").textContent()).toContain(key.options[wrong]!.text);
    // Both learners appear in the progress table of the course, with the lesson under way.
    const progress = page.locator(`table[data-course='${COURSE}'] tbody tr`);
    expect(await progress.count()).toBe(2);

    const csv = await fetch(`${baseUrl}/cohorts/${page.url().split("/").pop()}/export.csv`, { headers: { Cookie: await sessionCookieFor(trainer.id) } });
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(3);
    expect(problems).toEqual([]);
    await close();
  });

  it("tells a learner when the code is unknown and joins nothing", async () => {
    const learner = await createUser();
    const before = await prisma.cohortMember.count({ where: { userId: learner.id } });
    const response = await fetch(`${baseUrl}/cohorts/join`, {
      method: "POST",
      headers: { Cookie: await sessionCookieFor(learner.id) },
      body: new URLSearchParams({ code: "ZZZZZZ" }),
    });
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/<li>No workshop has this code/);
    expect(await prisma.cohortMember.count({ where: { userId: learner.id } })).toBe(before);
  });
});
