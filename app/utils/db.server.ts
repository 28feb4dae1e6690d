import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "#app/generated/prisma/client";
import { resolveDatabaseUrl } from "./database-url";
import { env } from "./env.server";

function createClient() {
  const base = new PrismaClient({ adapter: new PrismaLibSQL({ url: resolveDatabaseUrl(env.DATABASE_URL) }) });
  // WAL lets readers proceed during a commit; FULL keeps a commit durable across power loss,
  // which progress tracking promises (docs/decisions/003-sqlite-driver.md).
  const ready = (async () => {
    await base.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await base.$queryRawUnsafe("PRAGMA synchronous = FULL");
    await base.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
    await base.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  })();
  // No query may run before the pragmas: without busy_timeout a second process (a script, the
  // tests) would get SQLITE_BUSY instead of waiting its turn.
  const client = base.$extends({
    query: {
      async $allOperations({ args, query }) {
        await ready;
        return query(args);
      },
    },
  });
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

/** The client handed to `prisma.$transaction(async (tx) => …)` callbacks. */
export type TransactionClient = Omit<typeof prisma, "$extends" | "$transaction" | "$disconnect" | "$connect" | "$on" | "$use">;
