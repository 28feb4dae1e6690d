// A certificate's public status. "expired" is never stored: it follows from the expiry date at the
// moment of reading, so a certificate expires everywhere at once without a job to flip it.

export type StoredCertificateStatus = "valid" | "revoked" | "superseded";
export type CertificateStatus = StoredCertificateStatus | "expired";

const DAY_MS = 86_400_000;

export function certificateStatus(certificate: { status: string; expiresAt: Date | string | null }, now = new Date()): CertificateStatus {
  // Revocation and replacement say more than expiry, so they win.
  if (certificate.status === "revoked" || certificate.status === "superseded") return certificate.status;
  if (certificate.expiresAt && new Date(certificate.expiresAt).getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** Valid but ending within `days`, or already expired: the learner should recertify. */
export function needsRecertification(certificate: { status: string; expiresAt: Date | string | null }, now = new Date(), days = 90) {
  if (certificate.status !== "valid" || !certificate.expiresAt) return false;
  return new Date(certificate.expiresAt).getTime() <= now.getTime() + days * DAY_MS;
}
