import { redirect } from "@remix-run/node";
import bcrypt from "bcryptjs";
import { prisma } from "./db.server";
import { readRows } from "./sqlite-reads.server";
import { sqliteDate } from "./sqlite.server";
import { hasPermission, type Permission } from "./permissions";
import { sessionStorage, SESSION_TTL_MS } from "./session.server";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  legalName: string;
  locale: string;
  organizationId: string | null;
  roles: { name: string }[];
};

export async function getSessionId(request: Request) {
  const session = await sessionStorage.getSession(request.headers.get("Cookie"));
  const id = session.get("sessionId");
  return typeof id === "string" ? id : null;
}

// The root loader and the page's loader both ask for the user of the same request: look it up once.
const usersByRequest = new WeakMap<Request, Promise<SessionUser | null>>();

/**
 * Every page asks who is signed in, so this is one raw query (session, user and roles joined) on
 * the read connection: Prisma spent ~3.7 ms of CPU on the same lookup, as three queries
 * (docs/decisions/011-hot-reads-in-sql.md).
 */
async function findSessionUser(request: Request): Promise<SessionUser | null> {
  const sessionId = await getSessionId(request);
  if (!sessionId) return null;
  const rows = await readRows<Omit<SessionUser, "roles"> & { role: string | null }>(
    `SELECT u.id, u.email, u.name, u.legalName, u.locale, u.organizationId, r.name AS role
     FROM Session s JOIN User u ON u.id = s.userId
     LEFT JOIN _RoleToUser ru ON ru.B = u.id LEFT JOIN Role r ON r.id = ru.A
     WHERE s.id = ? AND s.expiresAt > ?`,
    [sessionId, sqliteDate(new Date())],
  );
  const first = rows[0];
  if (!first) return null;
  const { role: _role, ...user } = first;
  return { ...user, roles: rows.flatMap((row) => (row.role === null ? [] : [{ name: row.role }])) };
}

export function getUser(request: Request) {
  let user = usersByRequest.get(request);
  if (!user) {
    user = findSessionUser(request);
    usersByRequest.set(request, user);
  }
  return user;
}

function loginRedirect(request: Request) {
  const url = new URL(request.url);
  const params = new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` });
  return redirect(`/login?${params}`);
}

export async function requireUser(request: Request) {
  const user = await getUser(request);
  if (!user) throw loginRedirect(request);
  return user;
}

export async function requireUserWithPermission(request: Request, permission: Permission) {
  const user = await requireUser(request);
  if (!hasPermission(user, permission)) {
    throw new Response(`Requires permission ${permission}`, { status: 403, statusText: "Forbidden" });
  }
  return user;
}

export async function requireAnonymous(request: Request) {
  if (await getUser(request)) throw redirect("/learn");
}

export async function hashPassword(password: string) {
  return bcrypt.hash(password, 10);
}

let dummyHash: string | undefined;

export async function verifyLogin(email: string, password: string) {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, password: { select: { hash: true } } },
  });
  // Compare against a dummy hash when the account is missing so timing does not reveal which
  // emails are registered.
  const hash = user?.password?.hash ?? (dummyHash ??= await bcrypt.hash("unused-dummy-password", 10));
  const ok = await bcrypt.compare(password, hash);
  return ok && user ? user.id : null;
}

export async function createSessionCookie(userId: string) {
  const row = await prisma.session.create({
    data: { userId, expiresAt: new Date(Date.now() + SESSION_TTL_MS) },
    select: { id: true, expiresAt: true },
  });
  const session = await sessionStorage.getSession();
  session.set("sessionId", row.id);
  return sessionStorage.commitSession(session, { expires: row.expiresAt });
}

export async function destroySessionCookie(request: Request) {
  const sessionId = await getSessionId(request);
  if (sessionId) await prisma.session.deleteMany({ where: { id: sessionId } });
  const session = await sessionStorage.getSession(request.headers.get("Cookie"));
  return sessionStorage.destroySession(session);
}

/** Only same-site paths, so a crafted link cannot bounce a fresh login to another site. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/learn") {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//")) return fallback;
  return to;
}
