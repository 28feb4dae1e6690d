import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
  type ClientLoaderFunctionArgs,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useContext, useMemo } from "react";
import { I18nextProvider } from "react-i18next";
import { GeneralErrorBoundary } from "./components/error-boundary";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { createI18n } from "./i18n/i18n";
import { messagesVersion, resolveLocale } from "./i18n/i18n.server";
import { DEFAULT_LOCALE, LOCALE_TAGS, localeDirection, type Locale } from "./i18n/locales";
import { loadMessages, MessagesContext, messagesUrl } from "./i18n/messages-script";
import { getUser } from "./utils/auth.server";
import appStyles from "./styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const locale = await resolveLocale(request, user?.locale);
  return { user, locale, messagesVersion: messagesVersion(locale) };
}

// A language change arrives with a form's revalidation: fetch that language's text first.
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const data = await serverLoader<typeof loader>();
  await loadMessages(data.locale, data.messagesVersion);
  return data;
}

export const meta: MetaFunction = () => [{ title: "Integrity Academy" }];

// The user and language change only through a form (log in or out, profile, language): plain
// navigation need not ask again.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod ? defaultShouldRevalidate : false;

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = data?.locale ?? DEFAULT_LOCALE;
  const messagesFor = useContext(MessagesContext);
  const i18n = useMemo(() => createI18n(locale, messagesFor(locale)), [locale, messagesFor]);
  return (
    <html lang={LOCALE_TAGS[locale]} dir={localeDirection(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {/* Parser-blocking on purpose: the text must be there before the page hydrates. */}
        <script src={messagesUrl(locale, data?.messagesVersion)} />
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
