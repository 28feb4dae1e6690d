// Carries a lesson's last commit after its page has closed: a fetch inside waitUntil outlives
// the page, and, unlike sendBeacon and keepalive fetch, has no 64 KiB limit.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "commit" || typeof data.url !== "string" || typeof data.body !== "string") return;
  const url = new URL(data.url, self.location.origin);
  if (url.origin !== self.location.origin) return;
  event.waitUntil(deliver(url.href, data.body, 0));
});

async function deliver(url, body, attempt) {
  try {
    const response = await fetch(url, { method: "POST", body, credentials: "same-origin", headers: { "Content-Type": "text/plain;charset=UTF-8" } });
    if (response.status >= 500 && attempt < 3) return retryLater(url, body, attempt);
  } catch {
    if (attempt < 3) return retryLater(url, body, attempt);
  }
}

function retryLater(url, body, attempt) {
  return new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt)).then(() => deliver(url, body, attempt + 1));
}
