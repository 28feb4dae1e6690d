import { createHash } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { MESSAGES, type Messages } from "./messages";
import { createI18n } from "./i18n";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** Profile first, then the switcher's cookie, then what the browser asks for. */
export async function resolveLocale(request: Request, userLocale?: string | null): Promise<Locale> {
  if (isLocale(userLocale)) return userLocale;
  const fromCookie = await localeCookie.parse(request.headers.get("Cookie"));
  if (isLocale(fromCookie)) return fromCookie;
  return negotiateLocale(request.headers.get("Accept-Language"));
}

export function negotiateLocale(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { base: tag.toLowerCase().split("-")[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.base).find(isLocale) ?? DEFAULT_LOCALE;
}

const merged = new Map<Locale, Messages>();

/** Merge a locale's messages over English so a not-yet-translated string never shows a raw key. */
export function getMessages(locale: Locale): Messages {
  let messages = merged.get(locale);
  if (!messages) {
    messages = deepMerge(MESSAGES.en, MESSAGES[locale]) as Messages;
    merged.set(locale, messages);
  }
  return messages;
}

const versions = new Map<Locale, string>();

/** A short hash of a language's messages, which names its script so browsers may cache it for good. */
export function messagesVersion(locale: Locale) {
  let version = versions.get(locale);
  if (!version) {
    version = createHash("sha256").update(JSON.stringify(getMessages(locale))).digest("hex").slice(0, 16);
    versions.set(locale, version);
  }
  return version;
}

export function getTranslator(locale: Locale) {
  return createI18n(locale, getMessages(locale)).t;
}

function deepMerge(base: object, override: object): object {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] =
      value && typeof value === "object" && current && typeof current === "object"
        ? deepMerge(current, value)
        : value;
  }
  return out;
}

export { LOCALES };
