import crypto from "node:crypto";
import bcrypt from "bcryptjs";
import { prisma } from "#app/utils/db.server";
import { sessionStorage } from "#app/utils/session.server";
import type { RoleName } from "#app/utils/permissions";

export const TEST_PASSWORD = "correct horse battery";
let passwordHash: string | undefined;

/** A user created directly in the test database, without clicking through sign-up. */
export async function createUser(options: { roles?: RoleName[]; locale?: string; legalName?: string; organizationId?: string } = {}) {
  passwordHash ??= await bcrypt.hash(TEST_PASSWORD, 4);
  const id = crypto.randomUUID().slice(0, 8);
  return prisma.user.create({
    data: {
      email: `user-${id}@test.academy`,
      name: `Tester ${id}`,
      legalName: options.legalName ?? `Test Learner ${id}`,
      locale: options.locale ?? "en",
      organizationId: options.organizationId,
      password: { create: { hash: passwordHash } },
      roles: { connect: (options.roles ?? ["learner"]).map((name) => ({ name })) },
    },
  });
}

/** A signed session cookie for the user, as the server would set it after login. */
export async function sessionCookieFor(userId: string) {
  const row = await prisma.session.create({ data: { userId, expiresAt: new Date(Date.now() + 86_400_000) } });
  const session = await sessionStorage.getSession();
  session.set("sessionId", row.id);
  const header = await sessionStorage.commitSession(session);
  return header.split(";")[0]!;
}

export function cookieForBrowser(cookieHeader: string, baseUrl: string) {
  const [name, ...rest] = cookieHeader.split("=");
  return { name: name!, value: rest.join("="), url: baseUrl };
}

export async function enroll(userId: string, courseId: string) {
  await prisma.enrollment.upsert({ where: { userId_courseId: { userId, courseId } }, update: {}, create: { userId, courseId } });
}

export async function completeCourse(userId: string, courseId: string) {
  await prisma.enrollment.upsert({
    where: { userId_courseId: { userId, courseId } },
    update: { completedAt: new Date() },
    create: { userId, courseId, completedAt: new Date() },
  });
}
