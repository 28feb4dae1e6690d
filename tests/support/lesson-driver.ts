import type { Page } from "playwright-core";
import { prisma } from "#app/utils/db.server";
import { lessonManifest } from "./catalog";

export async function openLesson(page: Page, baseUrl: string, courseId: string, lessonId: string) {
  await page.goto(`${baseUrl}/courses/${courseId}/lessons/${lessonId}`);
  await page.locator("[data-save-state=saved]").waitFor({ timeout: 20_000 });
}

/** Answers every question of the lesson, correctly unless told otherwise. */
export async function answerQuestions(page: Page, courseId: string, lessonId: string, options: { correct?: boolean; limit?: number } = {}) {
  const manifest = await lessonManifest(courseId, lessonId);
  const questions = manifest.quizzes.flatMap((q) => q.questions).slice(0, options.limit);
  for (const [i, key] of questions.entries()) {
    const question = page.locator("fieldset.question").nth(i);
    const choose = options.correct === false ? [[...key.options.keys()].find((x) => !key.correct.includes(x))!] : key.correct;
    for (const index of choose) await question.locator("input").nth(index).check();
    await question.locator(".question__actions button").first().click();
    await question.locator(".question__verdict").waitFor();
  }
  return questions.length;
}

/** Takes the first choice at each step, `steps` times or until an ending. */
export async function chooseInScenario(page: Page, steps = 20) {
  const scenario = page.locator("section.scenario").first();
  let taken = 0;
  while (taken < steps && (await scenario.locator(".scenario__ending").count()) === 0) {
    await scenario.locator(".scenario__current .scenario__choice").first().click();
    taken += 1;
  }
  return taken;
}

export async function writeReflection(page: Page, text: string) {
  const box = page.locator("textarea").first();
  await box.fill(text);
  await box.blur();
}

export async function scrollToEnd(page: Page) {
  await page.locator("#lesson-end").scrollIntoViewIfNeeded();
}

export async function latestAttempt(userId: string, lessonId: string) {
  return prisma.attempt.findFirstOrThrow({ where: { userId, lessonId }, orderBy: { number: "desc" } });
}

export function storedState(attempt: { cmi: string }) {
  const cmi = (JSON.parse(attempt.cmi) as { cmi: Record<string, unknown> }).cmi;
  return { cmi, state: cmi.suspend_data ? (JSON.parse(cmi.suspend_data as string) as Record<string, unknown>) : null };
}

/** Polls until `check` returns a value without throwing, or fails with the last error. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
