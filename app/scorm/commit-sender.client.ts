import { writeJournal, type JournalEntry } from "./journal.client";

export type SaveState = "saved" | "saving" | "offline" | "signed-out" | "rejected";

export type ServerStatus = { completionStatus: string; successStatus: string; scoreScaled: number | null };

const BEACON_LIMIT = 64 * 1024;
const MAX_BACKOFF_MS = 30_000;

/**
 * Delivers the newest journal entry, one request at a time. Each entry is the whole CMI state, so
 * an entry superseded while offline never needs sending: only the latest matters, and a retry
 * with backoff (or the `online` event) brings it to the server.
 */
export function createCommitSender(options: {
  journalKey: string;
  commitUrl: string;
  onState: (state: SaveState, detail?: string) => void;
  onServerStatus: (status: ServerStatus) => void;
}) {
  let latest: JournalEntry | null = null;
  let inFlight = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let backoff = 1000;

  const unconfirmed = () => latest !== null && latest.seq > latest.confirmedSeq;

  async function pump() {
    if (inFlight || !latest) return;
    if (!unconfirmed()) return options.onState("saved");
    inFlight = true;
    const entry = latest;
    options.onState("saving");
    let retry = false;
    try {
      const response = await fetch(options.commitUrl, {
        method: "POST",
        body: entry.body,
        credentials: "same-origin",
        headers: { "Content-Type": "text/plain;charset=UTF-8" },
      });
      const payload = (await response.json().catch(() => null)) as (ServerStatus & { errorMessage?: string }) | null;
      if (response.ok) {
        confirm(entry.seq);
        backoff = 1000;
        if (payload) options.onServerStatus(payload);
      } else if (response.status === 401) {
        options.onState("signed-out");
        retry = true;
      } else if (response.status >= 500 || response.status === 409 || response.status === 429) {
        options.onState("offline");
        retry = true;
      } else {
        // The server refused this state as invalid; sending it again would be refused again.
        options.onState("rejected", payload?.errorMessage);
      }
    } catch {
      options.onState("offline");
      retry = true;
    } finally {
      inFlight = false;
    }
    if (retry) scheduleRetry();
    else if (unconfirmed()) void pump();
    else if (latest === entry || !unconfirmed()) options.onState("saved");
  }

  function scheduleRetry() {
    if (retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void pump();
    }, backoff);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  }

  function confirm(seq: number) {
    if (!latest || latest.confirmedSeq >= seq) return;
    latest = { ...latest, confirmedSeq: seq };
    writeJournal(options.journalKey, latest);
  }

  const onOnline = () => {
    backoff = 1000;
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    void pump();
  };
  window.addEventListener("online", onOnline);

  return {
    /** Journals a new state synchronously, then sends it when the line is free. */
    record(entry: Omit<JournalEntry, "confirmedSeq">) {
      latest = { ...entry, confirmedSeq: latest?.confirmedSeq ?? 0 };
      writeJournal(options.journalKey, latest);
      void pump();
    },
    hasUnsavedChanges: unconfirmed,
    /**
     * For a page that is going away: the service worker's fetch outlives the page; without one,
     * a beacon if the state fits. Either way the journal keeps it for the next visit.
     */
    flushOnExit() {
      if (!latest || !unconfirmed()) return;
      const controller = navigator.serviceWorker?.controller;
      if (controller) controller.postMessage({ type: "commit", url: options.commitUrl, body: latest.body });
      else if (new Blob([latest.body]).size <= BEACON_LIMIT) navigator.sendBeacon(options.commitUrl, new Blob([latest.body], { type: "text/plain" }));
    },
    dispose() {
      window.removeEventListener("online", onOnline);
      if (retryTimer) clearTimeout(retryTimer);
    },
  };
}
