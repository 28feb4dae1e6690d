// `npm run bench`: migrates a scratch database, serves the production build, runs every
// bench/*.bench.ts in turn and prints one table. Ratios compare figures from this same run.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startServer } from "#tests/support/server";
import type { BenchContext, BenchRow } from "./support";

// Per run, so two benchmark runs on one machine never share a database.
const dir = path.resolve(`bench/.tmp/run-${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const env = {
  DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
  SESSION_SECRET: "bench-secret-bench-secret",
  CACHE_DIR: path.join(dir, "cache"),
  OUTBOX_DIR: path.join(dir, "outbox"),
  QUIET_START: "1",
  HOST: "127.0.0.1",
  NODE_ENV: "production",
};
Object.assign(process.env, env);
const buildDir = process.env.BUILD_DIR ?? "build";
if (!fs.existsSync(path.join(buildDir, "server/index.js"))) execFileSync("npx", ["remix", "vite:build"], { stdio: "inherit" });
execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, CHECKPOINT_DISABLE: "1" }, stdio: "pipe" });
execFileSync("npx", ["tsx", "prisma/seed.ts"], { env: process.env, stdio: "pipe" });

const server = await startServer(env);
const { createUser, enroll, sessionCookieFor } = await import("#tests/support/fixtures");
const rows: BenchRow[] = [];
const context: BenchContext = {
  baseUrl: server.url,
  serverPid: server.process.pid!,
  previous: rows,
  async learnerCookie(courseId = "uncac-foundations") {
    const user = await createUser();
    await enroll(user.id, courseId);
    return { cookie: await sessionCookieFor(user.id), userId: user.id };
  },
};

const only = process.argv[2];
const files = fs.readdirSync("bench").filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only) || f.startsWith("01-"))).sort();
try {
  for (const file of files) {
    console.error(`› ${file}`);
    const run = (await import(`./${file}`)) as { default: (ctx: BenchContext) => Promise<BenchRow[]> };
    rows.push(...(await run.default(context)));
  }
} finally {
  await server.stop();
}

const table = rows.map((row) => ({
  benchmark: row.name,
  value: `${row.value} ${row.unit}`,
  baseline: row.baseline ? `${row.baseline.value} ${row.unit} (${row.baseline.name})` : "",
  ratio: row.baseline ? `${(row.value / row.baseline.value).toFixed(2)}×` : "",
  goal: row.goal ?? "",
}));
console.table(table);
fs.writeFileSync(path.resolve("bench/.tmp/results.json"), JSON.stringify(rows, null, 2));
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
