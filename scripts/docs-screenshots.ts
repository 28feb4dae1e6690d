// Screenshots of every lesson component for docs/authoring.md, taken from a running server.
//
//   npx tsx scripts/docs-screenshots.ts http://127.0.0.1:3311
//
// Logs in as the demo trainer (who also sees facilitator notes), switches the interface to
// English, enrols in the courses it needs and saves one PNG per component to docs/images/.
// Use a throwaway database: the script answers a quiz question, plays a scenario and types a
// reflection, all of which are stored as the trainer's progress. For example:
//
//   npx remix vite:build
//   mkdir -p /tmp/docs-db
//   DATABASE_URL=file:/tmp/docs-db/a.db CHECKPOINT_DISABLE=1 npx prisma migrate deploy
//   DATABASE_URL=file:/tmp/docs-db/a.db npx tsx prisma/seed.ts
//   DATABASE_URL=file:/tmp/docs-db/a.db CACHE_DIR=/tmp/docs-db/cache PORT=3311 HOST=127.0.0.1 \
//     QUIET_START=1 node scripts/serve.js &
//
// The server must keep serving the build it started with: if build/ is rebuilt while it runs,
// its /assets/ files are gone, lessons never start and the script stops with an error. In a
// shared checkout, copy build/ elsewhere (with package.json, scripts/serve.js and symlinks to
// node_modules and content) and start the server from there. Stop it by its PID afterwards.
import fs from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";

const baseUrl = (process.argv[2] ?? "http://localhost:3000").replace(/\/+$/, "");
const outDir = path.resolve("docs/images");
const PASSWORD = "integrity-demo";
const TRAINER = "trainer@demo.academy";
const ADMIN = "admin@demo.academy";
const MAX_BYTES = 150 * 1024;

/** Lessons with the components we show; both courses have no prerequisites in the demo content. */
const STRUCTURE = { course: "uncac-foundations", lesson: "convention-structure" };
const GIFTS = { course: "ps-gifts-hospitality", lesson: "scenario" };

const saved: { file: string; bytes: number }[] = [];

async function main() {
  await fs.mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const trainer = await signIn(browser, TRAINER);
    // --- uncac-foundations / convention-structure: quiz, figure, callout, knowledge check,
    //     glossary term, facilitator note
    let page = await openLesson(browser, trainer, STRUCTURE.course, STRUCTURE.lesson);

    const callout = page.locator(".lesson-body .callout").first();
    await shoot(callout, "callout");

    const figure = page.locator(".lesson-figure").first();
    await figure.scrollIntoViewIfNeeded();
    await figure.locator("img").evaluate(
      (img: HTMLImageElement) =>
        img.complete && img.naturalWidth > 0
          ? undefined
          : new Promise<void>((resolve, reject) => {
              img.addEventListener("load", () => resolve(), { once: true });
              img.addEventListener("error", () => reject(new Error(`figure image failed to load: ${img.src}`)), { once: true });
            }),
    );
    await shoot(figure, "figure");

    // A knowledge check opened before (an earlier run) opens again on load: close it first.
    const check = page.locator(".knowledge-check").first();
    const isOpen = () => check.evaluate((d: HTMLDetailsElement) => d.open);
    if (await isOpen()) await check.locator("summary").click();
    await page.mouse.move(0, 0);
    await shoot(check, "knowledge-check");
    if (!(await isOpen())) await check.locator("summary").click();
    await page.mouse.move(0, 0);
    await check.locator(".knowledge-check__answer").waitFor();
    await shoot(check, "knowledge-check-open");

    const question = page.locator(".quiz fieldset").first();
    await resetQuestion(question);
    await shoot(page.locator(".quiz").first(), "quiz", { until: question });
    // Choose a wrong answer on purpose: the learner then sees the feedback for that option, the
    // correct answer and the explanation, which is what the guide wants authors to write well.
    await chooseFirstOption(question);
    await question.getByRole("button", { name: "Check answer" }).click();
    await question.locator(".question__explanation").waitFor();
    await page.mouse.move(0, 0);
    await shoot(question, "quiz-answered", { pad: 12 });

    const note = page.locator(".facilitator-note").first();
    await shoot(note, "facilitator-note");

    const termParagraph = page.locator(".lesson-body p:has(a.glossary-term)").first();
    await shoot(termParagraph, "glossary", { pad: 12 });

    // --- ps-gifts-hospitality / scenario: Uncac chips, scenario, reflection
    page = await openLesson(browser, trainer, GIFTS.course, GIFTS.lesson);

    const chipParagraph = page.locator(".lesson-body p:has(a.uncac-ref)").first();
    await shoot(chipParagraph, "uncac", { pad: 12 });

    const scenario = page.locator(".scenario").first();
    await restartScenario(scenario);
    await shoot(scenario, "scenario");
    // One choice: the learner sees what they chose, its consequence and the next step.
    await scenario.locator(".scenario__choice").nth(1).click();
    await scenario.locator(".scenario__consequence").first().waitFor();
    await page.mouse.move(0, 0);
    await shoot(scenario.locator(".scenario__past").first(), "scenario-consequence", { pad: 12 });
    // Follow the first choice until an ending is reached.
    for (let i = 0; i < 10 && (await scenario.locator(".scenario__ending").count()) === 0; i++) {
      await scenario.locator(".scenario__choice").first().click();
      await page.waitForTimeout(150);
    }
    await page.mouse.move(0, 0);
    await shoot(scenario.locator(".scenario__ending"), "scenario-ending");

    const reflection = page.locator(".reflection").first();
    const field = reflection.locator("textarea");
    await field.fill(
      "Last month our team accepted a dinner invitation from a supplier whose contract is up for renewal. It was not recorded. From now on we will declare every invitation in the register before answering it.",
    );
    await field.blur();
    await reflection.getByText("Saved with your progress").waitFor();
    await shoot(reflection, "reflection");

    // --- the glossary page, where <Glossary> and <Uncac> links lead
    await page.goto(`${baseUrl}/glossary#term-undue-advantage`);
    await shoot(page.locator("#term-undue-advantage"), "glossary-page-term");
    await page.goto(`${baseUrl}/glossary#article-21`);
    await shoot(page.locator("#article-21"), "glossary-page-article");

    await trainer.context.close();
  } finally {
    await browser.close();
  }

  for (const { file, bytes } of saved) console.log(`${path.relative(process.cwd(), file)}  ${(bytes / 1024).toFixed(0)} KB`);
  const tooBig = saved.filter((s) => s.bytes > MAX_BYTES);
  if (tooBig.length) {
    console.error(`Larger than ${MAX_BYTES / 1024} KB: ${tooBig.map((s) => path.basename(s.file)).join(", ")}`);
    process.exitCode = 1;
  }
}

type Session = { context: BrowserContext; page: Page };

/** A fresh browser context logged in through the real /login form, with the interface in English. */
async function signIn(browser: Browser, email: string): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 900, height: 1000 }, deviceScaleFactor: 1, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith("/login")),
    page.locator('form[method="post"] button[type="submit"]').click(),
  ]);
  // The demo trainer's profile language is Chinese; the guide shows the English interface.
  // Posting to /resources/locale saves the choice in the profile (this is a throwaway database).
  const response = await page.request.post(`${baseUrl}/resources/locale`, { form: { locale: "en", redirectTo: "/" } });
  if (!response.ok()) throw new Error(`could not switch ${email} to English: HTTP ${response.status()}`);
  return { context, page };
}

/**
 * Opens a lesson, enrolling first when needed. A course whose prerequisites the trainer has not
 * met is opened by the platform admin instead, who may waive them (intent=waive); the admin's
 * page then stands in for the trainer's.
 */
async function openLesson(browser: Browser, session: Session, courseId: string, lessonId: string): Promise<Page> {
  const { page } = session;
  const lessonUrl = `${baseUrl}/courses/${courseId}/lessons/${lessonId}`;
  await page.goto(lessonUrl);
  if (new URL(page.url()).pathname !== new URL(lessonUrl).pathname) {
    const enroll = page.locator('button[name="intent"][value="enroll"]');
    if ((await enroll.count()) > 0) {
      await Promise.all([page.waitForURL(/\/lessons\//), enroll.click()]);
    } else {
      console.warn(`${courseId}: prerequisites not met for ${TRAINER}; waiving them as ${ADMIN}`);
      const admin = await signIn(browser, ADMIN);
      await admin.page.goto(`${baseUrl}/courses/${courseId}`);
      await Promise.all([admin.page.waitForURL(/\/lessons\//), admin.page.locator('button[name="intent"][value="waive"]').click()]);
      await session.context.close();
      session.context = admin.context;
      session.page = admin.page;
    }
    await session.page.goto(lessonUrl);
  }
  await session.page.locator(".lesson-body").waitFor();
  // Wait for the tracker to restore saved progress, so later clicks are not undone by it. If it
  // never starts, the page did not hydrate: usually the server's build/ was rebuilt under it
  // and its /assets/ files are gone (restart the server).
  await session.page
    .getByText("All progress saved")
    .first()
    .waitFor({ timeout: 20_000 })
    .catch(() => {
      throw new Error(`${courseId}/${lessonId}: the lesson player did not start; is the server serving its own build?`);
    });
  await session.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return session.page;
}

/** A second run finds the question already answered; "Try again" puts it back to unanswered. */
async function resetQuestion(question: Locator) {
  const again = question.getByRole("button", { name: "Try again" });
  if ((await again.count()) > 0) await again.click();
  await question.getByRole("button", { name: "Check answer" }).waitFor();
}

/**
 * Selects the first option. Saving the reset answer can re-render the question just after the
 * click and drop the selection, so try again until "Check answer" is enabled.
 */
async function chooseFirstOption(question: Locator) {
  const button = question.getByRole("button", { name: "Check answer" });
  for (let attempt = 0; attempt < 10; attempt++) {
    await question.locator("input").first().check();
    if (await button.isEnabled()) return;
    await question.page().waitForTimeout(300);
    if (await button.isEnabled()) return;
  }
  throw new Error("could not select an answer in the first quiz question");
}

/** Likewise a scenario restored at an ending, or part-way, is started again. */
async function restartScenario(scenario: Locator) {
  const again = scenario.getByRole("button", { name: "Start again" });
  if ((await again.count()) > 0) await again.click();
  if ((await scenario.locator(".scenario__past").count()) > 0) {
    throw new Error("the scenario is part-way through from an earlier run; use a fresh database");
  }
}

/**
 * Saves one element at CSS pixel size. `pad` adds a margin of page around elements that have no
 * frame of their own (a paragraph); `until` keeps only the part down to the end of that child.
 */
async function shoot(locator: Locator, name: string, options: { pad?: number; until?: Locator } = {}) {
  const file = path.join(outDir, `${name}.png`);
  await locator.scrollIntoViewIfNeeded();
  if (options.pad || options.until) {
    const outer = await locator.boundingBox();
    const inner = options.until ? await options.until.boundingBox() : outer;
    if (!outer || !inner) throw new Error(`${name}: element is not visible`);
    const pad = options.pad ?? 0;
    const bottom = options.until ? inner.y + inner.height + 16 : outer.y + outer.height;
    // Bounding boxes are relative to the viewport; a full-page clip wants page coordinates.
    const page = locator.page();
    const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
    await page.screenshot({
      path: file,
      fullPage: true,
      scale: "css",
      animations: "disabled",
      clip: {
        x: Math.max(0, outer.x + scroll.x - pad),
        y: Math.max(0, outer.y + scroll.y - pad),
        width: outer.width + 2 * pad,
        height: bottom - outer.y + 2 * pad,
      },
    });
  } else {
    await locator.screenshot({ path: file, scale: "css", animations: "disabled" });
  }
  const { size } = await fs.stat(file);
  saved.push({ file, bytes: size });
}

await main();
