import type { Locale } from "#app/i18n/locales";
import { GLOSSARY, isGlossaryKey } from "./glossary";
import { getUncacArticle } from "./uncac-articles";

/** Summaries and definitions exist in English and Chinese; other languages read the English. */
const proseLocale = (locale: Locale) => (locale === "zh" ? "zh" : "en");

export function articleTexts(numbers: number[], locale: Locale) {
  const out: Record<number, { title: string; summary: string }> = {};
  for (const n of numbers) {
    const article = getUncacArticle(n);
    if (article) out[n] = { title: article.title[locale], summary: article.summary[proseLocale(locale)] };
  }
  return out;
}

export function glossaryTexts(keys: string[], locale: Locale) {
  const out: Record<string, { term: string; definition: string }> = {};
  for (const key of keys) {
    if (!isGlossaryKey(key)) continue;
    const entry = GLOSSARY[key];
    out[key] = { term: entry.term[locale], definition: entry.definition[proseLocale(locale)] };
  }
  return out;
}
