import type { LoaderFunctionArgs } from "@remix-run/node";
import { lookupForVerification } from "#app/certificates/verify-lookup.server";

const ERRORS = { 404: "not-found", 429: "too-many-requests" } as const;

/** The verification page for machines: the same public fields, the same limit, the same bare 404. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const outcome = await lookupForVerification(params.code, context.clientIp);
  const body = outcome.status === 200 ? outcome.certificate : { error: ERRORS[outcome.status] };
  return new Response(JSON.stringify(body), {
    status: outcome.status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" },
  });
}
