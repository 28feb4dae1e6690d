import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "#app/utils/db.server";
import * as fixtures from "#tests/fixtures/scorm/packages";
import { scoFrame, uploadInBrowser } from "#tests/fixtures/scorm/upload";
import { launchBrowser, watchPage } from "#tests/support/browser";
import { cookieForBrowser, createUser, sessionCookieFor } from "#tests/support/fixtures";
import { eventually } from "#tests/support/lesson-driver";

const baseUrl = inject("baseUrl");
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ia-packages-"));
});
afterAll(async () => {
  await browser?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

// Closing a page makes its SCO suspend and terminate, and those last commits land just after
// the test; let them settle so the next test's own database writes do not race them.
afterEach(async () => {
  let last = -1;
  for (let quiet = 0; quiet < 3; ) {
    const count = await prisma.commitLog.count();
    quiet = count === last ? quiet + 1 : 0;
    last = count;
    await new Promise((r) => setTimeout(r, 300));
  }
});

async function contextFor(roles: Array<"learner" | "trainer"> = ["learner"]) {
  const user = await createUser({ roles });
  const context = await browser.newContext();
  await context.addCookies([cookieForBrowser(await sessionCookieFor(user.id), baseUrl)]);
  return { user, context };
}

/** A trainer uploads the package through the page; returns the course it became. */
async function publish(zip: string) {
  const { context } = await contextFor(["trainer"]);
  const page = await context.newPage();
  const problems = watchPage(page);
  const packageId = await uploadInBrowser(page, `${baseUrl}/packages`, zip);
  expect(problems).toEqual([]);
  const pkg = await prisma.scormPackage.findUniqueOrThrow({ where: { id: packageId }, select: { courseId: true } });
  return { packageId, courseId: pkg.courseId, trainer: context, trainerPage: page };
}

/** Enrols from the course page, which leads straight into the first SCO. */
async function enrolAndOpen(page: Page, courseId: string) {
  await page.goto(`${baseUrl}/courses/${courseId}`);
  await Promise.all([page.waitForURL(/\/sco\//), page.locator("button[name=intent][value=enroll]").click()]);
  return scoFrame(page);
}

/** Waits until the page's service worker controls it, so a closing page's last commit is carried. */
async function withServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
}

async function latestAttempt(userId: string, lessonId: string) {
  return prisma.attempt.findFirstOrThrow({ where: { userId, lessonId }, orderBy: { number: "desc" } });
}

const cmiOf = (attempt: { cmi: string }) => (JSON.parse(attempt.cmi) as { cmi: Record<string, any> }).cmi;

describe("SCORM 1.2 package", () => {
  it("is uploaded, launched, suspended, resumed with its suspend_data, passed and certified", async () => {
    const { courseId } = await publish(await fixtures.scorm12SingleSco(dir));
    const catalog = await (await contextFor()).context.newPage();
    await catalog.goto(`${baseUrl}/courses?tier=private-sector`);
    expect(await catalog.locator(`.course-card a[href="/courses/${courseId}"]`).count()).toBe(1);

    const { user, context } = await contextFor();
    const page = await context.newPage();
    const problems = watchPage(page);
    let frame = await enrolAndOpen(page, courseId);
    // The manifest's values reach the SCO: launch data and mastery score.
    expect(await frame.evaluate(() => (window.parent as any).API.LMSGetValue("cmi.launch_data"))).toBe("pages=3;question=trip");
    expect(await frame.evaluate(() => (window.parent as any).API.LMSGetValue("cmi.student_data.mastery_score"))).toBe("80");
    expect(await frame.evaluate(() => (window.parent as any).API.LMSGetValue("cmi.core.entry"))).toBe("ab-initio");
    await frame.locator("#next").click();
    await frame.locator("#next").click();
    await frame.locator("#answer").click();
    await withServiceWorker(page);

    // Leaving the page: the SCO suspends and calls LMSFinish from its unload handlers.
    await page.goto(`${baseUrl}/courses/${courseId}`);
    const suspended = await eventually(async () => {
      const attempt = await latestAttempt(user.id, "item-gifts");
      const cmi = cmiOf(attempt);
      expect(attempt.lastExit).toBe("suspend");
      expect(cmi.core.lesson_location).toBe("2");
      expect(cmi.core.score.raw).toBe("100");
      expect(JSON.parse(cmi.suspend_data)).toEqual({ page: 2, answered: true, correct: true });
      return attempt;
    });
    expect(suspended.finishedAt).toBeNull();
    expect(suspended.packageVersionId).not.toBeNull();

    await page.locator(`a[href="/courses/${courseId}/sco/item-gifts"]`).first().click();
    frame = await scoFrame(page);
    await frame.locator("#status").filter({ hasText: "Welcome back: you are on page 3." }).waitFor();
    expect(await frame.evaluate(() => (window.parent as any).API.LMSGetValue("cmi.core.entry"))).toBe("resume");
    expect(await frame.evaluate(() => (window.parent as any).API.LMSGetValue("cmi.suspend_data"))).toBe('{"page":2,"answered":true,"correct":true}');

    await frame.locator("#finish").click();
    await frame.locator("#status").filter({ hasText: "You passed" }).waitFor();
    const finished = await eventually(async () => {
      const attempt = await latestAttempt(user.id, "item-gifts");
      expect(attempt.finishedAt).not.toBeNull();
      return attempt;
    });
    expect(finished.id).toBe(suspended.id);
    expect([finished.completionStatus, finished.successStatus, finished.scoreScaled]).toEqual(["completed", "passed", 1]);
    const certificate = await eventually(() => prisma.certificate.findFirstOrThrow({ where: { userId: user.id, courseId } }));
    expect(certificate.courseTitle).toBe("Gifts and Hospitality");
    await page.goto(`${baseUrl}/courses/${courseId}`);
    await page.locator("#certificate-title").waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("stores the final data of a SCO that calls LMSFinish from onunload when the tab is closed", async () => {
    const { courseId } = await publish(await fixtures.scorm12FinishOnUnload(dir));
    const { user, context } = await contextFor();
    const page = await context.newPage();
    const frame = await enrolAndOpen(page, courseId);
    await frame.locator("#next").click();
    await frame.locator("#next").click();
    await withServiceWorker(page);

    // This SCO never commits: location, suspend_data and exit are set in its unload handler,
    // followed by LMSFinish, while the tab closes.
    await page.close({ runBeforeUnload: true });
    const attempt = await eventually(async () => {
      const latest = await latestAttempt(user.id, "item-gifts");
      expect(latest.lastExit).toBe("suspend");
      return latest;
    });
    const cmi = cmiOf(attempt);
    expect(cmi.core.lesson_location).toBe("2");
    expect(JSON.parse(cmi.suspend_data)).toEqual({ page: 2, leftAt: "unload" });
    expect(attempt.finishedAt).toBeNull();
    await context.close();
  });
});

describe("SCORM 2004 packages", () => {
  it("plays a multi-SCO package: outline, resume, interactions, objectives, progress, roll-up and certificate", async () => {
    const { courseId } = await publish(await fixtures.scorm2004MultiSco(dir));
    const { user, context } = await contextFor();
    const page = await context.newPage();
    const problems = watchPage(page);
    let frame = await enrolAndOpen(page, courseId);
    expect(await page.locator(".sco-outline a").count()).toBe(2);
    expect(frame.url()).toContain("/modules/recognise/index.html?lang=en");
    const get = (f: typeof frame, name: string) => f.evaluate((n) => (window.parent as any).API_1484_11.GetValue(n), name);
    expect(await get(frame, "cmi.launch_data")).toBe("module=recognise");
    expect(await get(frame, "cmi.completion_threshold")).toBe("0.75");
    expect(await get(frame, "cmi.scaled_passing_score")).toBe("0.8");
    await frame.locator("#next").click();
    await withServiceWorker(page);

    await page.goto(`${baseUrl}/courses/${courseId}`);
    await eventually(async () => {
      const attempt = await latestAttempt(user.id, "item-recognise");
      expect(attempt.lastExit).toBe("suspend");
      expect(cmiOf(attempt).location).toBe("1");
      expect(cmiOf(attempt).progress_measure).toBe("0.50");
    });
    // My learning lists the package beside our own courses and resumes it in the package player.
    await page.goto(`${baseUrl}/learn`);
    await page.locator(`a.button[href="/courses/${courseId}/sco/item-recognise"]`).waitFor();
    await page.goto(`${baseUrl}/courses/${courseId}`);

    await page.locator(`a[href="/courses/${courseId}/sco/item-recognise"]`).first().click();
    frame = await scoFrame(page);
    await frame.locator("#status").filter({ hasText: "Welcome back: you are on page 2." }).waitFor();
    expect(await get(frame, "cmi.entry")).toBe("resume");
    await frame.locator("#choice-b").check();
    await frame.locator("#answer").click();
    await frame.locator("#finish").click();
    await page.locator(".notice--info[role=status]").waitFor();
    const recognise = await eventually(async () => {
      const attempt = await latestAttempt(user.id, "item-recognise");
      expect(attempt.finishedAt).not.toBeNull();
      return attempt;
    });
    const cmi = cmiOf(recognise);
    expect([recognise.completionStatus, recognise.successStatus, recognise.scoreScaled]).toEqual(["completed", "passed", 1]);
    expect(cmi.interactions["0"]).toMatchObject({ id: "q-facilitation", type: "choice", learner_response: "b", result: "correct" });
    expect(cmi.objectives["0"]).toMatchObject({ id: "obj-recognise", success_status: "passed" });
    expect(await prisma.enrollment.findFirstOrThrow({ where: { userId: user.id, courseId } })).toMatchObject({ completedAt: null });

    await page.locator(`.sco-outline a[href="/courses/${courseId}/sco/item-report"]`).click();
    frame = await scoFrame(page, "/modules/report/");
    expect(await get(frame, "cmi.scaled_passing_score")).toBe("0.6");
    await frame.locator("#choice-no").check();
    await frame.locator("#answer").click();
    await frame.locator("#finish").click();
    await eventually(async () => {
      const enrollment = await prisma.enrollment.findFirstOrThrow({ where: { userId: user.id, courseId } });
      expect(enrollment.completedAt).not.toBeNull();
    });
    expect(await prisma.certificate.count({ where: { userId: user.id, courseId } })).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("follows adl.nav.request = continue to the next SCO after Terminate", async () => {
    const { courseId } = await publish(await fixtures.scorm2004NavRequest(dir));
    const { user, context } = await contextFor();
    const page = await context.newPage();
    const problems = watchPage(page);
    const frame = await enrolAndOpen(page, courseId);
    expect(await frame.evaluate(() => (window.parent as any).API_1484_11.GetValue("cmi.completion_threshold"))).toBe("0.5");
    await frame.locator("#choice-a").check();
    await frame.locator("#answer").click();
    await frame.locator("#finish").click();
    await page.waitForURL(`${baseUrl}/courses/${courseId}/sco/item-quiz`);
    const quiz = await scoFrame(page, "/quiz.html");
    expect(quiz.url()).toContain("/quiz.html");
    expect(await quiz.evaluate(() => (window.parent as any).API_1484_11.GetValue("cmi.scaled_passing_score"))).toBe("0.7");
    const intro = await latestAttempt(user.id, "item-intro");
    expect([intro.completionStatus, intro.successStatus]).toEqual(["completed", "passed"]);
    expect(intro.finishedAt).not.toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("package versions", () => {
  it("finishes an attempt in progress on its old version while new attempts use the new one", async () => {
    const { packageId, courseId, trainerPage } = await publish(await fixtures.scorm12SingleSco(dir));
    const first = await contextFor();
    const page = await first.context.newPage();
    let frame = await enrolAndOpen(page, courseId);
    await frame.locator("#next").click();
    await withServiceWorker(page);
    await page.goto(`${baseUrl}/courses/${courseId}`);
    const started = await eventually(async () => {
      const attempt = await latestAttempt(first.user.id, "item-gifts");
      expect(attempt.lastExit).toBe("suspend");
      return attempt;
    });

    await uploadInBrowser(trainerPage, `${baseUrl}/packages/${packageId}`, await fixtures.scorm12SingleScoRevised(dir));
    const versions = await prisma.packageVersion.findMany({ where: { packageId }, orderBy: { version: "asc" } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    const [v1, v2] = versions;
    expect(started.packageVersionId).toBe(v1!.id);

    // The learner part-way through carries on with version 1, files included.
    await page.locator(`a[href="/courses/${courseId}/sco/item-gifts"]`).first().click();
    frame = await scoFrame(page);
    expect(frame.url()).toContain(`/resources/package-content/${v1!.id}/`);
    expect(await frame.locator("h1").textContent()).toBe("Gifts and hospitality");
    await frame.locator("#status").filter({ hasText: "Welcome back: you are on page 2." }).waitFor();
    await frame.locator("#answer").click();
    await frame.locator("#finish").click();
    await eventually(async () => expect((await prisma.attempt.findUniqueOrThrow({ where: { id: started.id } })).finishedAt).not.toBeNull());

    // Their next attempt, and anyone else's, starts on version 2.
    await page.goto(`${baseUrl}/courses/${courseId}/sco/item-gifts`);
    frame = await scoFrame(page);
    expect(await frame.locator("h1").textContent()).toBe("Gifts and hospitality (revised)");
    const second = await contextFor();
    const other = await second.context.newPage();
    const otherFrame = await enrolAndOpen(other, courseId);
    expect(otherFrame.url()).toContain(`/resources/package-content/${v2!.id}/`);
    await eventually(async () => {
      expect((await latestAttempt(first.user.id, "item-gifts")).packageVersionId).toBe(v2!.id);
      expect((await latestAttempt(second.user.id, "item-gifts")).packageVersionId).toBe(v2!.id);
    });
    await first.context.close();
    await second.context.close();
  });
});

describe("package content", () => {
  it("is served same-origin with a restrictive CSP, to enrolled learners only, and never outside its folder", async () => {
    const { courseId } = await publish(await fixtures.scorm12SingleSco(dir));
    const pkg = await prisma.scormPackage.findUniqueOrThrow({ where: { courseId }, select: { versions: { select: { id: true } } } });
    const url = `${baseUrl}/resources/package-content/${pkg.versions[0]!.id}`;
    const learner = await createUser();
    const cookie = await sessionCookieFor(learner.id);
    expect((await fetch(`${url}/index.html`, { headers: { Cookie: cookie } })).status).toBe(403);
    await prisma.enrollment.create({ data: { userId: learner.id, courseId } });

    const response = await fetch(`${url}/index.html`, { headers: { Cookie: cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html\b/);
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Content-Security-Policy")).toBe(
      "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; frame-ancestors 'self'; form-action 'self'",
    );
    expect(await response.text()).toContain("LMSInitialize");
    expect((await fetch(`${url}/imsmanifest.xml`, { headers: { Cookie: cookie } })).headers.get("Content-Type")).toMatch(/^application\/xml\b/);
    for (const escape of ["/..%2F..%2F..%2Fpackage.json", "/%2e%2e/%2e%2e/test.db", "/..%5C..%5Ctest.db", "/%2Fetc%2Fpasswd", "/missing.html"]) {
      expect((await fetch(`${url}${escape}`, { headers: { Cookie: cookie } })).status, escape).toBe(404);
    }
    expect((await fetch(`${url}/index.html`)).status).toBe(403);
  });
});

