import http from "node:http";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { newVerificationCode } from "#app/certificates/issue.server";
import { launchBrowser, watchPage } from "#tests/support/browser";
import { cookieForBrowser, createUser, enroll, sessionCookieFor } from "#tests/support/fixtures";
import { prisma } from "#app/utils/db.server";
import { certificatesOf, completeLessonsExcept } from "./certificates-helpers";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PUBLIC_FIELDS = ["certifiedTrainer", "code", "courseId", "courseTitle", "currentCode", "expiresAt", "holderName", "issuedAt", "language", "revokedAt", "status", "tier"];
const DAY = 86_400_000;

async function givenCertificate(options: { expiresAt?: Date | null; holderName?: string } = {}) {
  const user = await createUser({ legalName: options.holderName });
  const certificate = await prisma.certificate.create({
    data: {
      userId: user.id,
      courseId: "ps-gifts-hospitality",
      courseVersion: 1,
      holderName: options.holderName ?? user.legalName,
      courseTitle: "Gifts and hospitality",
      locale: "en",
      tier: "private-sector",
      scorePercent: 90,
      expiresAt: options.expiresAt === undefined ? new Date(Date.now() + 365 * DAY) : options.expiresAt,
      code: newVerificationCode(),
    },
  });
  return { user, certificate };
}

async function verifyJson(code: string, how: "query" | "accept" = "query") {
  const response = await fetch(how === "query" ? `${baseUrl}/verify/${code}?format=json` : `${baseUrl}/verify/${code}`, {
    headers: how === "accept" ? { Accept: "application/json" } : {},
  });
  expect(response.headers.get("content-type")).toContain("application/json");
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function verifyHtml(code: string) {
  const response = await fetch(`${baseUrl}/verify/${code}`);
  return { status: response.status, html: await response.text() };
}

const bannerStatus = (html: string) => html.match(/class="notice [^"]*status-banner" role="status" data-status="(\w+)"/)?.[1];

async function adminPost(certificateId: string, form: Record<string, string>) {
  const admin = await createUser({ roles: ["learner", "admin"] });
  const response = await fetch(`${baseUrl}/admin/certificates/${certificateId}`, {
    method: "POST",
    headers: { Cookie: await sessionCookieFor(admin.id) },
    body: new URLSearchParams(form),
    redirect: "manual",
  });
  return { admin, response };
}

describe("verification page", () => {
  it("shows a valid certificate's public fields, in HTML and JSON, for grouped and lower-case codes", async () => {
    const { user, certificate } = await givenCertificate({ holderName: "Ёлкина Анна" });
    const grouped = certificate.code.match(/.{1,4}/g)!.join("-");
    for (const code of [certificate.code, grouped, grouped.toLowerCase()]) {
      const { status, html } = await verifyHtml(code);
      expect(status).toBe(200);
      expect(bannerStatus(html)).toBe("valid");
      expect(html).toContain("Ёлкина Анна");
      expect(html).toContain("Gifts and hospitality");
      expect(html).toContain(grouped);
      expect(html).not.toContain(user.email);
    }
    for (const how of ["query", "accept"] as const) {
      const { status, body } = await verifyJson(certificate.code, how);
      expect(status).toBe(200);
      expect(Object.keys(body).sort()).toEqual(PUBLIC_FIELDS);
      expect(body).toMatchObject({ status: "valid", holderName: "Ёлкина Анна", code: grouped, tier: "private-sector", revokedAt: null, currentCode: null });
    }
  });

  it("shows an expired certificate as expired", async () => {
    const { certificate } = await givenCertificate({ expiresAt: new Date(Date.now() - DAY) });
    expect(bannerStatus((await verifyHtml(certificate.code)).html)).toBe("expired");
    expect((await verifyJson(certificate.code)).body.status).toBe("expired");
  });

  it("shows a revoked certificate as revoked, with the date but not the reason", async () => {
    const { certificate } = await givenCertificate();
    const { admin, response } = await adminPost(certificate.id, { intent: "revoke", reason: "Obtained through exam fraud" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/admin/certificates/${certificate.id}?revoked=1`);
    const { html } = await verifyHtml(certificate.code);
    expect(bannerStatus(html)).toBe("revoked");
    expect(html).not.toContain("exam fraud");
    const { body } = await verifyJson(certificate.code);
    expect(body.status).toBe("revoked");
    expect(new Date(body.revokedAt as string).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(body)).not.toContain("exam fraud");
    const audit = await prisma.auditLog.findFirst({ where: { entityId: certificate.id, action: "certificate.revoke" } });
    expect(audit).toMatchObject({ actorId: admin.id });
    expect(JSON.parse(audit!.details)).toEqual({ reason: "Obtained through exam fraud" });
    // Revoked is final: a second revoke or a re-issue is refused.
    expect((await adminPost(certificate.id, { intent: "reissue", legalName: "Someone" })).response.status).toBe(409);
  });

  it("re-issues after a legal-name correction: the old one is superseded and links to the new one", async () => {
    const { user, certificate } = await givenCertificate({ holderName: "Jose Nunez" });
    const { admin, response } = await adminPost(certificate.id, { intent: "reissue", legalName: "José Núñez" });
    expect(response.status).toBe(302);
    const [, replacement] = await certificatesOf(user.id);
    expect(response.headers.get("location")).toBe(`/admin/certificates/${replacement!.id}?reissued=1`);
    expect(replacement).toMatchObject({ holderName: "José Núñez", courseId: certificate.courseId, scorePercent: 90, status: "valid", completionKey: null });
    expect(replacement!.expiresAt?.getTime()).toBe(certificate.expiresAt?.getTime());
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).legalName).toBe("José Núñez");

    const { html } = await verifyHtml(certificate.code);
    expect(bannerStatus(html)).toBe("superseded");
    expect(html).toContain(`href="/verify/${replacement!.code}"`);
    const { body } = await verifyJson(certificate.code);
    expect(body).toMatchObject({ status: "superseded", currentCode: replacement!.code });
    expect((await verifyJson(replacement!.code)).body).toMatchObject({ status: "valid", holderName: "José Núñez" });
    const audit = await prisma.auditLog.findFirst({ where: { entityId: certificate.id, action: "certificate.reissue" } });
    expect(audit).toMatchObject({ actorId: admin.id });
    expect(JSON.parse(audit!.details)).toMatchObject({ replacement: replacement!.id, previousName: "Jose Nunez", holderName: "José Núñez" });
  });

  it("answers unknown and malformed codes with a bare 404 and no stack trace", async () => {
    for (const code of [newVerificationCode(), "ABC", "%3Cscript%3E", "0".repeat(300), "'%20OR%201=1"]) {
      const { status, html } = await verifyHtml(code);
      expect(status, code).toBe(404);
      expect(html).toContain("Page not found");
      expect(html).not.toMatch(/at \w+ \(|node_modules|Error:/);
      const json = await verifyJson(code);
      expect(json).toEqual({ status: 404, body: { error: "not-found" } });
    }
  });
});

/** GET from another loopback address, so the rate limit it spends is not the other tests' one. */
function getFrom(localAddress: string, url: string) {
  return new Promise<number>((resolve, reject) => {
    http.get(url, { localAddress }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    }).on("error", reject);
  });
}

describe("verification rate limit", () => {
  it("refuses every lookup from an address after 20 unknown codes", async () => {
    const { certificate } = await givenCertificate();
    const address = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
    expect(await getFrom(address, `${baseUrl}/verify/${certificate.code}`)).toBe(200);
    for (let i = 0; i < 20; i++) expect(await getFrom(address, `${baseUrl}/verify/${newVerificationCode()}`)).toBe(404);
    expect(await getFrom(address, `${baseUrl}/verify/${certificate.code}`)).toBe(429);
    // Other addresses are unaffected.
    expect((await fetch(`${baseUrl}/verify/${certificate.code}`)).status).toBe(200);
  });
});

describe("certificate administration", () => {
  it("refuses learners", async () => {
    const { certificate } = await givenCertificate();
    const learner = await createUser();
    const cookie = await sessionCookieFor(learner.id);
    expect((await fetch(`${baseUrl}/admin/certificates`, { headers: { Cookie: cookie } })).status).toBe(403);
    const post = await fetch(`${baseUrl}/admin/certificates/${certificate.id}`, {
      method: "POST",
      headers: { Cookie: cookie },
      body: new URLSearchParams({ intent: "revoke", reason: "not allowed" }),
    });
    expect(post.status).toBe(403);
    expect((await prisma.certificate.findUniqueOrThrow({ where: { id: certificate.id } })).status).toBe("valid");
  });

  it("lets an admin find a certificate by code and revoke it with a reason in the browser", async () => {
    const { certificate } = await givenCertificate({ holderName: "محمد عبد الله" });
    const admin = await createUser({ roles: ["learner", "admin"], locale: "ar" });
    const context = await browser.newContext();
    await context.addCookies([cookieForBrowser(await sessionCookieFor(admin.id), baseUrl)]);
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(`${baseUrl}/admin/certificates?q=${certificate.code.toLowerCase()}`);
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    const rows = page.locator("tbody tr[data-certificate-id]");
    expect(await rows.count()).toBe(1);
    await rows.first().locator("a").first().click();
    await page.waitForURL(`${baseUrl}/admin/certificates/${certificate.id}`);
    // Too short a reason is refused with a message.
    await page.locator("input[name=reason]").fill("x");
    await page.locator("input[name=reason]").evaluate((input: HTMLInputElement) => input.removeAttribute("minlength"));
    await page.locator("button[name=intent][value=revoke]").click();
    await page.locator(".field__errors").waitFor();
    await page.locator("input[name=reason]").fill("Issued to the wrong person");
    await page.locator("button[name=intent][value=revoke]").click();
    await page.locator(".notice--success").waitFor();
    expect(await page.locator("[data-status]").first().getAttribute("data-status")).toBe("revoked");
    expect(await page.locator("table.audit-log tr[data-action='certificate.revoke']").count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("recertification", () => {
  it("lists a certificate expiring within 90 days, and Recertify starts a fresh cycle that issues a new certificate", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    await enroll(user.id, "ps-gifts-hospitality");
    await completeLessonsExcept(cookie, "ps-gifts-hospitality", []);
    const [first] = await certificatesOf(user.id);
    expect(first!.expiresAt!.getUTCFullYear() * 12 + first!.expiresAt!.getUTCMonth() - (first!.issuedAt.getUTCFullYear() * 12 + first!.issuedAt.getUTCMonth())).toBe(12);
    await prisma.certificate.update({ where: { id: first!.id }, data: { expiresAt: new Date(Date.now() + 30 * DAY) } });

    const context = await browser.newContext();
    await context.addCookies([cookieForBrowser(cookie, baseUrl)]);
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(`${baseUrl}/learn`);
    const expiring = page.locator(`.expiring-certificates [data-certificate-id="${first!.id}"]`);
    await expiring.locator("button[value=recertify]").click();
    await page.waitForURL(/\/courses\/ps-gifts-hospitality\/lessons\/[\w-]+$/);
    const enrollment = await prisma.enrollment.findUniqueOrThrow({ where: { userId_courseId: { userId: user.id, courseId: "ps-gifts-hospitality" } } });
    expect(enrollment).toMatchObject({ cycle: 2, completedAt: null });
    await page.close();

    // The earlier cycle's attempts no longer count: one lesson alone does not re-issue.
    const lessons = (await prisma.attempt.findMany({ where: { userId: user.id, courseId: "ps-gifts-hospitality" }, distinct: ["lessonId"], select: { lessonId: true } })).map((a) => a.lessonId);
    await completeLessonsExcept(cookie, "ps-gifts-hospitality", lessons.slice(1));
    expect(await certificatesOf(user.id)).toHaveLength(1);
    await completeLessonsExcept(cookie, "ps-gifts-hospitality", []);
    const [old, renewed] = await certificatesOf(user.id);
    expect(renewed).toMatchObject({ status: "valid", completionKey: `${user.id}:ps-gifts-hospitality:2` });
    expect(old).toMatchObject({ status: "superseded", supersededById: renewed!.id });

    const dashboard = await context.newPage();
    await dashboard.goto(`${baseUrl}/learn`);
    expect(await dashboard.locator(".expiring-certificates").count()).toBe(0);
    expect(await dashboard.locator(`.my-certificates [data-certificate-id="${renewed!.id}"]`).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("accessibility of the certificate pages", () => {
  it("has no serious or critical axe violation on the verification page, the dashboard and the admin pages", async () => {
    const { user, certificate } = await givenCertificate({ holderName: "محمد عبد الله", expiresAt: new Date(Date.now() + 20 * DAY) });
    await enroll(user.id, "ps-gifts-hospitality");
    await prisma.enrollment.update({ where: { userId_courseId: { userId: user.id, courseId: "ps-gifts-hospitality" } }, data: { completedAt: new Date() } });
    const admin = await createUser({ roles: ["learner", "admin"] });
    const pages = [
      { path: `/verify/${certificate.code}`, cookie: null },
      { path: "/verify", cookie: null },
      { path: "/learn", cookie: await sessionCookieFor(user.id) },
      { path: "/admin/certificates", cookie: await sessionCookieFor(admin.id) },
      { path: `/admin/certificates/${certificate.id}`, cookie: await sessionCookieFor(admin.id) },
    ];
    for (const { path, cookie } of pages) {
      for (const locale of ["en", "ar"]) {
        const context = await browser.newContext({ locale });
        if (cookie) await context.addCookies([cookieForBrowser(cookie, baseUrl)]);
        const page = await context.newPage();
        expect((await page.goto(`${baseUrl}${path}`))?.status(), path).toBe(200);
        if (path === "/learn") expect(await page.locator(".expiring-certificates button[value=recertify]").count()).toBe(1);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        expect(serious, `${path} (${locale})`).toEqual([]);
        await context.close();
      }
    }
  });
});
