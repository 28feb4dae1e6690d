import type { Client, TransactionMode } from "@libsql/client";
import { isSqliteBusy } from "./sqlite-busy";

/**
 * Keeps a libSQL client's connection usable for its whole life (docs/decisions/010-libsql-busy-snapshot.md).
 *
 * - libSQL hands its connection to every transaction (Prisma starts one for each nested write)
 *   and lazily opens a fresh one afterwards, without our pragmas: apply them to every replacement.
 * - A statement that fails with SQLITE_BUSY is left un-reset by the driver, and until the garbage
 *   collector finalises it, it pins the connection to the snapshot it saw: every later read on that
 *   connection silently misses newer commits. After a busy error we hand the pinned connection to a
 *   throwaway transaction, so the next statement runs on a fresh one.
 */
export function keepConnectionFresh(client: Client, pragmas: readonly string[]): Client {
  const applyPragmas = () => Promise.all(pragmas.map((pragma) => client.execute(pragma)));
  const startTransaction = client.transaction.bind(client);
  client.transaction = async (mode?: TransactionMode) => {
    const transaction = await startTransaction(mode);
    await applyPragmas();
    return transaction;
  };

  const replaceConnection = async () => {
    const pinned = await client.transaction("deferred");
    pinned.close();
  };
  const replacingOnBusy = <Args extends unknown[], Result>(run: (...args: Args) => Promise<Result>) =>
    async (...args: Args) => {
      try {
        return await run(...args);
      } catch (error) {
        if (isSqliteBusy(error)) await replaceConnection();
        throw error;
      }
    };
  client.execute = replacingOnBusy(client.execute.bind(client) as (...args: unknown[]) => ReturnType<Client["execute"]>) as Client["execute"];
  client.batch = replacingOnBusy(client.batch.bind(client));

  // libSQL's local driver runs each statement synchronously, so these are in place before the
  // caller's first query even though nobody awaits them here.
  void applyPragmas();
  return client;
}
