import crypto from "node:crypto";
import fs from "node:fs";
import { getOrgDashboard } from "#app/organizations/dashboard.server";
import { DashboardFiltersSchema } from "#app/organizations/dashboard-filters";
import { prisma } from "#app/utils/db.server";
import { createUser, sessionCookieFor } from "#tests/support/fixtures";
import { percentile, round, type BenchContext, type BenchRow } from "./support";

const LEARNERS = 10_000;
const COURSES = [
  "uncac-foundations",
  "ps-bribery-facilitation",
  "ps-conflicts-of-interest",
  "ps-gifts-hospitality",
  "ps-procurement-bid-rigging",
  "ps-speaking-up",
  "ps-third-parties",
  "investigating-corruption",
  "training-of-trainers",
  "annual-integrity-refresher",
];
const BATCH = 500;
const DAY = 86_400_000;

const id = () => crypto.randomBytes(12).toString("base64url");

/** Inserts rows in multi-row statements, one transaction per table, which is what makes 200k rows take seconds. */
async function insertRows(table: string, columns: string[], rows: unknown[][]) {
  await prisma.$transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      const placeholders = batch.map(() => `(${columns.map(() => "?").join(",")})`).join(",");
      await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${placeholders}`, ...batch.flat());
    }
  }, { timeout: 600_000 });
}

/** 10,000 members × 10 assigned courses with a spread of statuses, as a real company might look. */
async function seedOrganization() {
  const now = Date.now();
  const organization = await prisma.organization.create({ data: { name: "Bench Holdings", slug: `bench-${id()}` } });
  const at = (offsetDays: number) => new Date(now + offsetDays * DAY);
  const users = Array.from({ length: LEARNERS }, (_, i) => [id(), `member${i}@bench.example`, `Member ${String(i).padStart(5, "0")}`, `Member ${i}`, "en", organization.id, at(-400), at(-400)]);
  await insertRows("User", ["id", "email", "name", "legalName", "locale", "organizationId", "createdAt", "updatedAt"], users);
  await insertRows(
    "Assignment",
    ["id", "organizationId", "courseId", "groupId", "dueAt", "createdAt"],
    COURSES.map((courseId, i) => [id(), organization.id, courseId, null, at(i % 3 === 0 ? -30 : 60), at(-365)]),
  );
  const enrollments: unknown[][] = [];
  const certificates: unknown[][] = [];
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  for (const user of users) {
    for (const courseId of COURSES) {
      const roll = random();
      if (roll < 0.3) continue; // not enrolled yet
      const completed = roll > 0.55;
      const activity = roll > 0.4 ? at(-Math.floor(random() * 360)) : null;
      enrollments.push([id(), user[0], courseId, at(-380), activity, completed ? activity : null]);
      if (completed) {
        const issued = activity!;
        const code = crypto.randomBytes(16).toString("hex").toUpperCase();
        certificates.push([id(), user[0], courseId, 1, user[3], courseId, "en", "private-sector", issued, new Date(issued.getTime() + 365 * DAY), code, "valid", `${user[0]}:${courseId}:1`]);
      }
    }
  }
  await insertRows("Enrollment", ["id", "userId", "courseId", "enrolledAt", "lastActivityAt", "completedAt"], enrollments);
  await insertRows(
    "Certificate",
    ["id", "userId", "courseId", "courseVersion", "holderName", "courseTitle", "locale", "tier", "issuedAt", "expiresAt", "code", "status", "completionKey"],
    certificates,
  );
  return organization.id;
}

function rssKb(pid: number) {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) : Number.NaN;
}

/** Streams the CSV export and samples the server's resident memory while it does. */
async function streamCsv(url: string, cookie: string, pid: number) {
  const before = rssKb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssKb(pid))), 50);
  const started = performance.now();
  const response = await fetch(url, { headers: { Cookie: cookie, "Accept-Encoding": "identity" } });
  if (!response.ok || !response.body) throw new Error(`CSV export answered ${response.status}`);
  let lines = 0;
  const reader = response.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) for (const byte of next.value) if (byte === 10) lines++;
  const ms = performance.now() - started;
  clearInterval(sampler);
  return { ms, rows: lines - 1, before, peak: Math.max(peak, rssKb(pid)) };
}

export default async function organizations({ baseUrl, serverPid }: BenchContext): Promise<BenchRow[]> {
  const seedStarted = performance.now();
  const organizationId = await seedOrganization();
  console.error(`  seeded ${LEARNERS} members × ${COURSES.length} courses in ${round((performance.now() - seedStarted) / 1000)} s`);

  const filters = DashboardFiltersSchema.parse({});
  const timings: number[] = [];
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    const dashboard = await getOrgDashboard(organizationId, filters);
    timings.push(performance.now() - started);
    if (run === 0 && dashboard.counts.completed + dashboard.counts.expiring === 0) throw new Error("Seed produced no completions");
  }
  timings.sort((a, b) => a - b);

  const admin = await createUser({ roles: ["learner", "org-admin"], organizationId });
  const cookie = await sessionCookieFor(admin.id);
  const csv = await streamCsv(`${baseUrl}/org/${organizationId}/export.csv`, cookie, serverPid);
  // The admin who downloads is a member too.
  const expected = (LEARNERS + 1) * COURSES.length;
  if (csv.rows !== expected) throw new Error(`CSV had ${csv.rows} rows, expected ${expected}`);

  return [
    { name: "org dashboard data query (10k × 10): p50", value: round(percentile(timings, 50)), unit: "ms", goal: "< 200 ms" },
    { name: "org CSV export (100k rows): total time", value: round(csv.ms, 0), unit: "ms" },
    { name: "org CSV export: server RSS before", value: round(csv.before / 1024), unit: "MB" },
    { name: "org CSV export: server RSS growth at peak", value: round((csv.peak - csv.before) / 1024), unit: "MB", goal: "flat (streamed)" },
  ];
}
