import crypto from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "#app/utils/db.server";
import { createUser, sessionCookieFor } from "#tests/support/fixtures";

const baseUrl = inject("baseUrl");

type World = {
  orgA: string;
  orgB: string;
  memberB: string;
  cohortA: string;
  cohortB: string;
  cookies: Record<"adminA" | "trainerA" | "learner" | "platform", string>;
};
let world: World;

async function organization(name: string) {
  return prisma.organization.create({ data: { name, slug: `${name.toLowerCase()}-${crypto.randomUUID().slice(0, 8)}` } });
}

async function cohort(trainerId: string) {
  return prisma.cohort.create({ data: { trainerId, name: "Workshop", joinCode: crypto.randomBytes(4).toString("hex").toUpperCase(), courses: { create: [{ courseId: "uncac-foundations" }] } } });
}

beforeAll(async () => {
  const [a, b] = [await organization("Alpha"), await organization("Beta")];
  const adminA = await createUser({ roles: ["learner", "org-admin"], organizationId: a.id });
  const memberB = await createUser({ organizationId: b.id });
  await prisma.assignment.create({ data: { organizationId: b.id, courseId: "ps-speaking-up" } });
  const trainerA = await createUser({ roles: ["learner", "trainer"] });
  const trainerB = await createUser({ roles: ["learner", "trainer"] });
  const learner = await createUser({ organizationId: a.id });
  const platform = await createUser({ roles: ["learner", "admin"] });
  world = {
    orgA: a.id,
    orgB: b.id,
    memberB: memberB.id,
    cohortA: (await cohort(trainerA.id)).id,
    cohortB: (await cohort(trainerB.id)).id,
    cookies: {
      adminA: await sessionCookieFor(adminA.id),
      trainerA: await sessionCookieFor(trainerA.id),
      learner: await sessionCookieFor(learner.id),
      platform: await sessionCookieFor(platform.id),
    },
  };
});

const orgRoutes = (org: string, member: string) => [
  `/org/${org}`,
  `/org/${org}/members`,
  `/org/${org}/members/${member}`,
  `/org/${org}/assignments`,
  `/org/${org}/export.csv`,
  `/org/${org}/export.csv?status=overdue`,
  `/org/${org}/evidence.csv`,
  `/org/${org}/evidence.pdf`,
];
const cohortRoutes = (cohort: string) => [`/cohorts/${cohort}`, `/cohorts/${cohort}/export.csv`];

const get = (path: string, cookie: string) => fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });

describe("report scoping", () => {
  it("answers 404 to an org admin asking for another organization's dashboard, members, exports or evidence", async () => {
    for (const path of orgRoutes(world.orgB, world.memberB)) {
      const response = await get(path, world.cookies.adminA);
      expect([403, 404], path).toContain(response.status);
      expect(await response.text(), path).not.toContain("ps-speaking-up");
    }
  });

  it("answers 404 for another organization's member reached through the admin's own organization", async () => {
    expect((await get(`/org/${world.orgA}/members/${world.memberB}`, world.cookies.adminA)).status).toBe(404);
  });

  it("refuses changes to another organization and writes nothing", async () => {
    const before = await prisma.organizationInvite.count({ where: { organizationId: world.orgB } });
    const posts: [string, Record<string, string>][] = [
      [`/org/${world.orgB}/members`, { intent: "invite", name: "Eve", email: "eve@example.org" }],
      [`/org/${world.orgB}/members`, { intent: "share-link" }],
      [`/org/${world.orgB}/assignments`, { courseId: "ps-third-parties" }],
      [`/org/${world.orgB}/members/${world.memberB}`, { groupIds: "x" }],
    ];
    for (const [path, body] of posts) {
      const response = await fetch(`${baseUrl}${path}`, { method: "POST", headers: { Cookie: world.cookies.adminA }, body: new URLSearchParams(body), redirect: "manual" });
      expect([403, 404], path).toContain(response.status);
    }
    expect(await prisma.organizationInvite.count({ where: { organizationId: world.orgB } })).toBe(before);
    expect(await prisma.assignment.count({ where: { organizationId: world.orgB, courseId: "ps-third-parties" } })).toBe(0);
  });

  it("answers 404 to a trainer asking for another trainer's cohort or its export", async () => {
    for (const path of cohortRoutes(world.cohortB)) {
      expect((await get(path, world.cookies.trainerA)).status, path).toBe(404);
    }
    expect((await get(`/cohorts/${world.cohortA}`, world.cookies.trainerA)).status).toBe(200);
  });

  it("answers 403 to a learner on every report and export, even of their own organization", async () => {
    for (const path of ["/org", "/cohorts", "/cohorts/new", ...orgRoutes(world.orgA, world.memberB), ...cohortRoutes(world.cohortA)]) {
      expect((await get(path, world.cookies.learner)).status, path).toBe(403);
    }
  });

  it("lets the org admin see their own organization and a platform admin see any", async () => {
    expect((await get(`/org/${world.orgA}`, world.cookies.adminA)).status).toBe(200);
    for (const path of [...orgRoutes(world.orgB, world.memberB), ...cohortRoutes(world.cohortB)]) {
      expect((await get(path, world.cookies.platform)).status, path).toBe(200);
    }
  });
});
