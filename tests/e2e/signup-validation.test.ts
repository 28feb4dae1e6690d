import crypto from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { prisma } from "#app/utils/db.server";
import { createUser } from "#tests/support/fixtures";

const baseUrl = inject("baseUrl");

function signup(fields: Record<string, string>, language = "en") {
  return fetch(`${baseUrl}/signup`, {
    method: "POST",
    headers: { "Accept-Language": language },
    body: new URLSearchParams({ name: "", legalName: "", email: "", password: "", locale: "en", ...fields }),
    redirect: "manual",
  });
}

describe("sign-up rejects bad input without writing anything", () => {
  it("names every empty field", async () => {
    const before = await prisma.user.count();
    const response = await signup({});
    const html = await response.text();
    expect(response.status).toBe(400);
    // Count the rendered field errors, not the translations serialized for hydration.
    expect(html.match(/<li>This field is required\.<\/li>/g)?.length).toBe(4);
    expect(await prisma.user.count()).toBe(before);
  });

  it("explains oversized and invalid fields", async () => {
    const before = await prisma.user.count();
    const response = await signup({
      name: "n".repeat(101),
      legalName: "L".repeat(201),
      email: "not-an-email",
      password: "short",
    });
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(html).toContain("This is too long (at most 100 characters).");
    expect(html).toContain("This is too long (at most 200 characters).");
    expect(html).toContain("Enter a valid email address");
    expect(html).toContain("Use at least 8 characters.");
    expect(await prisma.user.count()).toBe(before);
  });

  it("answers in the visitor's language", async () => {
    const response = await signup({ email: "nope" }, "fr-FR,fr;q=0.9");
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(html).toContain('lang="fr"');
    expect(html).not.toContain("This field is required.");
    expect(html).not.toContain("Enter a valid email address");
  });

  it("says clearly that an email is taken, and keeps the existing account untouched", async () => {
    const existing = await createUser();
    const response = await signup({ name: "Other", legalName: "Other Person", email: existing.email.toUpperCase(), password: "long-enough-pw" });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("An account with this email already exists");
    const after = await prisma.user.findUniqueOrThrow({ where: { email: existing.email } });
    expect(after.name).toBe(existing.name);
    expect(await prisma.user.count({ where: { email: existing.email } })).toBe(1);
  });

  it("ignores a filled honeypot", async () => {
    const before = await prisma.user.count();
    const response = await signup({ name: "Bot", legalName: "Bot", email: `bot-${Date.now()}@test.academy`, password: "long-enough-pw", website: "http://spam" });
    expect(response.status).toBe(400);
    expect(await prisma.user.count()).toBe(before);
  });
});

describe("sign-up from an invitation", () => {
  it("returns the newcomer to the page that sent them, and never to another site", async () => {
    const id = crypto.randomUUID().slice(0, 8);
    const fields = { name: "Invited Person", legalName: "Invited Person", password: "long-enough-1" };
    const invited = await signup({ ...fields, email: `invited-${id}@test.academy`, redirectTo: "/join/org/some-token" });
    expect(invited.status).toBe(302);
    expect(invited.headers.get("location")).toBe("/join/org/some-token");
    const offsite = await signup({ ...fields, email: `offsite-${id}@test.academy`, redirectTo: "https://evil.example/" });
    expect(offsite.status).toBe(302);
    expect(offsite.headers.get("location")).toBe("/learn");
  });

  it("keeps the way back when switching between log-in and sign-up", async () => {
    const html = await (await fetch(`${baseUrl}/login?redirectTo=%2Fjoin%2Forg%2Fabc`)).text();
    expect(html).toContain('href="/signup?redirectTo=%2Fjoin%2Forg%2Fabc"');
    const signupHtml = await (await fetch(`${baseUrl}/signup?redirectTo=%2Fjoin%2Forg%2Fabc`)).text();
    expect(signupHtml).toContain('name="redirectTo" value="/join/org/abc"');
  });
});
