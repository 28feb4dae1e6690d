import { execFileSync } from "node:child_process";
import fs from "node:fs";
import type { TestProject } from "vitest/node";
import { startServer } from "./support/server";
import { TEST_DIR, TEST_ENV } from "./support/test-env";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * A fresh, migrated and seeded SQLite file, then the production build served on a free port. The
 * suite talks to it over real HTTP and through a real Chromium.
 */
export default async function setup(project: TestProject) {
  fs.rmSync(TEST_DIR, { recursive: true, force: true });
  fs.mkdirSync(TEST_DIR, { recursive: true });
  const env = { ...process.env, ...TEST_ENV, CHECKPOINT_DISABLE: "1" };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "pipe" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "pipe" });
  if (!fs.existsSync(`${process.env.BUILD_DIR ?? "build"}/server/index.js`)) throw new Error("Run `npm run build` before the tests (npm test does).");
  const server = await startServer({ ...TEST_ENV, NODE_ENV: "production" });
  project.provide("baseUrl", server.url);
  return async () => {
    await server.stop();
    fs.rmSync(TEST_DIR, { recursive: true, force: true });
  };
}
