import type { Certificate } from "#app/generated/prisma/client";
import { renderCertificatePdf } from "./certificate-pdf.server";
import type { CertificateLocale, CertificateTier } from "./certificate-labels";
import { verifyUrl } from "./verification.server";
import { groupVerificationCode } from "./verification-code";

/** The stored certificate as a PDF response; the caller has already checked who may download it. */
export async function certificatePdfResponse(certificate: Certificate, requestUrl: string) {
  const pdf = await renderCertificatePdf({
    locale: certificate.locale as CertificateLocale,
    holderName: certificate.holderName,
    courseTitle: certificate.courseTitle,
    tier: certificate.tier as CertificateTier,
    score: certificate.scorePercent,
    issuedAt: certificate.issuedAt,
    expiresAt: certificate.expiresAt,
    verificationCode: groupVerificationCode(certificate.code),
    verifyUrl: verifyUrl(certificate.code, requestUrl),
    certifiedTrainer: certificate.certifiedTrainer,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="certificate-${certificate.courseId}-${certificate.code.slice(0, 8)}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
