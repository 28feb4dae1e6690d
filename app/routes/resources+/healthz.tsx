import type { ActionFunctionArgs } from "@remix-run/node";

// The smallest route the server has: a liveness probe for load balancers, and the benchmarks'
// baseline. POST reads the whole body and discards it, the baseline for commit throughput.
export function loader() {
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}

export async function action({ request }: ActionFunctionArgs) {
  await request.arrayBuffer();
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
