import { describe, it, expect } from "vitest";
import { GLOSSARY, isGlossaryKey, type GlossaryKey } from "./glossary";
import type { Locale } from "./locale";
import { UNCAC_ARTICLES, UNCAC_CHAPTERS, getUncacArticle } from "./uncac-articles";

const LOCALES: readonly Locale[] = ["en", "zh", "fr", "es", "ru", "ar"];

describe("UNCAC_CHAPTERS", () => {
  it("lists the eight chapters I–VIII covering articles 1–71 contiguously", () => {
    expect(UNCAC_CHAPTERS.map((c) => c.number)).toEqual([
      "I",
      "II",
      "III",
      "IV",
      "V",
      "VI",
      "VII",
      "VIII",
    ]);
    let next = 1;
    for (const chapter of UNCAC_CHAPTERS) {
      expect(chapter.firstArticle).toBe(next);
      expect(chapter.lastArticle).toBeGreaterThanOrEqual(chapter.firstArticle);
      next = chapter.lastArticle + 1;
    }
    expect(next).toBe(72);
  });

  it("has a non-empty title in all six languages", () => {
    for (const chapter of UNCAC_CHAPTERS) {
      for (const locale of LOCALES) {
        expect(chapter.title[locale].trim(), `chapter ${chapter.number} ${locale}`).not.toBe("");
      }
    }
  });
});

describe("UNCAC_ARTICLES", () => {
  it("contains 71 articles numbered 1..71, each exactly once, in order", () => {
    expect(UNCAC_ARTICLES).toHaveLength(71);
    expect(UNCAC_ARTICLES.map((a) => a.number)).toEqual(
      Array.from({ length: 71 }, (_, i) => i + 1),
    );
    expect(new Set(UNCAC_ARTICLES.map((a) => a.number)).size).toBe(71);
  });

  it("places every article in the chapter whose range contains it", () => {
    for (const article of UNCAC_ARTICLES) {
      const chapter = UNCAC_CHAPTERS.find((c) => c.number === article.chapter);
      expect(chapter, `article ${article.number}`).toBeDefined();
      expect(article.number).toBeGreaterThanOrEqual(chapter?.firstArticle ?? Infinity);
      expect(article.number).toBeLessThanOrEqual(chapter?.lastArticle ?? -Infinity);
    }
  });

  it("has the official English titles for key articles", () => {
    const expected: Record<number, string> = {
      15: "Bribery of national public officials",
      21: "Bribery in the private sector",
      26: "Liability of legal persons",
      33: "Protection of reporting persons",
      46: "Mutual legal assistance",
      50: "Special investigative techniques",
      57: "Return and disposal of assets",
    };
    for (const [n, title] of Object.entries(expected)) {
      expect(getUncacArticle(Number(n))?.title.en).toBe(title);
    }
  });

  it("has the official Chinese titles for key articles", () => {
    expect(getUncacArticle(15)?.title.zh).toBe("贿赂本国公职人员");
    expect(getUncacArticle(21)?.title.zh).toBe("私营部门内的贿赂");
    expect(getUncacArticle(33)?.title.zh).toBe("保护举报人");
  });

  it("has a non-empty title in all six languages and summaries in English and Chinese", () => {
    for (const article of UNCAC_ARTICLES) {
      for (const locale of LOCALES) {
        expect(article.title[locale].trim(), `article ${article.number} ${locale}`).not.toBe("");
      }
      expect(article.summary.en.trim(), `article ${article.number} summary.en`).not.toBe("");
      expect(article.summary.zh.trim(), `article ${article.number} summary.zh`).not.toBe("");
    }
  });

  it("getUncacArticle returns undefined outside 1..71", () => {
    expect(getUncacArticle(0)).toBeUndefined();
    expect(getUncacArticle(72)).toBeUndefined();
    expect(getUncacArticle(1.5)).toBeUndefined();
    expect(getUncacArticle(71)?.number).toBe(71);
  });
});

describe("GLOSSARY", () => {
  const entries = Object.entries(GLOSSARY);

  it("has the 37 agreed keys", () => {
    expect(entries).toHaveLength(37);
    for (const [key] of entries) expect(isGlossaryKey(key)).toBe(true);
    expect(isGlossaryKey("not-a-term")).toBe(false);
    expect(isGlossaryKey("toString")).toBe(false);
  });

  it("only cites UNCAC articles that exist", () => {
    for (const [key, entry] of entries) {
      expect(entry.articles.length, key).toBeGreaterThan(0);
      for (const n of entry.articles) {
        expect(getUncacArticle(n), `${key} cites article ${n}`).toBeDefined();
      }
    }
  });

  it("translates every term into all six languages and defines it in English and Chinese", () => {
    for (const [key, entry] of entries) {
      for (const locale of LOCALES) {
        expect(entry.term[locale].trim(), `${key} ${locale}`).not.toBe("");
      }
      expect(entry.definition.en.trim(), `${key} definition.en`).not.toBe("");
      expect(entry.definition.zh.trim(), `${key} definition.zh`).not.toBe("");
    }
  });

  it("types keys as GlossaryKey", () => {
    const key: GlossaryKey = "facilitation-payment";
    expect(GLOSSARY[key].articles).toContain(15);
  });
});
