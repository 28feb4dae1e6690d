import { createContext } from "react";
import type { Resources } from "./i18n";
import type { Locale } from "./locales";

declare global {
  interface Window {
    __messages?: Partial<Record<Locale, Resources>>;
  }
}

/**
 * Interface text reaches the browser as one script per language, named by a hash of its content
 * and cached for good, instead of riding in every page's data or in the JavaScript bundle: a
 * learner downloads their own language once (docs/decisions/013-messages-as-scripts.md).
 */
export const messagesUrl = (locale: Locale, version: string | undefined) =>
  version ? `/resources/messages/${locale}.${version}.js` : `/resources/messages/${locale}.js`;

/** Where the layout finds a language's messages: the server's own copy, or the loaded script's. */
export const MessagesContext = createContext<(locale: Locale) => Resources | undefined>((locale) =>
  typeof window === "undefined" ? undefined : window.__messages?.[locale],
);

/** For a language change without a page load, where a script rendered by React would not run. */
export function loadMessages(locale: Locale, version: string): Promise<void> {
  if (window.__messages?.[locale]) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = messagesUrl(locale, version);
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load the ${locale} interface text`));
    document.head.append(script);
  });
}
