import { createClient, type Client } from "@libsql/client";
import { resolveDatabaseUrl } from "./database-url";
import { env } from "./env.server";
import { keepConnectionFresh } from "./libsql-connection.server";

/**
 * A direct libSQL connection for the SCORM commit hot path only. Prisma's client spends about
 * 75 ns per byte serialising a raw query's parameters, so writing a 40 KB commit through it costs
 * ~4 ms of CPU against ~0.4 ms here (docs/decisions/007-raw-libsql-for-commits.md). Everything
 * else goes through Prisma. Same file, same pragmas, version pinned to the adapter's.
 *
 * busy_timeout stays 0: libSQL's local driver runs on the main thread, so a busy wait here would
 * freeze the very event loop that Prisma's open transaction needs in order to finish. Callers
 * retry asynchronously instead (withBusyRetry).
 */
const PRAGMAS = ["PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 0", "PRAGMA foreign_keys = ON"];

const globalForSqlite = globalThis as unknown as { __academySqlite?: Client };

export function getSqlite(): Client {
  return (globalForSqlite.__academySqlite ??= keepConnectionFresh(createClient({ url: resolveDatabaseUrl(env.DATABASE_URL) }), PRAGMAS));
}

/** Prisma's libSQL adapter stores DateTime as ISO text with "+00:00"; raw SQL must match it to compare. */
export function sqliteDate(date: Date) {
  return date.toISOString().replace("Z", "+00:00");
}
