import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "#app/utils/db.server";
import { launchBrowser, watchPage } from "#tests/support/browser";
import { completeCourse, cookieForBrowser, createUser, sessionCookieFor } from "#tests/support/fixtures";
import { TEST_ENV } from "#tests/support/test-env";

const baseUrl = inject("baseUrl");
const COURSE = "ps-gifts-hospitality";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function browserFor(userId: string) {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addCookies([cookieForBrowser(await sessionCookieFor(userId), baseUrl)]);
  const page = await context.newPage();
  return { page, problems: watchPage(page), close: () => context.close() };
}

/** The invitation link from the message the server wrote to the outbox for this address. */
function inviteLinkFor(email: string) {
  const file = fs.readdirSync(TEST_ENV.OUTBOX_DIR).find((f) => f.endsWith(`${email.replace(/[^a-z0-9@.-]/gi, "_")}.eml`));
  if (!file) throw new Error(`No invitation mailed to ${email}`);
  const match = /\/join\/org\/[A-Za-z0-9_-]+/.exec(fs.readFileSync(path.join(TEST_ENV.OUTBOX_DIR, file), "utf8"));
  return match![0];
}

describe("organization compliance journey", () => {
  it("invites by CSV, assigns a course, shows completion and overdue, exports CSV and the evidence pack", async () => {
    const organization = await prisma.organization.create({ data: { name: "Acme Exports", slug: `acme-${crypto.randomUUID().slice(0, 8)}` } });
    const admin = await createUser({ roles: ["learner", "org-admin"], organizationId: organization.id });
    const finisher = await createUser();
    const late = await createUser();

    const { page, problems, close } = await browserFor(admin.id);
    await page.goto(`${baseUrl}/org/${organization.id}/members`);
    const csv = `name,email\n${finisher.name},${finisher.email}\nBroken Row,not-an-email\n${late.name},${late.email}\n`;
    await page.setInputFiles("#invite-file", { name: "staff.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
    const report = page.locator("#csv-report");
    await report.waitFor();
    expect(await report.locator("[role=status]").textContent()).toContain("2 accepted, 1 rejected");
    expect(await report.locator("tr[data-line='3']").textContent()).toContain("Enter a valid email address");
    expect(await report.locator("tr[data-line='2']").textContent()).toContain("Invitation sent");
    expect(await prisma.organizationInvite.count({ where: { organizationId: organization.id } })).toBe(2);

    await page.goto(`${baseUrl}/org/${organization.id}/assignments`);
    await page.selectOption("#assign-course", COURSE);
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await page.fill("#assign-due", due);
    await page.locator("main form button[type=submit]").click();
    await page.locator("p[role=status]").waitFor();
    expect(await page.locator("table.data-table").textContent()).toMatch(/Gifts/i);

    // Both invitees accept through their emailed links and are enrolled in the assigned course.
    for (const member of [finisher, late]) {
      const session = await browserFor(member.id);
      await session.page.goto(`${baseUrl}${inviteLinkFor(member.email)}`);
      await session.page.locator("main form button[type=submit]").click();
      await session.page.waitForURL(/\/learn$/);
      expect(session.problems).toEqual([]);
      await session.close();
    }
    expect(await prisma.enrollment.count({ where: { courseId: COURSE, userId: { in: [finisher.id, late.id] } } })).toBe(2);

    // One finishes (with the certificate that completion earns); the deadline passes for the other.
    await completeCourse(finisher.id, COURSE);
    const code = crypto.randomBytes(16).toString("hex").toUpperCase().slice(0, 24);
    await prisma.certificate.create({
      data: {
        userId: finisher.id,
        courseId: COURSE,
        courseVersion: 1,
        holderName: finisher.legalName,
        courseTitle: "Gifts and hospitality",
        locale: "en",
        tier: "private-sector",
        expiresAt: new Date(Date.now() + 365 * 86_400_000),
        code,
        completionKey: `${finisher.id}:${COURSE}:1`,
      },
    });
    await prisma.assignment.updateMany({ where: { organizationId: organization.id }, data: { dueAt: new Date(Date.now() - 86_400_000) } });
    const grouped = code.match(/.{4}/g)!.join("-");

    await page.goto(`${baseUrl}/org/${organization.id}`);
    const finisherCell = page.locator(`tr[data-member='${finisher.email}'] td[data-course='${COURSE}']`);
    expect(await finisherCell.getAttribute("data-status")).toBe("completed");
    expect(await finisherCell.locator("a").textContent()).toBe(grouped);
    expect(await finisherCell.locator("a").getAttribute("href")).toBe(`/verify/${code}`);
    expect(await page.locator(`tr[data-member='${late.email}'] td[data-course='${COURSE}']`).getAttribute("data-status")).toBe("overdue");
    // The status chart's table alternative carries the same numbers.
    // The admin is a member too, so two are overdue.
    expect(await page.locator("figure details table").first().textContent()).toMatch(/Completed\s*1.*Overdue\s*2/);

    const cookie = await sessionCookieFor(admin.id);
    const exported = await fetch(`${baseUrl}/org/${organization.id}/export.csv`, { headers: { Cookie: cookie } });
    expect(exported.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await exported.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    const text = new TextDecoder().decode(bytes);
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(4); // header + admin + two members
    expect(lines.find((l) => l.includes(finisher.email))).toMatch(new RegExp(`Completed,[^,]*,\\d{4}-\\d{2}-\\d{2},${grouped},.*?/verify/${code}`));
    expect(lines.find((l) => l.includes(late.email))).toContain(",Overdue,");
    // The export takes the dashboard's filters.
    const filtered = await fetch(`${baseUrl}/org/${organization.id}/export.csv?status=overdue`, { headers: { Cookie: cookie } }).then((r) => r.text());
    expect(filtered.trim().split("\r\n").slice(1).every((l) => l.includes(",Overdue,"))).toBe(true);

    const download = page.waitForEvent("download");
    await page.locator(`a[href='/org/${organization.id}/evidence.pdf']`).click();
    const pdf = fs.readFileSync((await (await download).path())!);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const evidence = await fetch(`${baseUrl}/org/${organization.id}/evidence.csv`, { headers: { Cookie: cookie } }).then((r) => r.text());
    expect(evidence).toContain(grouped);
    expect(evidence).toContain(`/verify/${code}`);
    expect(evidence).not.toContain(late.email);

    expect(problems).toEqual([]);
    await close();
  });

  it("refuses to join a second organization and explains why", async () => {
    const [first, second] = await Promise.all(
      ["First", "Second"].map((name) => prisma.organization.create({ data: { name, slug: `${name.toLowerCase()}-${crypto.randomUUID().slice(0, 8)}` } })),
    );
    const admin = await createUser({ roles: ["learner", "org-admin"], organizationId: second!.id });
    const person = await createUser({ organizationId: first!.id });
    const response = await fetch(`${baseUrl}/org/${second!.id}/members`, {
      method: "POST",
      headers: { Cookie: await sessionCookieFor(admin.id) },
      body: new URLSearchParams({ intent: "share-link" }),
    });
    const link = /\/join\/org\/[A-Za-z0-9_-]+/.exec(await response.text())![0];
    const joined = await fetch(`${baseUrl}${link}`, { method: "POST", headers: { Cookie: await sessionCookieFor(person.id) } });
    expect(joined.status).toBe(409);
    expect(await joined.text()).toMatch(/role="alert">You already belong to another organization/);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).organizationId).toBe(first!.id);
  });
});
