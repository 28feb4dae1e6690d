import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { resolveDatabasePath } from "#app/utils/database-url";
import { env } from "#app/utils/env.server";

export type WriteStatement = { sql: string; args: (string | number | null)[] };
type Reply = { id: number; changes: number[] } | { id: number; error: { message: string; code?: string } };

/**
 * Runs in the writer thread: the whole batch in one IMMEDIATE transaction, statements prepared once.
 * It is sent to the thread as source text (`toString`), so it may use nothing from this module.
 */
function writerThread() {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { parentPort, workerData } = require("node:worker_threads") as typeof import("node:worker_threads");
  const Database = require(workerData.libsql) as typeof import("libsql");
  type Db = InstanceType<typeof Database>;
  let db: Db | null = null;
  let statements = new Map<string, ReturnType<Db["prepare"]>>();
  parentPort!.on("message", ({ id, batch }: { id: number; batch: WriteStatement[] }) => {
    try {
      if (!db) {
        db = new Database(workerData.path);
        for (const pragma of workerData.pragmas as string[]) db.pragma(pragma);
        statements = new Map();
      }
      const open = db;
      open.exec("BEGIN IMMEDIATE");
      try {
        const changes = batch.map(({ sql, args }) => {
          let statement = statements.get(sql);
          if (!statement) statements.set(sql, (statement = open.prepare(sql)));
          return statement.run(args).changes;
        });
        open.exec("COMMIT");
        parentPort!.postMessage({ id, changes });
      } catch (error) {
        if (open.inTransaction) open.exec("ROLLBACK");
        throw error;
      }
    } catch (error) {
      // A statement that failed keeps its snapshot until finalised (decision 010): start afresh.
      try {
        db?.close();
      } catch {
        // Already unusable; the collector finishes it.
      }
      db = null;
      const { message, code } = error as { message?: string; code?: string };
      parentPort!.postMessage({ id, error: { message: String(message), code } });
    }
  });
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (changes: number[]) => void; reject: (error: Error) => void }>();

function startWorker() {
  const started = new Worker(`(${writerThread.toString()})()`, {
    eval: true,
    workerData: {
      libsql: createRequire(import.meta.url).resolve("libsql"),
      path: resolveDatabasePath(env.DATABASE_URL),
      // The thread may wait for a lock held by a Prisma transaction: the event loop that must
      // finish that transaction is not the one waiting.
      pragmas: ["synchronous = FULL", "busy_timeout = 5000", "foreign_keys = ON"],
    },
  });
  started.unref();
  started.on("message", (reply: Reply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (!waiting) return;
    if ("changes" in reply) return waiting.resolve(reply.changes);
    waiting.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
  });
  const fail = (error: Error) => {
    if (worker === started) worker = null;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  started.on("error", fail);
  started.on("exit", (code) => fail(new Error(`The commit writer thread stopped (exit code ${code})`)));
  return started;
}

/**
 * Applies a batch of writes in one transaction on the writer thread and returns each statement's
 * changed-row count. SQLite's write and fsync block whichever thread runs them; here that is not
 * the thread serving requests (docs/decisions/014-commit-writer-thread.md).
 */
export function writeOnWriterThread(batch: WriteStatement[]): Promise<number[]> {
  worker ??= startWorker();
  const id = nextId++;
  const target = worker;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.postMessage({ id, batch });
  });
}
