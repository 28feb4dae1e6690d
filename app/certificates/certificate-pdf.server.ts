// Renders a completion certificate as an A4 landscape PDF (pdfkit, vector QR code).
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { certificateLabels, type CertificateLocale, type CertificateTier } from "./certificate-labels";
import { drawLine, layoutLine, type Direction } from "./pdf-text.server";

export type CertificatePdfInput = {
  locale: CertificateLocale;
  holderName: string;
  courseTitle: string;
  tier: CertificateTier;
  /** Percentage, 0–100. */
  score: number | null;
  issuedAt: Date;
  expiresAt: Date | null;
  verificationCode: string /* already grouped for display */;
  verifyUrl: string;
  certifiedTrainer: boolean;
};

export const PLATFORM_NAME = "Integrity Academy";

/** Every string printed on the certificate, so tests can check glyph coverage without parsing the PDF. */
export type CertificateText = {
  platform: string;
  heading: string;
  certifies: string;
  holderName: string;
  hasCompleted: string;
  courseTitle: string;
  details: string;
  certifiedTrainer: string | null;
  issued: string;
  validUntil: string;
  codeLabel: string;
  code: string;
  scanToVerify: string;
  url: string;
};

// Building Intl formatters costs more than using them, so one pair per locale.
const formatters = new Map<CertificateLocale, { date: Intl.DateTimeFormat; percent: Intl.NumberFormat }>();

function formattersFor(locale: CertificateLocale) {
  let f = formatters.get(locale);
  if (!f) {
    f = {
      // UTC so the printed date does not depend on the server's time zone.
      date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }),
      percent: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }),
    };
    formatters.set(locale, f);
  }
  return f;
}

export function certificateText(input: CertificatePdfInput): CertificateText {
  const l = certificateLabels(input.locale);
  const { date, percent } = formattersFor(input.locale);
  const details = [l.field(l.level, l.tiers[input.tier])];
  if (input.score !== null) details.push(l.field(l.score, percent.format(input.score / 100)));
  return {
    platform: PLATFORM_NAME,
    heading: l.heading,
    certifies: l.certifies,
    holderName: input.holderName.normalize("NFC"),
    hasCompleted: l.hasCompleted,
    courseTitle: input.courseTitle.normalize("NFC"),
    details: details.join("   ·   "),
    certifiedTrainer: input.certifiedTrainer ? l.certifiedTrainer : null,
    issued: l.field(l.issued, date.format(input.issuedAt)),
    validUntil: input.expiresAt ? l.field(l.validUntil, date.format(input.expiresAt)) : l.noExpiry,
    codeLabel: l.verificationCode,
    code: input.verificationCode,
    scanToVerify: l.scanToVerify,
    url: input.verifyUrl,
  };
}

// A4 landscape in points.
const W = 841.89;
const H = 595.28;
const CX = W / 2;
const NAVY = "#1F3A5F";
const GOLD = "#B08D57";
const INK = "#1C1C1C";
const GREY = "#5A5F66";

function drawFrame(doc: PDFKit.PDFDocument): void {
  doc.rect(0, 0, W, H).fill("#FFFDF8");
  doc.lineWidth(3).rect(18, 18, W - 36, H - 36).stroke(NAVY);
  doc.lineWidth(0.8).rect(27, 27, W - 54, H - 54).stroke(GOLD);
  // Small diamonds on the inner frame's corners.
  for (const [x, y] of [[27, 27], [W - 27, 27], [27, H - 27], [W - 27, H - 27]] as const) {
    doc.polygon([x, y - 6], [x + 6, y], [x, y + 6], [x - 6, y]).fill(GOLD);
  }
}

function drawSeal(doc: PDFKit.PDFDocument, cx: number, cy: number): void {
  doc.lineWidth(1.6).circle(cx, cy, 30).stroke(GOLD);
  doc.lineWidth(0.6).circle(cx, cy, 25).stroke(GOLD);
  drawLine(doc, "IA", cx, cy + 7, { size: 19, weight: 700, color: NAVY, align: "center", direction: "ltr" });
}

/** Where the QR code goes (in points, top-left origin): on the reading-end side. Exported for tests. */
export function qrBox(rtl: boolean): { x: number; y: number; size: number } {
  const size = 92;
  return { x: rtl ? 72 : W - 72 - size, y: 402, size };
}

// One path of merged horizontal module runs, filled once: no hairline seams
// between modules in viewers, and about 1 KB per code.
function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number): void {
  const modules = QRCode.create(url, { errorCorrectionLevel: "M" }).modules;
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(x + start * cell, y + row * cell, (col - start) * cell, cell);
    }
  }
  doc.fill(INK);
}

export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  const t = certificateText(input);
  const rtl = certificateLabels(input.locale).dir === "rtl";
  // Layout lines use the locale's direction; user-supplied text resolves its own.
  const dir: Direction = rtl ? "rtl" : "ltr";

  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 0,
    lang: input.locale,
    displayTitle: true,
    info: {
      Title: `${t.heading} – ${t.holderName}`,
      Author: PLATFORM_NAME,
      Subject: t.courseTitle,
      Creator: PLATFORM_NAME,
      // Fixed to the issue date so re-rendering the same certificate gives the same bytes.
      CreationDate: input.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  drawFrame(doc);

  drawLine(doc, t.platform, CX, 80, { size: 15, weight: 700, color: NAVY, align: "center", direction: "ltr" });
  doc.lineWidth(1).moveTo(CX - 36, 93).lineTo(CX + 36, 93).stroke(GOLD);
  drawLine(doc, t.heading, CX, 140, { size: 30, weight: 700, color: NAVY, align: "center", direction: dir, maxWidth: 680 });
  drawLine(doc, t.certifies, CX, 180, { size: 13, color: GREY, align: "center", direction: dir });
  drawLine(doc, t.holderName, CX, 228, { size: 34, weight: 700, color: INK, align: "center", maxWidth: 640, minSize: 16 });
  doc.lineWidth(0.8).moveTo(CX - 190, 244).lineTo(CX + 190, 244).stroke(GOLD);
  drawLine(doc, t.hasCompleted, CX, 272, { size: 13, color: GREY, align: "center", direction: dir });
  drawLine(doc, t.courseTitle, CX, 306, { size: 21, weight: 700, color: NAVY, align: "center", maxWidth: 660, minSize: 11 });
  drawLine(doc, t.details, CX, 334, { size: 12.5, color: INK, align: "center", direction: dir, maxWidth: 660 });
  if (t.certifiedTrainer) {
    drawLine(doc, t.certifiedTrainer, CX, 362, { size: 13, weight: 700, color: GOLD, align: "center", direction: dir });
  }

  // Footer: dates on the reading-start side, seal and code in the middle, QR on the end side.
  const startX = rtl ? W - 72 : 72;
  const startAlign = rtl ? "right" : "left";
  drawLine(doc, t.issued, startX, 482, { size: 11, color: INK, align: startAlign, direction: dir, maxWidth: 230 });
  drawLine(doc, t.validUntil, startX, 502, { size: 11, color: INK, align: startAlign, direction: dir, maxWidth: 230 });

  drawSeal(doc, CX, 432);
  drawLine(doc, t.codeLabel, CX, 482, { size: 9.5, color: GREY, align: "center", direction: dir });
  drawLine(doc, t.code, CX, 502, { size: 14, weight: 700, color: INK, align: "center", direction: "ltr", maxWidth: 240 });

  const { x: qrX, y: qrY, size: qrSize } = qrBox(rtl);
  // Label and URL keep clear of the code's quiet zone (4 modules, ~12 pt at version 3).
  drawLine(doc, t.scanToVerify, qrX + qrSize / 2, qrY - 14, { size: 8.5, color: GREY, align: "center", direction: dir });
  drawQr(doc, t.url, qrX, qrY, qrSize);
  // URL centred under the code, shifted inwards when it is too long to fit inside the frame there.
  const urlStyle = { size: 7.5, direction: "ltr", maxWidth: 230, minSize: 4 } as const;
  const half = layoutLine(t.url, urlStyle).width / 2;
  const urlCentre = Math.min(Math.max(qrX + qrSize / 2, 40 + half), W - 40 - half);
  drawLine(doc, t.url, urlCentre, qrY + qrSize + 18, { ...urlStyle, color: GREY, align: "center" });

  doc.end();
  return done;
}
