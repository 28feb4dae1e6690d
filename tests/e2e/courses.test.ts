import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, watchPage } from "#tests/support/browser";
import { lessonManifest } from "#tests/support/catalog";
import { cookieForBrowser, createUser, sessionCookieFor } from "#tests/support/fixtures";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});


async function signedInPage(locale: "en" | "zh" | "ar") {
  const user = await createUser({ locale });
  const context = await browser.newContext();
  await context.addCookies([cookieForBrowser(await sessionCookieFor(user.id), baseUrl)]);
  const page = await context.newPage();
  return { page, problems: watchPage(page), close: () => context.close() };
}

async function answerQuestion(page: Page, quizIndex: number, choose: number[]) {
  const question = page.locator("fieldset.question").nth(quizIndex);
  for (const index of choose) await question.locator("input").nth(index).check();
  await question.locator(".question__actions button").first().click();
  await question.locator(".question__verdict").waitFor();
  return question;
}

async function walkScenarioToEnd(page: Page) {
  const scenario = page.locator("section.scenario").first();
  for (let step = 0; step < 20 && (await scenario.locator(".scenario__ending").count()) === 0; step++) {
    await scenario.locator(".scenario__current .scenario__choice").first().click();
  }
  await scenario.locator(".scenario__ending").waitFor();
  return scenario;
}

for (const locale of ["en", "zh", "ar"] as const) {
  describe(`course journey in the ${locale} interface`, () => {
    it("browses, filters, meets a locked course, enrols, answers a quiz, walks a scenario and moves on", async () => {
      const { page, problems, close } = await signedInPage(locale);
      expect(await page.goto(`${baseUrl}/courses`).then((r) => r?.status())).toBe(200);
      if (locale === "ar") expect(await page.getAttribute("html", "dir")).toBe("rtl");
      expect(await page.locator(".course-card").count()).toBeGreaterThanOrEqual(9);

      await page.selectOption("#filter-tier", "advanced");
      await page.locator(".filters button[type=submit]").click();
      await page.waitForURL(/tier=advanced/);
      // The "clear filters" link renders with the filtered results.
      await page.locator('.filters a[href="/courses"]').waitFor();
      const advancedCards = page.locator(".course-card");
      expect(await advancedCards.count()).toBe(1);
      await advancedCards.first().locator("a").first().click();
      await page.waitForURL(/\/courses\/investigating-corruption$/);
      const notice = page.locator(".notice--warning");
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(locale === "zh" ? /《联合国反腐败公约》基础/ : /UNCAC foundations|UNCAC/);
      expect(await page.locator("button[name=intent][value=enroll]").count()).toBe(0);

      await page.goto(`${baseUrl}/courses/uncac-foundations`);
      await page.locator("button[name=intent][value=enroll]").click();
      await page.waitForURL(/\/courses\/uncac-foundations\/lessons\/what-is-corruption$/);

      // A quiz: a wrong answer gets feedback and the explanation, a right one is marked correct.
      await page.goto(`${baseUrl}/courses/uncac-foundations/lessons/convention-structure`);
      await page.locator("[data-save-state=saved]").waitFor();
      const manifest = await lessonManifest("uncac-foundations", "convention-structure", locale === "zh" ? "zh" : "en");
      const key = manifest.quizzes[0]!.questions[0]!;
      const wrong = [...key.options.keys()].find((i) => !key.correct.includes(i))!;
      let question = await answerQuestion(page, 0, [wrong]);
      expect(await question.getAttribute("class")).toContain("question--incorrect");
      expect(await question.locator(".option__feedback").first().textContent()).toBe(key.options[wrong]!.feedback);
      expect(await question.locator(".question__explanation").textContent()).toContain(key.explanation);
      await question.locator(".question__actions button").first().click(); // Try again
      question = await answerQuestion(page, 0, key.correct);
      expect(await question.getAttribute("class")).toContain("question--correct");

      // A scenario walked to one of its endings.
      await page.goto(`${baseUrl}/courses/uncac-foundations/lessons/protecting-reporting-persons`);
      await page.locator("[data-save-state=saved]").waitFor();
      const scenario = await walkScenarioToEnd(page);
      expect(await scenario.locator(".outcome-badge").count()).toBe(1);

      await page.locator("a[rel=next]").click();
      await page.waitForURL(/\/lessons\/international-cooperation$/);
      if (locale === "zh") expect(await page.locator("h1").textContent()).toMatch(/[\u4e00-\u9fff]/);
      expect(problems).toEqual([]);
      await close();
    });
  });
}
