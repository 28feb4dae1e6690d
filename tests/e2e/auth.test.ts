import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { prisma } from "#app/utils/db.server";
import { launchBrowser, watchPage } from "#tests/support/browser";
import { createUser, TEST_PASSWORD } from "#tests/support/fixtures";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("accounts in the browser", () => {
  it("signs up, logs out, logs in, switches to Arabic and changes the password", async () => {
    const page = await browser.newPage();
    const problems = watchPage(page);
    const email = `signup-${Date.now()}@test.academy`;

    await page.goto(`${baseUrl}/signup`);
    await page.getByLabel("Display name").fill("Nadia");
    await page.getByLabel(/Legal name/).fill("Nadia Karim");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("first-password-1");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${baseUrl}/learn`);
    await page.getByRole("heading", { name: "My learning" }).waitFor();

    await page.locator(".account-menu summary").click();
    await page.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL(`${baseUrl}/`);
    // The URL changes before React renders the signed-out page (navigations are transitions): wait for it.
    await page.locator(".account-menu").waitFor({ state: "detached" });

    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("first-password-1");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL(`${baseUrl}/learn`);

    await page.selectOption("#locale-select", "ar");
    await page.waitForFunction(() => document.documentElement.dir === "rtl");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    // The Arabic interface text arrived with the switch (its script loads on demand).
    await page.locator("h1").filter({ hasText: /[\u0600-\u06FF]/ }).waitFor();
    const stored = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(stored.locale).toBe("ar");

    // Back to English for the rest of the flow, through the same switcher.
    await page.selectOption("#locale-select", "en");
    await page.waitForFunction(() => document.documentElement.dir === "ltr");

    await page.goto(`${baseUrl}/settings/password`);
    await page.getByLabel("Current password").fill("first-password-1");
    await page.getByLabel("New password").fill("second-password-2");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("status").filter({ hasText: "Your password has been changed." }).waitFor();

    const login = await fetch(`${baseUrl}/login`, {
      method: "POST",
      body: new URLSearchParams({ email, password: "second-password-2" }),
      redirect: "manual",
    });
    expect(login.status).toBe(302);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows an inline error for a wrong password and refuses the 6th rapid attempt", async () => {
    const user = await createUser();
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/login`);
    for (let attempt = 1; attempt <= 6; attempt++) {
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
        page.getByRole("button", { name: "Log in" }).click(),
      ]);
      const alert = page.getByRole("alert");
      await page.waitForFunction(() => !document.querySelector("form button[disabled]"));
      const text = await alert.textContent();
      if (attempt <= 5) expect(text).toContain("That email and password do not match");
      else expect(text).toMatch(/Too many failed attempts.*wait \d+ minutes/);
    }
    // Even the right password is refused while the account is throttled.
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(TEST_PASSWORD);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
      page.getByRole("button", { name: "Log in" }).click(),
    ]);
    await page.waitForFunction(() => !document.querySelector("form button[disabled]"));
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/Too many failed attempts/);
    expect(page.url()).toContain("/login");
    await page.close();
  });
});
