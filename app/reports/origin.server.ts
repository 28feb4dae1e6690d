import { env } from "#app/utils/env.server";

/** The address people should open: the configured public URL, else the one the request came to. */
export function publicOrigin(request: Request) {
  return (env.PUBLIC_URL ?? new URL(request.url).origin).replace(/\/$/, "");
}
