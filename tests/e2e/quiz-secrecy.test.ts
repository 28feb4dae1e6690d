import { describe, expect, inject, it } from "vitest";
import { lessonManifest } from "#tests/support/catalog";
import { createUser, enroll, sessionCookieFor } from "#tests/support/fixtures";

const baseUrl = inject("baseUrl");

/** Every script the lesson page loads up front, plus everything those scripts import. */
async function lessonPageAndScripts(path: string, cookie: string) {
  const html = await (await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie } })).text();
  const pending = [...html.matchAll(/(?:src|href)="(\/(?:assets|resources\/lesson-code)\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const scripts: string[] = [];
  while (pending.length) {
    const url = pending.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = await (await fetch(`${baseUrl}${url}`, { headers: { Cookie: cookie } })).text();
    scripts.push(code);
    for (const m of code.matchAll(/["'`](?:\.\/|\/assets\/)([\w.-]+\.js)["'`]/g)) pending.push(`/assets/${m[1]}`);
  }
  return { html, scripts, scriptCount: seen.size };
}

describe("quiz answers are not in the lesson page", () => {
  for (const [courseId, lessonId] of [
    ["uncac-foundations", "final-assessment"],
    ["uncac-foundations", "convention-structure"],
    ["ps-bribery-facilitation", "check"],
  ] as const) {
    it(`${courseId}/${lessonId}: no correct flag, feedback or explanation before answering`, async () => {
      const user = await createUser();
      await enroll(user.id, courseId);
      const { html, scripts, scriptCount } = await lessonPageAndScripts(`/courses/${courseId}/lessons/${lessonId}`, await sessionCookieFor(user.id));
      expect(scriptCount).toBeGreaterThan(3);
      expect(scripts.some((code) => code.includes("window.__lessons")), "the lesson's own script was checked").toBe(true);
      const manifest = await lessonManifest(courseId, lessonId);
      const questions = manifest.quizzes.flatMap((q) => q.questions);
      expect(questions.length).toBeGreaterThan(0);

      // The page shows every prompt and option, so the test would notice a page without the quiz.
      const decoded = html.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");
      for (const q of questions) expect(decoded).toContain(q.options[0]!.text.slice(0, 20));

      const everything = [decoded, ...scripts].join("\n");
      for (const q of questions) {
        expect(everything).not.toContain(q.explanation.slice(0, 60));
        for (const option of q.options) expect(everything).not.toContain(option.feedback.slice(0, 60));
      }
      // Compiled JSX keeps prop names: a leaked key would appear as `correct:!0` or `correct:true`.
      expect(everything).not.toMatch(/\bcorrect:\s*(!0|true)/);
    });
  }
});
