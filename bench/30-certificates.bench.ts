import { loadTest, percentile, previousValue, round, type BenchContext, type BenchRow } from "./support";

const RENDERS = 100;

/**
 * PDF rendering in-process (the renderer is CPU-bound, so HTTP would only add noise), across the
 * four scripts a certificate must print; then the public verification page under load.
 */
export default async function certificates(ctx: BenchContext): Promise<BenchRow[]> {
  // Imported here: run.ts sets DATABASE_URL before any bench runs.
  const { renderCertificatePdf } = await import("#app/certificates/certificate-pdf.server");
  const { newVerificationCode } = await import("#app/certificates/issue.server");
  const { groupVerificationCode } = await import("#app/certificates/verification-code");
  const { prisma } = await import("#app/utils/db.server");

  const holders = [
    { locale: "zh", holderName: "王小明", courseTitle: "《联合国反腐败公约》基础" },
    { locale: "ar", holderName: "محمد عبد الله", courseTitle: "أساسيات اتفاقية الأمم المتحدة لمكافحة الفساد" },
    { locale: "ru", holderName: "Ёлкина Анна", courseTitle: "Основы Конвенции ООН против коррупции" },
    { locale: "es", holderName: "José Núñez", courseTitle: "Regalos, hospitalidad y entretenimiento" },
  ] as const;
  const code = newVerificationCode();
  const input = (i: number) => ({
    ...holders[i % holders.length]!,
    tier: "basic" as const,
    score: 90,
    issuedAt: new Date(),
    expiresAt: new Date(Date.now() + 365 * 86_400_000),
    verificationCode: groupVerificationCode(code),
    verifyUrl: `${ctx.baseUrl}/verify/${code}`,
    certifiedTrainer: false,
  });
  for (let i = 0; i < holders.length; i++) await renderCertificatePdf(input(i)); // warm fonts and formatters
  const times: number[] = [];
  for (let i = 0; i < RENDERS; i++) {
    const start = performance.now();
    await renderCertificatePdf(input(i));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);

  const { userId } = await ctx.learnerCookie();
  await prisma.certificate.create({
    data: { userId, courseId: "uncac-foundations", courseVersion: 1, holderName: "José Núñez", courseTitle: "UNCAC foundations", locale: "en", tier: "basic", code },
  });
  // Real codes cost no rate-limit budget, so the whole run measures the page itself.
  const verify = await loadTest({ url: `${ctx.baseUrl}/verify/${code}` });
  if (verify.non2xx || verify.errors) throw new Error(`verify page: ${verify.non2xx} non-2xx, ${verify.errors} errors`);

  return [
    { name: "certificate PDF render: p50", value: round(percentile(times, 50)), unit: "ms", goal: "≤ 50 ms" },
    { name: "certificate PDF render: p95", value: round(percentile(times, 95)), unit: "ms" },
    {
      name: "verification page GET: throughput",
      value: round(verify.rps, 0),
      unit: "req/s",
      baseline: previousValue(ctx, "minimal route GET: throughput"),
    },
    { name: "verification page GET: p50 latency", value: verify.p50, unit: "ms" },
    { name: "verification page GET: p99 latency", value: verify.p99, unit: "ms" },
  ];
}
