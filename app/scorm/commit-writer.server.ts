import { withBusyRetry } from "#app/utils/sqlite-busy";
import { sqliteDate } from "#app/utils/sqlite.server";
import { writeOnWriterThread, type WriteStatement } from "./commit-writer-thread.server";

export type AttemptWrite = {
  attemptId: string;
  /** The row version the new state was computed from; the write applies only if it still is. */
  expectedSeq: number;
  cmiJson: string;
  completionStatus: string;
  successStatus: string;
  scoreScaled: number | null;
  totalTimeCs: number;
  sessionsJson: string;
  lastExit: string;
  finished: boolean;
  session: string;
  seq: number;
};

type Queued = AttemptWrite & { resolve: (applied: boolean) => void; reject: (error: unknown) => void };

const MAX_BATCH = 256;
let queue: Queued[] = [];
let flushing = false;

/**
 * Group commit: writes that arrive while a transaction is being synced to disk wait and go
 * together in the next one. With synchronous=FULL each transaction costs an fsync; sharing it
 * across concurrent learners keeps throughput up without weakening durability
 * (docs/decisions/004-commit-hot-path.md). Resolves true when the write applied, false when the
 * row had moved on and the caller must re-read.
 */
export function writeAttempt(write: AttemptWrite): Promise<boolean> {
  return new Promise((resolve, reject) => {
    queue.push({ ...write, resolve, reject });
    if (!flushing) {
      flushing = true;
      setImmediate(flush);
    }
  });
}

async function flush() {
  const batch = queue.slice(0, MAX_BATCH);
  queue = queue.slice(batch.length);
  try {
    const changes = await withBusyRetry(() => {
      const now = sqliteDate(new Date());
      return writeOnWriterThread(batch.flatMap((w) => statementsFor(w, now)));
    });
    batch.forEach((write, i) => write.resolve(changes[i * 2] === 1));
  } catch (error) {
    for (const write of batch) write.reject(error);
  }
  if (queue.length > 0) setImmediate(flush);
  else flushing = false;
}

function statementsFor(w: AttemptWrite, now: string): WriteStatement[] {
  return [
    {
      sql: `UPDATE Attempt SET seq = seq + 1, cmi = ?, completionStatus = ?, successStatus = ?, scoreScaled = ?,
              totalTimeCs = ?, sessions = ?, lastExit = ?, finishedAt = ?, updatedAt = ?
            WHERE id = ? AND seq = ? AND finishedAt IS NULL`,
      args: [w.cmiJson, w.completionStatus, w.successStatus, w.scoreScaled, w.totalTimeCs, w.sessionsJson, w.lastExit, w.finished ? now : null, now, w.attemptId, w.expectedSeq],
    },
    {
      // The log row exists only when the update above applied.
      sql: "INSERT INTO CommitLog (attemptId, sessionId, seq, payload, createdAt) SELECT ?, ?, ?, ?, ? WHERE changes() = 1",
      args: [w.attemptId, w.session, w.seq, w.cmiJson, now],
    },
  ];
}
