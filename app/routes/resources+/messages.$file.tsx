import type { LoaderFunctionArgs } from "@remix-run/node";
import { getMessages, messagesVersion } from "#app/i18n/i18n.server";
import { LOCALES } from "#app/i18n/locales";

const FILE = new RegExp(`^(${LOCALES.join("|")})(?:\\.([a-f0-9]{16}))?\\.js$`);

/** One language's interface text as a script; see app/i18n/messages-script.ts. */
export async function loader({ params }: LoaderFunctionArgs) {
  const match = FILE.exec(params.file ?? "");
  const locale = LOCALES.find((l) => l === match?.[1]);
  if (!match || !locale) throw new Response("Not found", { status: 404 });
  // A page from an older deployment may ask for an older version: it gets today's text, uncached.
  const current = match[2] === messagesVersion(locale);
  const body = `(window.__messages ||= {})[${JSON.stringify(locale)}] = ${JSON.stringify(getMessages(locale))};\n`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
