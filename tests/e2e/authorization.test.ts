import { describe, expect, inject, it } from "vitest";
import { createUser, sessionCookieFor } from "#tests/support/fixtures";

const baseUrl = inject("baseUrl");

const PROTECTED_PAGES = [
  "/learn",
  "/settings/profile",
  "/settings/password",
  "/admin",
  "/courses/uncac-foundations/lessons/what-is-corruption",
];

describe("authorization", () => {
  for (const path of PROTECTED_PAGES) {
    it(`sends anonymous visitors of ${path} to the login page`, async () => {
      const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
    });
  }

  it("answers 403 to a learner on the admin page, and to a role change", async () => {
    const learner = await createUser({ roles: ["learner"] });
    const cookie = await sessionCookieFor(learner.id);
    const page = await fetch(`${baseUrl}/admin`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain("Access denied");

    const grant = await fetch(`${baseUrl}/admin`, {
      method: "POST",
      headers: { Cookie: cookie },
      body: new URLSearchParams({ intent: "grant", userId: learner.id, role: "admin" }),
      redirect: "manual",
    });
    expect(grant.status).toBe(403);
  });

  it("lets a platform admin see the admin page", async () => {
    const admin = await createUser({ roles: ["learner", "admin"] });
    const response = await fetch(`${baseUrl}/admin`, { headers: { Cookie: await sessionCookieFor(admin.id) } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Users and roles");
  });

  it("refuses anonymous quiz checks, launches and commits", async () => {
    const check = await fetch(`${baseUrl}/resources/quiz-check`, { method: "POST", body: "{}", redirect: "manual" });
    expect(check.status).toBe(302);
    const launch = await fetch(`${baseUrl}/resources/scorm/launch`, { method: "POST", body: "{}", redirect: "manual" });
    expect(launch.status).toBe(302);
  });

  it("returns a real 404 page for unknown URLs", async () => {
    const response = await fetch(`${baseUrl}/no/such/page`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page not found");
  });
});
