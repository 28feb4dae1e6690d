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
