import fs from "node:fs";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { keepConnectionFresh } from "./libsql-connection.server";

// Two real connections to one SQLite file: "ours" (wrapped, as the app's are) and "other" (another
// process or Prisma's connection) that holds the write lock at the wrong moment.
let dir: string;
let ours: Client;
let other: Client;
const rowCount = async (client: Client) => Number((await client.execute("SELECT count(*) AS n FROM t")).rows[0]!.n);

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(process.env.IA_TEST_DIR ?? "/tmp", "libsql-"));
  const url = `file:${path.join(dir, "db.sqlite")}`;
  other = createClient({ url });
  await other.execute("PRAGMA journal_mode = WAL");
  await other.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
  await other.execute("INSERT INTO t (v) VALUES ('first')");
  ours = keepConnectionFresh(createClient({ url }), ["PRAGMA busy_timeout = 0", "PRAGMA foreign_keys = ON"]);
});
afterEach(() => {
  ours.close();
  other.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a connection that met SQLITE_BUSY", () => {
  it.each(["batch", "execute"] as const)("still sees later commits after a busy %s", async (method) => {
    const lock = await other.transaction("write");
    await lock.execute("INSERT INTO t (v) VALUES ('locked')");
    const write = { sql: "UPDATE t SET v = 'ours' WHERE id = 1", args: [] };
    const attempt = method === "batch" ? ours.batch([write], "write") : ours.execute(write);
    await expect(attempt).rejects.toThrow(/SQLITE_BUSY|locked/);
    await lock.commit();

    for (let expected = 3; expected <= 5; expected++) {
      await other.execute("INSERT INTO t (v) VALUES ('later')");
      expect(await rowCount(ours)).toBe(expected);
    }
    // And the retried write lands.
    await ours.batch([write], "write");
    expect((await other.execute("SELECT v FROM t WHERE id = 1")).rows[0]!.v).toBe("ours");
  });

  it("keeps its pragmas on the replacement connection", async () => {
    const lock = await other.transaction("write");
    await expect(ours.execute("INSERT INTO t (v) VALUES ('x')")).rejects.toThrow(/SQLITE_BUSY|locked/);
    await lock.rollback();
    expect(Number((await ours.execute("PRAGMA foreign_keys")).rows[0]![0])).toBe(1);
    expect(Number((await ours.execute("PRAGMA busy_timeout")).rows[0]![0])).toBe(0);
  });
});
