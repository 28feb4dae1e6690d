import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, watchPage } from "#tests/support/browser";
import { lessonManifest } from "#tests/support/catalog";
import { cookieForBrowser, createUser, enroll, sessionCookieFor } from "#tests/support/fixtures";
import { newVerificationCode } from "#app/certificates/issue.server";
import { prisma } from "#app/utils/db.server";
import { certificatesOf, commitCorrect, completeLessonsExcept, launch, pdfText } from "./certificates-helpers";

const baseUrl = inject("baseUrl");
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "certificates-e2e-"));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("certificate issue, end to end", () => {
  it("completes the basic course, shows the certificate, downloads the PDF and verifies its QR link", async () => {
    const user = await createUser({ legalName: "Ana Lucía Pérez Ñúñez" });
    const cookie = await sessionCookieFor(user.id);
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addCookies([cookieForBrowser(cookie, baseUrl)]);
    const page = await context.newPage();
    const problems = watchPage(page);

    await page.goto(`${baseUrl}/courses/uncac-foundations`);
    await page.locator("button[name=intent][value=enroll]").click();
    await page.waitForURL(/\/lessons\/what-is-corruption$/);
    await completeLessonsExcept(cookie, "uncac-foundations", ["final-assessment"]);
    expect(await certificatesOf(user.id)).toEqual([]);

    // The final assessment, answered in the real lesson page.
    await page.goto(`${baseUrl}/courses/uncac-foundations/lessons/final-assessment`);
    await page.locator("[data-save-state=saved]").waitFor();
    const questions = (await lessonManifest("uncac-foundations", "final-assessment")).quizzes.flatMap((q) => q.questions);
    for (const [index, key] of questions.entries()) {
      const question = page.locator("fieldset.question").nth(index);
      for (const option of key.correct) await question.locator("input").nth(option).check();
      await question.locator(".question__actions button").first().click();
      await question.locator(".question__verdict").waitFor();
    }
    await page.locator("[data-save-state=saved]").waitFor();
    await expect.poll(async () => (await certificatesOf(user.id)).length, { timeout: 15_000 }).toBe(1);
    const [certificate] = await certificatesOf(user.id);
    expect(certificate).toMatchObject({ holderName: "Ana Lucía Pérez Ñúñez", courseTitle: "UNCAC foundations", tier: "basic", scorePercent: 100, status: "valid", locale: "en" });
    expect(certificate!.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    // certificateValidityMonths: 36
    expect(certificate!.expiresAt!.getUTCFullYear() - certificate!.issuedAt.getUTCFullYear()).toBe(3);
    const grouped = certificate!.code.match(/.{1,4}/g)!.join("-");

    await page.goto(`${baseUrl}/learn`);
    const card = page.locator(`.my-certificates [data-certificate-id="${certificate!.id}"]`);
    await card.waitFor();
    expect(await card.getAttribute("data-status")).toBe("valid");
    expect(await card.textContent()).toContain(grouped);
    const [download] = await Promise.all([page.waitForEvent("download"), card.locator(`a[href="/certificates/${certificate!.id}.pdf"]`).click()]);
    const file = path.join(outDir, "basic.pdf");
    await download.saveAs(file);
    const text = pdfText(file);
    expect(text).toContain("Ana Lucía Pérez Ñúñez");
    expect(text).toContain("UNCAC foundations");
    expect(text).toContain(grouped);
    const verifyUrl = text.match(/http:\/\/127\.0\.0\.1:\d+\/verify\/[0-9A-Z]{26}/)?.[0];
    expect(verifyUrl).toBe(`${baseUrl}/verify/${certificate!.code}`);

    // The course page offers the same download.
    await page.goto(`${baseUrl}/courses/uncac-foundations`);
    const href = await page.locator(`[data-certificate-id="${certificate!.id}"] a[download]`).getAttribute("href");
    const fromCoursePage = await context.request.get(`${baseUrl}${href}`);
    expect(fromCoursePage.status()).toBe(200);
    expect(fromCoursePage.headers()["content-type"]).toBe("application/pdf");

    // The QR code's link, opened without a session.
    const visitor = await browser.newContext();
    const verifyPage = await visitor.newPage();
    const verifyProblems = watchPage(verifyPage);
    expect((await verifyPage.goto(verifyUrl!))?.status()).toBe(200);
    const banner = verifyPage.locator(".status-banner");
    expect(await banner.getAttribute("data-status")).toBe("valid");
    expect(await banner.textContent()).toContain("Valid");
    expect(await verifyPage.locator("main").textContent()).toContain("Ana Lucía Pérez Ñúñez");
    expect([...problems, ...verifyProblems]).toEqual([]);
    await visitor.close();
    await context.close();
  });
});

describe("issuing exactly once", () => {
  it("issues one certificate when two final commits arrive at the same moment", async () => {
    for (let round = 0; round < 3; round++) {
      const user = await createUser();
      const cookie = await sessionCookieFor(user.id);
      await enroll(user.id, "uncac-foundations");
      await completeLessonsExcept(cookie, "uncac-foundations", ["final-assessment"]);
      const attemptId = await launch(cookie, "uncac-foundations", "final-assessment");
      // Two tabs (two SCORM sessions) commit the passing final assessment concurrently.
      const results = await Promise.all([
        commitCorrect(cookie, "uncac-foundations", "final-assessment", attemptId, crypto.randomUUID()),
        commitCorrect(cookie, "uncac-foundations", "final-assessment", attemptId, crypto.randomUUID()),
      ]);
      expect(results.map((r) => r.result)).toEqual(["true", "true"]);
      expect(await certificatesOf(user.id)).toHaveLength(1);
      expect(await prisma.auditLog.count({ where: { action: "certificate.issue", actorId: user.id } })).toBe(1);
    }
  });

  it("issues one certificate when the last lesson and the final assessment complete together", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    await enroll(user.id, "uncac-foundations");
    await completeLessonsExcept(cookie, "uncac-foundations", ["what-is-corruption", "final-assessment"]);
    const [first, final] = await Promise.all([launch(cookie, "uncac-foundations", "what-is-corruption"), launch(cookie, "uncac-foundations", "final-assessment")]);
    await Promise.all([
      commitCorrect(cookie, "uncac-foundations", "what-is-corruption", first),
      commitCorrect(cookie, "uncac-foundations", "final-assessment", final),
    ]);
    await expect.poll(async () => (await certificatesOf(user.id)).length).toBe(1);
    const enrollment = await prisma.enrollment.findUniqueOrThrow({ where: { userId_courseId: { userId: user.id, courseId: "uncac-foundations" } } });
    expect(enrollment.completedAt).not.toBeNull();
    expect((await certificatesOf(user.id))[0]!.completionKey).toBe(`${user.id}:uncac-foundations:1`);
  });
});

describe("trainer certification", () => {
  it("marks a train-the-trainer graduate as certified trainer, on the account and the certificate", async () => {
    const user = await createUser({ locale: "fr" });
    const cookie = await sessionCookieFor(user.id);
    await enroll(user.id, "training-of-trainers");
    await completeLessonsExcept(cookie, "training-of-trainers", []);
    const [certificate] = await certificatesOf(user.id);
    expect(certificate).toMatchObject({ tier: "train-the-trainer", certifiedTrainer: true });
    const account = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(account.certifiedTrainerAt?.getTime()).toBe(certificate!.issuedAt.getTime());
    const pdf = await fetch(`${baseUrl}/certificates/${certificate!.id}.pdf`, { headers: { Cookie: cookie } });
    const file = path.join(outDir, "trainer.pdf");
    fs.writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    expect(pdfText(file)).toContain(certificate!.locale === "fr" ? "Formateur certifié" : "Certified trainer");
  });
});

describe("who may download a certificate", () => {
  it("serves the PDF to its holder and platform admins only", async () => {
    const holder = await createUser();
    const other = await createUser();
    const admin = await createUser({ roles: ["learner", "admin"] });
    const certificate = await prisma.certificate.create({
      data: { userId: holder.id, courseId: "uncac-foundations", courseVersion: 1, holderName: holder.legalName, courseTitle: "UNCAC foundations", locale: "en", tier: "basic", code: newVerificationCode() },
    });
    const get = async (cookie?: string) =>
      fetch(`${baseUrl}/certificates/${certificate.id}.pdf`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
    expect((await get(await sessionCookieFor(holder.id))).status).toBe(200);
    expect((await get(await sessionCookieFor(admin.id))).status).toBe(200);
    const refused = await get(await sessionCookieFor(other.id));
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain(holder.legalName);
    const anonymous = await get();
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toContain("/login");
  });
});
