import { getMDXComponent } from "mdx-bundler/client";
import * as React from "react";
import * as ReactDOM from "react-dom";
import * as jsxRuntime from "react/jsx-runtime";

type LessonComponent = ReturnType<typeof getMDXComponent>;
type LessonFactory = (react: typeof React, reactDom: typeof ReactDOM, jsx: typeof jsxRuntime) => { default: LessonComponent };

declare global {
  interface Window {
    __lessons?: Record<string, LessonFactory>;
  }
}

// One evaluation per lesson version: on the server every request is a new render, and parsing a
// compiled lesson costs more than rendering it.
const evaluated = new Map<string, LessonComponent>();
const MAX_ENTRIES = 200;

function remember(hash: string, component: LessonComponent) {
  if (evaluated.size >= MAX_ENTRIES) evaluated.delete(evaluated.keys().next().value!);
  evaluated.set(hash, component);
  return component;
}

/** Server side: make a compiled lesson renderable by its hash. */
export function registerLessonCode(hash: string, code: string) {
  if (!evaluated.has(hash)) remember(hash, getMDXComponent(code));
}

/**
 * The lesson's component: evaluated on the server, or in the browser from the script served by
 * /resources/lesson-code/<hash>.js, which the browser caches for good (the hash changes with the
 * lesson), so a revisit on a slow connection downloads only the page.
 */
export function getLessonComponent(hash: string): LessonComponent | null {
  const known = evaluated.get(hash);
  if (known) return known;
  const factory = typeof window === "undefined" ? undefined : window.__lessons?.[hash];
  return factory ? remember(hash, factory(React, ReactDOM, jsxRuntime).default) : null;
}

export const lessonCodeUrl = (hash: string) => `/resources/lesson-code/${hash}.js`;

/** For client-side navigation, where a script rendered by React would not run. */
export function loadLessonCode(hash: string): Promise<void> {
  if (window.__lessons?.[hash]) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = lessonCodeUrl(hash);
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load lesson ${hash}`));
    document.head.append(script);
  });
}
