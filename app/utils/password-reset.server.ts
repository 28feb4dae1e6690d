import crypto from "node:crypto";
import { prisma } from "./db.server";

const RESET_TTL_MS = 60 * 60_000;

const sha256 = (value: string) => crypto.createHash("sha256").update(value).digest("hex");

export async function createResetToken(userId: string) {
  const token = crypto.randomBytes(32).toString("base64url");
  await prisma.passwordResetToken.create({
    data: { userId, tokenHash: sha256(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) },
  });
  return token;
}

export async function findValidResetToken(token: string) {
  return prisma.passwordResetToken.findFirst({
    where: { tokenHash: sha256(token), usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, userId: true },
  });
}

/** Sets the password, burns the token and signs out every session, all or nothing. */
export async function resetPassword(tokenId: string, userId: string, passwordHash: string) {
  await prisma.$transaction([
    prisma.password.upsert({ where: { userId }, update: { hash: passwordHash }, create: { userId, hash: passwordHash } }),
    prisma.passwordResetToken.update({ where: { id: tokenId }, data: { usedAt: new Date() } }),
    prisma.session.deleteMany({ where: { userId } }),
  ]);
}
