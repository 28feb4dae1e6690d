// Renders real certificates and inspects them with poppler (pdftotext, pdfinfo,
// pdffonts, pdftoppm), because the failures that matter here (missing glyphs,
// reversed Arabic, decomposed accents) only show up in the finished PDF.
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import QRCode from "qrcode";
import { certificateText, qrBox, renderCertificatePdf, type CertificatePdfInput } from "./certificate-pdf.server";
import { layoutLine, missingGlyphs, visualRuns } from "./pdf-text.server";

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "certificates-"));

function poppler(tool: string, args: string[]): string {
  if (!fs.existsSync(`/usr/bin/${tool}`)) throw new Error(`${tool} not found: install poppler-utils`);
  return execFileSync(tool, args, { encoding: "utf8" });
}

// pdftotext wraps RTL lines in embedding controls; they are not part of the text.
const clean = (s: string) =>
  s
    .normalize("NFC")
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ");

const base: Omit<CertificatePdfInput, "locale" | "holderName" | "courseTitle"> = {
  tier: "advanced",
  score: 92,
  issuedAt: new Date(Date.UTC(2025, 2, 5)),
  expiresAt: new Date(Date.UTC(2027, 2, 5)),
  verificationCode: "IA7K-Q2MX-94TD",
  verifyUrl: "https://integrity.example/verify/IA7KQ2MX94TD",
  certifiedTrainer: true,
};

const cases: { input: CertificatePdfInput; expectText: string[]; font: string }[] = [
  {
    input: { ...base, locale: "zh", holderName: "王小明", courseTitle: "反腐败基础课程" },
    expectText: ["王小明", "反腐败基础课程"],
    font: "NotoSansSC-Bold",
  },
  {
    // Noto Sans Arabic shares undotted shapes between letters, so extracted
    // Arabic may name the wrong letter; assert on the Latin parts instead and
    // check the Arabic through glyph coverage, embedded font and run order.
    input: {
      ...base,
      locale: "ar",
      holderName: "محمد عبد الله",
      courseTitle: "أساسيات مكافحة الفساد (ISO 37001)",
      score: null,
      expiresAt: null,
      certifiedTrainer: false,
    },
    expectText: ["ISO 37001"],
    font: "NotoSansArabic-Bold",
  },
  {
    input: { ...base, locale: "ru", holderName: "Ёлкина Анна", courseTitle: "Основы противодействия коррупции" },
    expectText: ["Ёлкина Анна", "Основы противодействия коррупции"],
    font: "NotoSans-Bold",
  },
  {
    input: {
      ...base,
      locale: "es",
      tier: "private-sector",
      holderName: "José Núñez",
      courseTitle: "Integridad en el sector privado",
      certifiedTrainer: false,
    },
    expectText: ["José Núñez", "Integridad en el sector privado"],
    font: "NotoSans-Bold",
  },
];

/** Minimal PNG decoder (8-bit, non-interlaced, as pdftoppm writes) returning grey levels. */
function pngGrey(file: string): { width: number; height: number; grey: Uint8Array } {
  const buf = fs.readFileSync(file);
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString("latin1", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8], "bit depth").toBe(8);
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[data[9]!]!;
    } else if (type === "IDAT") idat.push(data);
    pos += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter]!;
      pixels[y * stride + x] = (v + pred) & 0xff;
    }
  }
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) {
    const px = pixels.subarray(i * channels, i * channels + Math.min(channels, 3));
    grey[i] = px.length === 3 ? Math.round((px[0]! + px[1]! + px[2]!) / 3) : px[0]!;
  }
  return { width, height, grey };
}

function darkFraction(img: ReturnType<typeof pngGrey>, top: number, bottom: number): number {
  let dark = 0;
  const from = Math.floor(top * img.height) * img.width;
  const to = Math.floor(bottom * img.height) * img.width;
  for (let i = from; i < to; i++) if (img.grey[i]! < 128) dark++;
  return dark / (to - from);
}

/**
 * No QR decoder is installed, so check the drawn code module by module: render
 * its box at 144 dpi and compare the centre of every module with the matrix.
 */
function expectQrMatches(file: string, input: CertificatePdfInput): void {
  const box = qrBox(input.locale === "ar");
  const scale = 144 / 72;
  const [x, y] = [Math.floor(box.x * scale), Math.floor(box.y * scale)];
  const side = Math.ceil(box.size * scale) + 2;
  const prefix = path.join(outDir, `qr-${input.locale}`);
  poppler("pdftoppm", ["-r", "144", "-png", "-singlefile", "-x", `${x}`, "-y", `${y}`, "-W", `${side}`, "-H", `${side}`, file, prefix]);
  const img = pngGrey(`${prefix}.png`);
  const modules = QRCode.create(input.verifyUrl, { errorCorrectionLevel: "M" }).modules;
  const cell = (box.size * scale) / modules.size;
  let wrong = 0;
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      const px = Math.floor(box.x * scale - x + (col + 0.5) * cell);
      const py = Math.floor(box.y * scale - y + (row + 0.5) * cell);
      if (img.grey[py * img.width + px]! < 128 !== Boolean(modules.get(row, col))) wrong++;
    }
  }
  expect(wrong, "QR modules differing from the matrix").toBe(0);
}

describe("visual run order", () => {
  it("puts the first Arabic word rightmost", () => {
    const words = visualRuns("محمد عبد الله", { weight: 700 }).filter((r) => r.logical.trim());
    expect(words.map((r) => r.logical)).toEqual(["الله", "عبد", "محمد"]);
    expect(words.every((r) => r.level === 1 && r.font === "arabic-700")).toBe(true);
    // Drawn as one phrase in logical order: fontkit joins and reverses Arabic itself.
    const line = layoutLine("محمد عبد الله", { size: 34, weight: 700 });
    expect(line.runs.map((r) => r.text)).toEqual(["محمد عبد الله"]);
  });

  it("keeps Latin and numbers left-to-right inside Arabic, with mirrored brackets", () => {
    const runs = visualRuns("أساسيات مكافحة الفساد (ISO 37001)", { direction: "rtl" });
    const words = runs.filter((r) => r.logical.trim());
    expect(words.map((r) => r.text)).toEqual(["(", "ISO", "37001", ")", "الفساد", "مكافحة", "أساسيات"]);
    expect(words.find((r) => r.text === "ISO")?.font).toBe("latin-400");
  });

  it("keeps Arabic-Indic numbers in reading order", () => {
    const digits = visualRuns("الوحدة ٣٢", { direction: "rtl" }).find((r) => /\p{Nd}/u.test(r.logical));
    expect(digits).toMatchObject({ logical: "٣٢", level: 2, text: "٢٣" }); // fontkit reverses it back
  });

  it("chooses fonts by script and lets neutrals follow a neighbour", () => {
    const runs = visualRuns("王小明 (Wang, 2025)");
    expect(runs.map((r) => [r.logical, r.font])).toEqual([
      ["王小明", "cjk-400"],
      [" ", "cjk-400"],
      ["(", "cjk-400"],
      ["Wang,", "latin-400"],
      [" ", "latin-400"],
      ["2025)", "latin-400"],
    ]);
  });

  it("normalises decomposed accents", () => {
    expect(visualRuns("Jose\u0301").map((r) => r.logical)).toEqual(["José"]);
  });
});

describe("renderCertificatePdf", () => {
  for (const { input, expectText, font } of cases) {
    it(`renders ${input.locale} for ${input.holderName}`, async () => {
      const pdf = await renderCertificatePdf(input);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const file = path.join(outDir, `certificate-${input.locale}.pdf`);
      fs.writeFileSync(file, pdf);

      for (const s of Object.values(certificateText(input))) {
        if (s === null) continue;
        expect(missingGlyphs(s, 400), s).toEqual([]);
        expect(missingGlyphs(s, 700), s).toEqual([]);
      }

      const text = clean(poppler("pdftotext", ["-enc", "UTF-8", file, "-"]));
      for (const expected of [...expectText, input.verificationCode, input.verifyUrl, "Integrity Academy"]) {
        expect(text).toContain(expected);
      }

      const info = poppler("pdfinfo", ["-enc", "UTF-8", file]);
      expect(info).toMatch(/^Author:\s+Integrity Academy$/m);
      expect(clean(info)).toContain(input.holderName);
      expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts \(A4\)$/m);
      expect(poppler("pdffonts", [file])).toContain(font);

      const prefix = path.join(outDir, `certificate-${input.locale}`);
      poppler("pdftoppm", ["-r", "60", "-png", "-singlefile", file, prefix]);
      const png = pngGrey(`${prefix}.png`);
      expect(png.width).toBeGreaterThan(png.height);
      expect(darkFraction(png, 0, 1)).toBeGreaterThan(0.01);
      expect(darkFraction(png, 0, 1)).toBeLessThan(0.3);
      // The band holding the holder's name must have ink.
      expect(darkFraction(png, 0.31, 0.4)).toBeGreaterThan(0.01);
      expectQrMatches(file, input);
      console.log(`certificate ${input.locale}: ${file} (${pdf.length} bytes), ${prefix}.png`);
    });
  }

  it("renders warm in reasonable time (printed, not asserted)", async () => {
    const input = cases[0]!.input;
    await renderCertificatePdf(input);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      await renderCertificatePdf(input);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`warm render p50 ${times[10]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[19]!.toFixed(1)})`);
    expect(times).toHaveLength(20);
  });

  it("renders the same bytes twice", async () => {
    const input = cases[2]!.input;
    expect((await renderCertificatePdf(input)).equals(await renderCertificatePdf(input))).toBe(true);
  });
});
