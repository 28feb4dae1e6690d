import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "#app/generated/prisma/client";
import { resolveDatabaseUrl } from "./database-url";
import { env } from "./env.server";

function createClient() {
  const client = new PrismaClient({ adapter: new PrismaLibSQL({ url: resolveDatabaseUrl(env.DATABASE_URL) }) });
  // WAL lets readers proceed during a commit; FULL keeps a commit durable across power loss,
  // which progress tracking promises (docs/decisions/003-sqlite-driver.md).
  const ready = (async () => {
    await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await client.$queryRawUnsafe("PRAGMA synchronous = FULL");
    await client.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
    await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  })();
  return { client, ready };
}

// Survive dev-server module reloads without opening a new connection each time.
const globalForDb = globalThis as unknown as { __academyDb?: ReturnType<typeof createClient> };
const instance = (globalForDb.__academyDb ??= createClient());

export const prisma = instance.client;
export const dbReady = instance.ready;

export function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
