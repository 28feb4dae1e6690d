// Everything `npm start` needs before serving: migrate, seed an empty database, build when stale.
// Plain JS so it runs before anything is compiled.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import "dotenv/config";

const wantsBuild = process.argv.includes("--build");
const run = (cmd, args, extraEnv = {}) =>
  execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, CHECKPOINT_DISABLE: "1", ...extraEnv } });

const dbUrl = process.env.DATABASE_URL ?? "file:./data/academy.db";
if (dbUrl.startsWith("file:")) fs.mkdirSync(path.dirname(path.resolve(dbUrl.slice(5))), { recursive: true });

console.log("› Applying database migrations");
run("npx", ["prisma", "migrate", "deploy"]);
console.log("› Seeding demo data (skipped when the database already has users)");
run("npx", ["tsx", "prisma/seed.ts"]);

if (wantsBuild && isBuildStale()) {
  console.log("› Building the app");
  run("npx", ["remix", "vite:build"]);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

function isBuildStale() {
  const built = "build/server/index.js";
  if (!fs.existsSync(built)) return true;
  const sources = Math.max(newestMtime("app"), fs.statSync("package-lock.json").mtimeMs, fs.statSync("vite.config.ts").mtimeMs);
  return sources > fs.statSync(built).mtimeMs;
}
