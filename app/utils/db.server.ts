import type { Client, Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "#app/generated/prisma/client";
import { resolveDatabaseUrl } from "./database-url";
import { env } from "./env.server";
import { keepConnectionFresh } from "./libsql-connection.server";
import { isSqliteBusy } from "./sqlite-busy";

// WAL lets readers proceed during a commit (set once, it persists in the file); FULL keeps a
// commit durable across power loss, which progress tracking promises; busy_timeout makes a writer
// wait for another process instead of failing (docs/decisions/003-sqlite-through-libsql.md).
const PRAGMAS = ["PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON"];

class PrismaLibSQLWithPragmas extends PrismaLibSQL {
  override createClient(config: Config): Client {
    const client = super.createClient(config);
    void client.execute("PRAGMA journal_mode = WAL");
    return keepConnectionFresh(client, PRAGMAS);
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
