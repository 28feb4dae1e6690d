/// <reference types="pdfkit" />
// Multi-script text for pdfkit: font choice per character, bidi ordering and
// measured runs. Kept separate from the certificate layout so the shaping rules
// can be unit-tested without rendering a PDF.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import bidiFactory from "bidi-js";

export type Script = "latin" | "arabic" | "cjk";
export type Weight = 400 | 700;
export type FontKey = `${Script}-${Weight}`;
export type Direction = "ltr" | "rtl" | "auto";

/** The part of a fontkit font object this module uses (pdfkit uses more of it). */
export interface FontkitFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string, features?: string[]): { advanceWidth: number };
}

// Static TTFs only: woff/woff2 parse, but pdfkit's subsetter then emits blank glyphs.
const FONT_FILES: Record<FontKey, readonly [pkg: string, file: string]> = {
  "latin-400": ["@expo-google-fonts/noto-sans", "400Regular/NotoSans_400Regular.ttf"],
  "latin-700": ["@expo-google-fonts/noto-sans", "700Bold/NotoSans_700Bold.ttf"],
  "arabic-400": ["@expo-google-fonts/noto-sans-arabic", "400Regular/NotoSansArabic_400Regular.ttf"],
  "arabic-700": ["@expo-google-fonts/noto-sans-arabic", "700Bold/NotoSansArabic_700Bold.ttf"],
  "cjk-400": ["@expo-google-fonts/noto-sans-sc", "400Regular/NotoSansSC_400Regular.ttf"],
  "cjk-700": ["@expo-google-fonts/noto-sans-sc", "700Bold/NotoSansSC_700Bold.ttf"],
};

// Resolve packages from the project root first: in the Vite server bundle
// import.meta.url points into build/server, which has no node_modules of its own.
function projectRequire(): NodeJS.Require {
  return createRequire(path.join(process.cwd(), "package.json"));
}

function resolveFrom(specifier: string): string {
  try {
    return projectRequire().resolve(specifier);
  } catch {
    return createRequire(import.meta.url).resolve(specifier);
  }
}

type Fontkit = { create(data: Uint8Array): FontkitFont };
let fontkit: Fontkit | undefined;

// pdfkit accepts an already parsed fontkit font in place of a file, which is what
// lets us parse each TTF once per process instead of once per PDF (~80 ms each,
// more for the 10 MB CJK faces). We load the fontkit that pdfkit itself depends
// on, resolved from pdfkit's location, so npm hoisting does not matter.
function getFontkit(): Fontkit {
  fontkit ??= createRequire(resolveFrom("pdfkit"))("fontkit") as Fontkit;
  return fontkit;
}

const fontCache = new Map<FontKey, FontkitFont>();

/** Parsed font for a key; parsed lazily so Latin-only certificates never load the CJK faces. */
export function getFont(key: FontKey): FontkitFont {
  let font = fontCache.get(key);
  if (!font) {
    const [pkg, file] = FONT_FILES[key];
    const dir = path.dirname(resolveFrom(`${pkg}/package.json`));
    font = getFontkit().create(fs.readFileSync(path.join(dir, file)));
    fontCache.set(key, font);
  }
  return font;
}

const bidi = bidiFactory();

const ARABIC_RE = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const ARABIC_LETTER_RE = /\p{Script=Arabic}/u;
const CJK_RE =
  /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3134F}]/u;
const LETTER_RE = /\p{L}/u;
// Explicit bidi controls and marks (Intl output for "ar" contains U+200E):
// they only steer the bidi algorithm and have no glyph worth drawing.
const BIDI_CONTROL_RE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const SPACE_RE = /\s/u;

/** Script of a character, or null for neutrals (digits, spaces, punctuation, marks) that follow a neighbour. */
export function scriptOf(char: string): Script | null {
  if (ARABIC_RE.test(char)) return "arabic";
  if (CJK_RE.test(char)) return "cjk";
  if (LETTER_RE.test(char)) return "latin";
  return null;
}

const FALLBACK_ORDER: readonly Script[] = ["latin", "arabic", "cjk"];

/**
 * Font script per character: a neutral takes the script of the previous strong
 * character (so combining marks stay with their base), else the next one, else
 * Latin; if that font lacks the glyph, any font that has it.
 */
function assignScripts(chars: readonly string[], weight: Weight): Script[] {
  const own = chars.map(scriptOf);
  const out: Script[] = [];
  let prev: Script | null = null;
  for (let i = 0; i < chars.length; i++) {
    let script = own[i] ?? prev;
    if (!script) {
      for (let j = i + 1; j < chars.length && !script; j++) script = own[j] ?? null;
    }
    script ??= "latin";
    const cp = chars[i]!.codePointAt(0)!;
    if (!getFont(`${script}-${weight}`).hasGlyphForCodePoint(cp)) {
      script = FALLBACK_ORDER.find((s) => getFont(`${s}-${weight}`).hasGlyphForCodePoint(cp)) ?? script;
    }
    out.push(script);
    if (own[i]) prev = own[i]!;
  }
  return out;
}

export type Run = {
  /** Text as handed to pdfkit (pre-reversed where fontkit would not reverse it itself). */
  text: string;
  /** The same characters in logical (reading) order, brackets already mirrored for RTL. */
  logical: string;
  font: FontKey;
  /** Bidi embedding level; odd = right-to-left. */
  level: number;
};

type Char = { char: string; level: number; script: Script; space: boolean };

/** Logical characters with level and script, mirrored where RTL, controls removed. */
function analyse(text: string, weight: Weight, direction: Direction): Char[] {
  const nfc = text.normalize("NFC");
  const embedding = bidi.getEmbeddingLevels(nfc, direction);
  const mirrored = bidi.getMirroredCharactersMap(nfc, embedding.levels);
  const kept: { char: string; level: number }[] = [];
  let index = 0;
  for (const char of nfc) {
    if (!BIDI_CONTROL_RE.test(char)) {
      kept.push({ char: mirrored.get(index) ?? char, level: embedding.levels[index]! });
    }
    index += char.length;
  }
  const scripts = assignScripts(
    kept.map((c) => c.char),
    weight,
  );
  return kept.map((c, i) => ({ ...c, script: scripts[i]!, space: SPACE_RE.test(c.char) }));
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function reverseGraphemes(text: string): string {
  return Array.from(graphemes.segment(text), (s) => s.segment)
    .reverse()
    .join("");
}

// fontkit picks the direction from the first character with a real script and
// reverses the glyphs of Arabic-script text itself. So an RTL run is passed in
// logical order only when fontkit will reverse it, and an LTR run holding
// Arabic-script characters (Arabic-Indic digits are level 2) is pre-reversed
// so that fontkit's reversal restores it.
const FIRST_SCRIPT_RE = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

function drawnText(logical: string, level: number): string {
  const fontkitReverses = ARABIC_LETTER_RE.test(FIRST_SCRIPT_RE.exec(logical)?.[0] ?? "");
  return (level % 2 === 1) !== fontkitReverses ? reverseGraphemes(logical) : logical;
}

function makeRun(logical: string, font: FontKey, level: number): Run {
  return { text: drawnText(logical, level), logical, font, level };
}

/**
 * Word-level runs in visual order, left to right. A run has one font and one
 * bidi level and never mixes spaces with non-spaces, which makes the word
 * order explicit and testable.
 */
export function visualRuns(text: string, options: { weight?: Weight; direction?: Direction } = {}): Run[] {
  const weight = options.weight ?? 400;
  const chars = analyse(text, weight, options.direction ?? "auto");
  const runs: { logical: string; script: Script; level: number; space: boolean }[] = [];
  for (const c of chars) {
    const last = runs[runs.length - 1];
    if (last && last.script === c.script && last.level === c.level && last.space === c.space) {
      last.logical += c.char;
    } else {
      runs.push({ logical: c.char, script: c.script, level: c.level, space: c.space });
    }
  }
  // Unicode rule L2 on whole runs: from the highest level down to the lowest
  // odd level, reverse every maximal sequence of runs at that level or above.
  const levels = runs.map((r) => r.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), Infinity);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < runs.length; ) {
      if (runs[i]!.level < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < runs.length && runs[end]!.level >= level) end++;
      runs.splice(i, end - i, ...runs.slice(i, end).reverse());
      i = end;
    }
  }
  return runs.map((r) => makeRun(r.logical, `${r.script}-${weight}`, r.level));
}

/**
 * Joins visually adjacent runs of one font and level back together for
 * drawing: every pdfkit text() call costs several fontkit layouts with a large
 * fixed setup, so one call per phrase instead of per word is ~4x faster.
 */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.font === run.font && last.level === run.level) {
      // Visual left-to-right is reading order for LTR, reverse reading order for RTL.
      const logical = run.level % 2 === 1 ? run.logical + last.logical : last.logical + run.logical;
      merged[merged.length - 1] = makeRun(logical, run.font, run.level);
    } else {
      merged.push(run);
    }
  }
  return merged;
}

// Advance widths in font units, shared by all documents: certificate labels
// repeat, and each fontkit layout costs ~0.1 ms. Cleared wholesale when large.
const widthCache = new Map<string, number>();

/** Width in points, measured exactly as pdfkit measures with `features: []`. */
export function runWidth(run: Pick<Run, "text" | "font">, size: number): number {
  const key = `${run.font}\u0000${run.text}`;
  let advance = widthCache.get(key);
  if (advance === undefined) {
    if (widthCache.size >= 5000) widthCache.clear();
    advance = getFont(run.font).layout(run.text, []).advanceWidth;
    widthCache.set(key, advance);
  }
  return (advance * size) / getFont(run.font).unitsPerEm;
}

export type PlacedRun = Run & { x: number; width: number };
export type LineLayout = { runs: PlacedRun[]; width: number; size: number };

/**
 * Drawable runs with x offsets from the line's left edge. With maxWidth, the
 * size shrinks (width is linear in size) so long names and titles fit.
 */
export function layoutLine(
  text: string,
  options: { size: number; weight?: Weight; direction?: Direction; maxWidth?: number; minSize?: number },
): LineLayout {
  const runs = mergeRuns(visualRuns(text, options));
  const natural = runs.reduce((sum, r) => sum + runWidth(r, options.size), 0);
  let size = options.size;
  if (options.maxWidth && natural > options.maxWidth) {
    size = Math.max(options.minSize ?? 6, (options.size * options.maxWidth) / natural);
  }
  let x = 0;
  const placed = runs.map((r) => {
    const width = runWidth(r, size);
    const run = { ...r, x, width };
    x += width;
    return run;
  });
  return { runs: placed, width: x, size };
}

/** Characters of `text` that no bundled font can draw (empty when all is well). */
export function missingGlyphs(text: string, weight: Weight = 400): string[] {
  const missing: string[] = [];
  for (const c of analyse(text, weight, "auto")) {
    if (!getFont(`${c.script}-${weight}`).hasGlyphForCodePoint(c.char.codePointAt(0)!)) missing.push(c.char);
  }
  return missing;
}

export function hasGlyphsFor(text: string, weight: Weight = 400): boolean {
  return missingGlyphs(text, weight).length === 0;
}

export type DrawOptions = {
  size: number;
  weight?: Weight;
  direction?: Direction;
  maxWidth?: number;
  minSize?: number;
  color?: string;
  /** x is the left edge, the centre or the right edge of the line. */
  align?: "left" | "center" | "right";
};

/** Draws one line at baseline y; returns its layout (for rules under names etc.). */
export function drawLine(doc: PDFKit.PDFDocument, text: string, x: number, y: number, options: DrawOptions): LineLayout {
  const line = layoutLine(text, options);
  const align = options.align ?? "left";
  const left = align === "left" ? x : align === "center" ? x - line.width / 2 : x - line.width;
  doc.fillColor(options.color ?? "#000000");
  for (const run of line.runs) {
    // Registering by name makes pdfkit reuse one embedded (subsetted) font per
    // document; the cast is needed because @types/pdfkit omits fontkit objects.
    doc.registerFont(run.font, getFont(run.font) as unknown as Buffer);
    doc.font(run.font).fontSize(line.size);
    // features: [] makes pdfkit lay the run out in one fontkit call, exactly as
    // runWidth measured it; its default splits at spaces, which reverses the
    // word order of Arabic phrases.
    doc.text(run.text, left + run.x, y, { lineBreak: false, baseline: "alphabetic", features: [] });
  }
  return line;
}
