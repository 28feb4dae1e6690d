import type { Client, Config, TransactionMode } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "#app/generated/prisma/client";
import { resolveDatabaseUrl } from "./database-url";
import { env } from "./env.server";
import { isSqliteBusy } from "./sqlite.server";

// WAL lets readers proceed during a commit; FULL keeps a commit durable across power loss, which
// progress tracking promises; busy_timeout makes a writer wait for another process instead of
// failing (docs/decisions/003-sqlite-through-libsql.md).
const PRAGMAS = ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON"];

/**
 * libSQL hands its connection to every transaction (Prisma starts one for each nested write, not
 * only for `$transaction`) and opens a fresh connection afterwards, without our pragmas. Apply
 * them to the first connection and to every replacement, before anything else uses it.
 */
class PrismaLibSQLWithPragmas extends PrismaLibSQL {
  override createClient(config: Config): Client {
    const client = super.createClient(config);
    const applyPragmas = () => Promise.all(PRAGMAS.map((pragma) => client.execute(pragma)));
    const startTransaction = client.transaction.bind(client);
    client.transaction = async (mode?: TransactionMode) => {
      const transaction = await startTransaction(mode);
      await applyPragmas();
      return transaction;
    };
    void applyPragmas();
    return client;
  }
}

function createClient() {
  const base = new PrismaClient({ adapter: new PrismaLibSQLWithPragmas({ url: resolveDatabaseUrl(env.DATABASE_URL) }) });
  return base.$extends({
    query: {
      async $allOperations({ args, query }) {
        // Another process may hold the write lock for longer than busy_timeout (a long import,
        // the test suite); wait for it rather than fail the request.
        for (let attempt = 0; ; attempt++) {
          try {
            return await query(args);
          } catch (error) {
            if (!isSqliteBusy(error) || attempt >= 20) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      },
    },
  });
}

// Survive dev-server module reloads without opening a new connection each time.
const globalForDb = globalThis as unknown as { __academyDb?: ReturnType<typeof createClient> };
export const prisma = (globalForDb.__academyDb ??= createClient());

export function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/** The client handed to `prisma.$transaction(async (tx) => …)` callbacks. */
export type TransactionClient = Omit<typeof prisma, "$extends" | "$transaction" | "$disconnect" | "$connect" | "$on" | "$use">;
