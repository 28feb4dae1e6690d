import { useRouteLoaderData } from "@remix-run/react";
import type { Locale } from "#app/i18n/locales";
import type { loader as rootLoader } from "#app/root";

export function useRootData() {
  const data = useRouteLoaderData<typeof rootLoader>("root");
  if (!data) throw new Error("Root loader data is missing");
  return data;
}

export function useOptionalUser() {
  return useRouteLoaderData<typeof rootLoader>("root")?.user ?? null;
}

export function useLocale(): Locale {
  return useRouteLoaderData<typeof rootLoader>("root")?.locale ?? "en";
}
