import Database from "libsql";
import { resolveDatabasePath } from "./database-url";
import { env } from "./env.server";
import { withBusyRetry } from "./sqlite-busy";

type Statement = { all(params: unknown[]): unknown[] };
type Connection = { db: Database.Database; statements: Map<string, Statement> };

const globalForReads = globalThis as unknown as { __academyReads?: Connection | null };

function connection(): Connection {
  if (globalForReads.__academyReads) return globalForReads.__academyReads;
  const db = new Database(resolveDatabasePath(env.DATABASE_URL));
  // Never waits: a read in WAL mode does not meet a writer's lock, and the event loop must not stall.
  db.pragma("busy_timeout = 0");
  return (globalForReads.__academyReads = { db, statements: new Map() });
}

/**
 * The reads every page makes (who is signed in, enrolment, lesson statuses), on a connection of
 * their own with prepared statements kept: a prepared read costs ~0.02 ms where a fresh one through
 * @libsql/client costs ~0.2 ms (docs/decisions/011-hot-reads-in-sql.md). Statements are fixed SQL
 * text from this codebase, so the cache holds a handful of entries.
 */
export function readRows<Row>(sql: string, args: unknown[]): Promise<Row[]> {
  return withBusyRetry(async () => read<Row>(sql, args));
}

function read<Row>(sql: string, args: unknown[]): Row[] {
  const current = connection();
  let statement = current.statements.get(sql);
  if (!statement) {
    statement = current.db.prepare(sql) as unknown as Statement;
    current.statements.set(sql, statement);
  }
  try {
    return statement.all(args) as Row[];
  } catch (error) {
    // A statement that failed keeps its snapshot until it is finalised (decision 010): start over
    // on a new connection rather than read stale data from this one.
    globalForReads.__academyReads = null;
    throw error;
  }
}
