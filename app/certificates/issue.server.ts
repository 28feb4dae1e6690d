// Writing certificates: the automatic issue on completion, and the admin's revoke and re-issue.
// Each runs in one transaction with its audit-log row, so a certificate never exists unrecorded.
import crypto from "node:crypto";
import { prisma, type TransactionClient as Tx } from "#app/utils/db.server";
import type { CertificateDraft } from "./issue-rule";
import { CODE_LENGTH, encodeVerificationCode } from "./verification-code";

export function newVerificationCode() {
  return encodeVerificationCode(crypto.randomBytes(CODE_LENGTH));
}

export async function writeAudit(
  tx: Tx,
  entry: { actorId: string | null; action: string; entityType: string; entityId: string; details?: Record<string, unknown> },
) {
  await tx.auditLog.create({ data: { ...entry, details: JSON.stringify(entry.details ?? {}) } });
}

/**
 * Inside the completion transaction: creates the certificate, replaces the learner's earlier one
 * for the course (a recertification), and marks a train-the-trainer graduate as certified trainer.
 * `completionKey` is unique, so even a second call for the same completion cannot add a row.
 */
export async function issueCertificate(tx: Tx, draft: CertificateDraft) {
  const certificate = await tx.certificate.create({ data: { ...draft, code: newVerificationCode() }, select: { id: true } });
  await tx.certificate.updateMany({
    where: { userId: draft.userId, courseId: draft.courseId, status: "valid", id: { not: certificate.id } },
    data: { status: "superseded", supersededById: certificate.id },
  });
  if (draft.certifiedTrainer) {
    await tx.user.updateMany({ where: { id: draft.userId, certifiedTrainerAt: null }, data: { certifiedTrainerAt: draft.issuedAt } });
  }
  await writeAudit(tx, {
    actorId: draft.userId,
    action: "certificate.issue",
    entityType: "Certificate",
    entityId: certificate.id,
    details: { courseId: draft.courseId, completionKey: draft.completionKey },
  });
  return certificate;
}

export async function revokeCertificate(certificateId: string, actorId: string, reason: string) {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.certificate.updateMany({
      where: { id: certificateId, status: "valid" },
      data: { status: "revoked", revokedAt: now, revokedReason: reason },
    });
    if (count === 1) await writeAudit(tx, { actorId, action: "certificate.revoke", entityType: "Certificate", entityId: certificateId, details: { reason } });
    return count === 1;
  });
}

/**
 * After a legal-name correction: the holder's name is corrected and a new certificate with the
 * same course, score and expiry replaces the old one, which then points to it.
 */
export async function reissueCertificate(certificateId: string, actorId: string, legalName: string) {
  return prisma.$transaction(async (tx) => {
    const old = await tx.certificate.findFirst({ where: { id: certificateId, status: "valid" } });
    if (!old) return null;
    const holderName = legalName.normalize("NFC").trim();
    await tx.user.update({ where: { id: old.userId }, data: { legalName: holderName } });
    const { userId, courseId, courseVersion, courseTitle, locale, tier, scorePercent, expiresAt, certifiedTrainer } = old;
    const replacement = await tx.certificate.create({
      data: { userId, courseId, courseVersion, courseTitle, locale, tier, scorePercent, expiresAt, certifiedTrainer, holderName, code: newVerificationCode() },
      select: { id: true },
    });
    await tx.certificate.update({ where: { id: old.id }, data: { status: "superseded", supersededById: replacement.id } });
    await writeAudit(tx, {
      actorId,
      action: "certificate.reissue",
      entityType: "Certificate",
      entityId: old.id,
      details: { replacement: replacement.id, previousName: old.holderName, holderName },
    });
    return replacement;
  });
}
