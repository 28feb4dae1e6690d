import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { prisma } from "#app/utils/db.server";
import { launchBrowser, watchPage } from "#tests/support/browser";
import { testCatalog } from "#tests/support/catalog";
import { completeCourse, cookieForBrowser, createUser, enroll, sessionCookieFor } from "#tests/support/fixtures";
import { answerQuestions, eventually, openLesson, scrollToEnd } from "#tests/support/lesson-driver";
import { completeLesson } from "./certificates-helpers";

const baseUrl = inject("baseUrl");
const CJK = /[\u4e00-\u9fff]/;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every prerequisite, transitively, so the learner may enrol. */
async function prerequisitesOf(courseId: string): Promise<string[]> {
  const catalog = await testCatalog();
  const direct = catalog.courses.get(courseId)!.meta.prerequisites;
  return [...direct, ...(await Promise.all(direct.map(prerequisitesOf))).flat()];
}

describe("every course can be completed through its final assessment", async () => {
  const catalog = await testCatalog();
  for (const course of catalog.courses.values()) {
    it(`${course.meta.id}: the final assessment answered correctly completes the course and issues a certificate`, async () => {
      const final = course.meta.finalAssessment;
      expect(final, "every course has a final assessment").toBeTruthy();
      const user = await createUser();
      for (const prerequisite of await prerequisitesOf(course.meta.id)) await completeCourse(user.id, prerequisite);
      await enroll(user.id, course.meta.id);
      const cookie = await sessionCookieFor(user.id);
      for (const lesson of course.lessons) {
        if (lesson.required && lesson.id !== final) await completeLesson(cookie, course.meta.id, lesson.id);
      }

      const context = await browser.newContext();
      await context.addCookies([cookieForBrowser(cookie, baseUrl)]);
      const page = await context.newPage();
      const problems = watchPage(page);
      await openLesson(page, baseUrl, course.meta.id, final!);
      const answered = await answerQuestions(page, course.meta.id, final!);
      expect(answered).toBeGreaterThanOrEqual(3);
      expect(await page.locator("fieldset.question.question--correct").count()).toBe(answered);
      await scrollToEnd(page);
      const certificate = await eventually(() => prisma.certificate.findFirstOrThrow({ where: { userId: user.id, courseId: course.meta.id } }), 30_000);
      expect(certificate.status).toBe("valid");
      expect(certificate.scorePercent).toBe(100);
      const enrollment = await prisma.enrollment.findUniqueOrThrow({ where: { userId_courseId: { userId: user.id, courseId: course.meta.id } } });
      expect(enrollment.completedAt).not.toBeNull();
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe("Chinese learners get Chinese courses throughout", () => {
  for (const courseId of ["uncac-foundations", "ps-bribery-facilitation"]) {
    it(`${courseId}: course page, every lesson, quiz feedback and the certificate title are in Chinese`, async () => {
      const catalog = await testCatalog();
      const course = catalog.courses.get(courseId)!;
      const user = await createUser({ locale: "zh", legalName: "王小明" });
      await enroll(user.id, courseId);
      const cookie = await sessionCookieFor(user.id);
      const context = await browser.newContext();
      await context.addCookies([cookieForBrowser(cookie, baseUrl)]);
      const page = await context.newPage();

      await page.goto(`${baseUrl}/courses/${courseId}`);
      expect(await page.locator("h1").textContent()).toMatch(CJK);
      expect(await page.locator(".notice--info").count()).toBe(0);
      for (const lesson of course.lessons) {
        await page.goto(`${baseUrl}/courses/${courseId}/lessons/${lesson.id}`);
        expect(await page.locator("h1").textContent(), lesson.id).toMatch(CJK);
        expect(await page.locator(".player__header .notice--info").count(), `${lesson.id} falls back to another language`).toBe(0);
        const prose = (await page.locator(".lesson-body").innerText()).replace(/\s/g, "");
        const cjkShare = [...prose].filter((c) => CJK.test(c)).length / prose.length;
        expect(cjkShare, `${lesson.id} is mostly Chinese`).toBeGreaterThan(0.5);
      }

      const final = course.meta.finalAssessment!;
      for (const lesson of course.lessons) if (lesson.required && lesson.id !== final) await completeLesson(cookie, courseId, lesson.id);
      await openLesson(page, baseUrl, courseId, final);
      await answerQuestions(page, courseId, final, { correct: false, limit: 1 });
      const feedback = await page.locator(".question__explanation").first().textContent();
      expect(feedback).toMatch(CJK);
      await context.close();

      // The certificate is issued in Chinese: the learner's language is one of the course's.
      const fresh = await createUser({ locale: "zh", legalName: "李华" });
      await enroll(fresh.id, courseId);
      const freshCookie = await sessionCookieFor(fresh.id);
      for (const lesson of course.lessons) if (lesson.required) await completeLesson(freshCookie, courseId, lesson.id);
      const certificate = await eventually(() => prisma.certificate.findFirstOrThrow({ where: { userId: fresh.id, courseId } }));
      expect(certificate.locale).toBe("zh");
      expect(certificate.courseTitle).toBe(course.meta.translations.zh!.title);
      expect(certificate.courseTitle).toMatch(CJK);
    });
  }
});
