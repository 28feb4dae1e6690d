import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "#app/utils/db.server";
import { createUser, sessionCookieFor } from "#tests/support/fixtures";
import { TEST_ENV } from "#tests/support/test-env";

const baseUrl = inject("baseUrl");
let organizationId: string;
let cookie: string;

beforeAll(async () => {
  organizationId = (await prisma.organization.create({ data: { name: "Upload Co", slug: `upload-${crypto.randomUUID().slice(0, 8)}` } })).id;
  cookie = await sessionCookieFor((await createUser({ roles: ["learner", "org-admin"], organizationId })).id);
});

function upload(content: Uint8Array | string, name = "staff.csv") {
  const form = new FormData();
  form.set("file", new Blob([typeof content === "string" ? content : new Uint8Array(content)], { type: "text/csv" }), name);
  return fetch(`${baseUrl}/org/${organizationId}/members`, { method: "POST", headers: { Cookie: cookie }, body: form });
}

/** The rendered report only: the page also carries every message text in its hydration data. */
function reportOf(html: string) {
  const start = html.indexOf('id="csv-report"');
  if (start === -1) throw new Error("No import report on the page");
  return html.slice(start, html.indexOf(html.startsWith("<div", html.lastIndexOf("<", start)) ? "</div>" : "</section>", start));
}

const fixture = (name: string) => fs.readFileSync(path.resolve("tests/fixtures/csv", name));
const invites = () => prisma.organizationInvite.count({ where: { organizationId } });

describe("inviting from an uploaded CSV", () => {
  it.each([
    ["wrong-headers.csv", 400, "The first line must be exactly the two headers name,email"],
    ["latin1.csv", 400, "The file is not UTF-8"],
    ["unbalanced-quotes.csv", 400, "opened on line 3 is never closed"],
  ])("refuses %s as a whole, says why, and imports nothing", async (file, status, message) => {
    const before = await invites();
    const response = await upload(fixture(file));
    expect(response.status).toBe(status);
    const html = reportOf(await response.text());
    expect(html).toContain(message);
    expect(html).toContain("Nothing was imported");
    expect(await invites()).toBe(before);
  });

  it("refuses 10 MB of junk with 413 before reading it", async () => {
    const before = await invites();
    const response = await upload(crypto.randomBytes(10 * 1024 * 1024));
    expect(response.status).toBe(413);
    expect(reportOf(await response.text())).toContain("The file is too large");
    expect(await invites()).toBe(before);
  });

  it("reports every bad email row with its reason and invites nobody from them", async () => {
    const before = await invites();
    const response = await upload(fixture("bad-emails.csv"));
    expect(response.status).toBe(200);
    const html = reportOf(await response.text());
    expect(html).toContain("0 accepted, 3 rejected");
    expect(html.match(/Enter a valid email address/g)).toHaveLength(2);
    expect(html).toContain("This field is required");
    expect(await invites()).toBe(before);
  });

  it("treats the same list sent twice as one invitation each, mailed once", async () => {
    const email = `dup-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const csv = `name,email\nDee Dup,${email}\n`;
    const mailed = () => fs.readdirSync(TEST_ENV.OUTBOX_DIR).filter((f) => f.endsWith(`${email}.eml`)).length;
    expect(reportOf(await upload(csv).then((r) => r.text()))).toContain("Invitation sent");
    expect(reportOf(await upload(csv).then((r) => r.text()))).toContain("Already invited; nothing changed");
    const single = await fetch(`${baseUrl}/org/${organizationId}/members`, {
      method: "POST",
      headers: { Cookie: cookie },
      body: new URLSearchParams({ intent: "invite", name: "Dee Dup", email: email.toUpperCase() }),
    });
    expect(await single.text()).toMatch(/notice--success">Already invited; nothing changed/);
    expect(await prisma.organizationInvite.count({ where: { organizationId, email } })).toBe(1);
    expect(mailed()).toBe(1);
  });
});
