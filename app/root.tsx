import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { useMemo } from "react";
import { I18nextProvider } from "react-i18next";
import { GeneralErrorBoundary } from "./components/error-boundary";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { createI18n } from "./i18n/i18n";
import { getMessages, resolveLocale } from "./i18n/i18n.server";
import { DEFAULT_LOCALE, LOCALE_TAGS, localeDirection, type Locale } from "./i18n/locales";
import { MESSAGES } from "./i18n/messages";
import { getUser } from "./utils/auth.server";
import appStyles from "./styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const locale = await resolveLocale(request, user?.locale);
  return { user, locale, messages: getMessages(locale) };
}

export const meta: MetaFunction = () => [{ title: "Integrity Academy" }];

// The user, language and interface text change only through a form (log in or out, profile,
// language): plain navigation need not fetch the ~25 KB of translations again.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod ? defaultShouldRevalidate : false;

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = data?.locale ?? DEFAULT_LOCALE;
  const i18n = useMemo(
    () => createI18n(locale, data?.messages ?? MESSAGES.en),
    // Messages only change together with the locale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [locale],
  );
  return (
    <html lang={LOCALE_TAGS[locale]} dir={localeDirection(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </I18nextProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
