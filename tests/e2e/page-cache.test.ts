import http from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { prisma } from "#app/utils/db.server";
import { createUser, enroll, sessionCookieFor } from "#tests/support/fixtures";
import { completeLesson } from "./certificates-helpers";

const baseUrl = inject("baseUrl");
const COURSE = "uncac-foundations";
const LESSON = "what-is-corruption";
const path = `/courses/${COURSE}/lessons/${LESSON}`;

async function get(cookie: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie, ...headers }, redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, cache: response.headers.get("x-page-cache"), headers: response.headers, body };
}

async function learner(options: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(options);
  await enroll(user.id, COURSE);
  return { user, cookie: await sessionCookieFor(user.id) };
}

const outlineStatus = (html: string, lessonId: string) =>
  new RegExp(`class="outline__item status--([a-z-]+)"><a[^>]*href="/courses/${COURSE}/lessons/${lessonId}"`).exec(html)?.[1];

describe("lesson pages are served from the page cache only while the learner's data is unchanged", () => {
  it("renders once, then answers the same learner's reload with identical bytes", async () => {
    const { cookie } = await learner();
    const first = await get(cookie);
    const second = await get(cookie);
    expect(first.status).toBe(200);
    expect(first.cache).toBe("miss");
    expect(second.cache).toBe("hit");
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  it("shows a lesson's new status as soon as it changes", async () => {
    const { cookie } = await learner();
    const before = await get(cookie);
    expect(outlineStatus(before.body.toString(), LESSON)).toBe("not-started");
    await completeLesson(cookie, COURSE, LESSON);
    const after = await get(cookie);
    expect(after.cache).toBe("miss");
    expect(outlineStatus(after.body.toString(), LESSON)).toBe("completed");
  });

  it("never shows one learner's page to another", async () => {
    const first = await learner();
    const second = await learner();
    await get(first.cookie);
    await get(first.cookie);
    const other = await get(second.cookie);
    expect(other.cache).toBe("miss");
    expect(other.body.toString()).toContain(second.user.name);
    expect(other.body.toString()).not.toContain(first.user.name);
  });

  it("follows a change of name, role or language", async () => {
    const { user, cookie } = await learner();
    await get(cookie);
    expect((await get(cookie)).cache).toBe("hit");

    await prisma.user.update({ where: { id: user.id }, data: { name: "Renamed Learner" } });
    const renamed = await get(cookie);
    expect(renamed.cache).toBe("miss");
    expect(renamed.body.toString()).toContain("Renamed Learner");

    await prisma.user.update({ where: { id: user.id }, data: { roles: { connect: { name: "trainer" } } } });
    const asTrainer = await get(cookie);
    expect(asTrainer.cache).toBe("miss");
    expect(asTrainer.body.toString()).toContain('href="/cohorts"');

    await prisma.user.update({ where: { id: user.id }, data: { locale: "zh" } });
    const inChinese = await get(cookie);
    expect(inChinese.cache).toBe("miss");
    expect(inChinese.body.toString()).toMatch(/<html lang="zh-Hans"/);
  });

  it("sends a signed-out or revoked session to the login page, not the cached page", async () => {
    const { user, cookie } = await learner();
    await get(cookie);
    expect((await get(cookie)).cache).toBe("hit");
    await prisma.session.deleteMany({ where: { userId: user.id } });
    const revoked = await get(cookie);
    expect(revoked.status).toBe(302);
    expect(revoked.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    const anonymous = await get("");
    expect(anonymous.status).toBe(302);
  });

  it("serves a cached page compressed, once per page, to browsers that ask for gzip", async () => {
    const { cookie } = await learner();
    const plain = await get(cookie);
    // node:http, because fetch would decompress the body before the test could see it.
    const raw = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${baseUrl}${path}`, { headers: { Cookie: cookie, "Accept-Encoding": "gzip" } }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });
    expect(raw.headers["x-page-cache"]).toBe("hit");
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(raw.body).equals(plain.body)).toBe(true);
  });
});

describe("interface text", () => {
  it("travels as a cacheable script per language, not inside every page", async () => {
    const { cookie } = await learner({ locale: "fr" });
    const html = (await get(cookie)).body.toString();
    const src = /<script src="(\/resources\/messages\/fr\.[a-f0-9]{16}\.js)"/.exec(html)?.[1];
    expect(src).toBeTruthy();
    expect(html).not.toContain('"messages"');
    const script = await fetch(`${baseUrl}${src}`);
    expect(script.status).toBe(200);
    expect(script.headers.get("cache-control")).toContain("immutable");
    expect(await script.text()).toMatch(/^\(window\.__messages \|\|= \{\}\)\["fr"\] = \{/);
    expect((await fetch(`${baseUrl}/resources/messages/xx.js`)).status).toBe(404);
  });
});
