import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";

function leafKeys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: unknown) {
  return typeof text === "string" ? [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort() : [];
}

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}

const englishKeys = leafKeys(MESSAGES.en);

describe("UI translations", () => {
  it("has a sizeable English source", () => {
    expect(englishKeys.length).toBeGreaterThan(150);
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`${locale} has every key, non-empty, with the same placeholders`, () => {
      const tree = MESSAGES[locale];
      const missing = englishKeys.filter((key) => typeof lookup(tree, key) !== "string" || (lookup(tree, key) as string).trim() === "");
      expect(missing, `missing in ${locale}`).toEqual([]);
      const mismatched = englishKeys.filter(
        (key) => JSON.stringify(placeholders(lookup(tree, key))) !== JSON.stringify(placeholders(lookup(MESSAGES.en, key))),
      );
      expect(mismatched, `placeholders differ in ${locale}`).toEqual([]);
      const extra = leafKeys(tree).filter((key) => !englishKeys.includes(key) && !/_(zero|one|two|few|many|other)$/.test(key));
      expect(extra, `keys in ${locale} that English does not have`).toEqual([]);
    });
  }
});
