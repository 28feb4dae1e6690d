import { createCookieSessionStorage } from "@remix-run/node";
import { env } from "./env.server";

/** The cookie holds only the id of a Session row, so sessions can be listed and revoked. */
export const sessionStorage = createCookieSessionStorage<{ sessionId: string }>({
  cookie: {
    name: "ia_session",
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: env.NODE_ENV === "production" && env.PUBLIC_URL?.startsWith("https:") === true,
    // Comma-separated secrets allow rotation: the first signs, all verify.
    secrets: env.SESSION_SECRET.split(","),
  },
});

export const SESSION_TTL_MS = 1000 * 60 * 60 * 24 * 30;
