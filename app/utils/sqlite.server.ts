import { createClient, type Client } from "@libsql/client";
import { resolveDatabaseUrl } from "./database-url";
import { env } from "./env.server";

/**
 * A direct libSQL connection for the SCORM commit hot path only. Prisma's client spends about
 * 75 ns per byte serialising a raw query's parameters, so writing a 40 KB commit through it costs
 * ~4 ms of CPU against ~0.4 ms here (docs/decisions/007-raw-libsql-for-commits.md). Everything
 * else goes through Prisma. Same file, same pragmas, version pinned to the adapter's.
 */
function createSqlite() {
  const client = createClient({ url: resolveDatabaseUrl(env.DATABASE_URL) });
  // busy_timeout stays 0: libSQL's local driver runs on the main thread, so a busy wait here would
  // freeze the very event loop that Prisma's open transaction needs in order to finish. Callers
  // retry asynchronously instead (see commit-writer.server.ts). One pragma at a time: SQLite
  // refuses to change the safety level inside a batch's transaction.
  return (async () => {
    for (const pragma of ["PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 0", "PRAGMA foreign_keys = ON"]) await client.execute(pragma);
    return client;
  })();
}

const globalForSqlite = globalThis as unknown as { __academySqlite?: Promise<Client> };

export function getSqlite(): Promise<Client> {
  return (globalForSqlite.__academySqlite ??= createSqlite());
}

/** Prisma's libSQL adapter stores DateTime as ISO text with "+00:00"; raw SQL must match it to compare. */
export function sqliteDate(date: Date) {
  return date.toISOString().replace("Z", "+00:00");
}

/** SQLite's "busy", as libSQL reports it and as Prisma wraps it (P1008, "Operation has timed out"). */
export const isSqliteBusy = (error: unknown) =>
  error instanceof Error &&
  (/SQLITE_BUSY|database is locked|Operation has timed out/i.test(error.message) || (error as { code?: unknown }).code === "P1008");

/** Waits for a lock held elsewhere without blocking the event loop, for up to about ten seconds. */
export async function withBusyRetry<T>(operation: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!isSqliteBusy(error) || attempt >= 120) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(100, 2 ** attempt)));
    }
  }
}
