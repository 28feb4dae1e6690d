import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "#app/generated/prisma/client";
import { resolveDatabaseUrl } from "./database-url";
import { env } from "./env.server";
import { isSqliteBusy } from "./sqlite.server";

// WAL lets readers proceed during a commit; FULL keeps a commit durable across power loss, which
// progress tracking promises; busy_timeout makes a second writer wait instead of failing
// (docs/decisions/003-sqlite-through-libsql.md).
const PRAGMAS = ["PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON"];


function createClient() {
  const base = new PrismaClient({ adapter: new PrismaLibSQL({ url: resolveDatabaseUrl(env.DATABASE_URL) }) });
  const applyPragmas = async () => {
    for (const pragma of PRAGMAS) await base.$queryRawUnsafe(pragma);
  };
  let ready = base.$queryRawUnsafe("PRAGMA journal_mode = WAL").then(applyPragmas);

  const client = base.$extends({
    query: {
      async $allOperations({ args, query }) {
        await ready;
        // Between a transaction's end and the pragmas being re-applied (below), a query may
        // briefly run without busy_timeout; waiting here gives it the same patience.
        for (let attempt = 0; ; attempt++) {
          try {
            return await query(args);
          } catch (error) {
            if (!isSqliteBusy(error) || attempt >= 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      },
    },
  });

  // libSQL hands its connection to every transaction and opens a fresh one afterwards, without
  // our pragmas; re-apply them once each transaction is over.
  const withPragmas = new Proxy(client, {
    get(target, property, receiver) {
      if (property !== "$transaction") return Reflect.get(target, property, receiver);
      return async (...args: Parameters<typeof target.$transaction>) => {
        // The pragmas must be in place before a transaction takes the connection away.
        await ready;
        try {
          return await (target.$transaction as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          ready = applyPragmas();
          await ready;
        }
      };
    },
  }) as typeof client;
  return { client: withPragmas, ready: () => ready };
}

// Survive dev-server module reloads without opening a new connection each time.
const globalForDb = globalThis as unknown as { __academyDb?: ReturnType<typeof createClient> };
const instance = (globalForDb.__academyDb ??= createClient());

export const prisma = instance.client;
export const dbReady = instance.ready();

export function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/** The client handed to `prisma.$transaction(async (tx) => …)` callbacks. */
export type TransactionClient = Omit<typeof prisma, "$extends" | "$transaction" | "$disconnect" | "$connect" | "$on" | "$use">;
