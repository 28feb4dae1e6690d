import path from "node:path";

// Each run gets its own folder (set once in the main process, inherited by the workers), so two
// runs on one machine never share a database or a server.
process.env.IA_TEST_DIR ??= path.resolve(`tests/.tmp/run-${process.pid}`);

/** One SQLite file and one cache for the whole run; the server and the test workers share them. */
export const TEST_DIR = process.env.IA_TEST_DIR;
export const TEST_ENV = {
  DATABASE_URL: `file:${path.join(TEST_DIR, "test.db")}`,
  SESSION_SECRET: "test-secret-for-the-suite-only",
  CACHE_DIR: path.join(TEST_DIR, "cache"),
  OUTBOX_DIR: path.join(TEST_DIR, "outbox"),
  CONTENT_DIR: "content",
  QUIET_START: "1",
  HOST: "127.0.0.1",
} as const;
