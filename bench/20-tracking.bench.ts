import crypto from "node:crypto";
import { loadTest, previousValue, round, type BenchContext, type BenchRow } from "./support";

const LEARNERS = 64;
const SIZES_KB = [5, 10, 20, 30, 40, 50, 60];

/** A SCORM 2004 commit of roughly `kb` kilobytes: suspend_data plus quiz interactions. */
function realisticCmi(kb: number) {
  const interactions: Record<string, object> = {};
  for (let i = 0; i < 12; i++) {
    interactions[String(i)] = {
      id: `q-basics/q${(i % 3) + 1}`,
      type: "choice",
      timestamp: "2026-11-26T10:00:00",
      learner_response: String(i % 4),
      result: i % 2 ? "correct" : "incorrect",
      latency: "PT12S",
      weighting: "",
      description: "",
      objectives: {},
      correct_responses: {},
    };
  }
  const state = { questions: {}, scenarios: { s1: ["start", "a", "b"] }, reflections: { r1: "" }, checks: {} };
  const base = JSON.stringify(state);
  const padding = "Reflection text about the learner's own agency and its reporting channels. ".repeat(Math.ceil((kb * 1024) / 76));
  state.reflections.r1 = padding.slice(0, Math.max(0, kb * 1024 - base.length - 3000));
  return {
    cmi: {
      completion_status: "incomplete",
      success_status: "unknown",
      exit: "suspend",
      location: "section-3",
      progress_measure: "0.5",
      score: { scaled: "0.5", raw: "", min: "", max: "" },
      session_time: "PT120S",
      suspend_data: JSON.stringify(state),
      interactions,
    },
  };
}

export default async function tracking(ctx: BenchContext): Promise<BenchRow[]> {
  const learners: { cookie: string; attemptId: string; session: string; seq: number }[] = [];
  for (let i = 0; i < LEARNERS; i++) {
    const { cookie } = await ctx.learnerCookie("uncac-foundations");
    const launch = await fetch(`${ctx.baseUrl}/resources/scorm/launch`, {
      method: "POST",
      headers: { cookie, "Content-Type": "application/json" },
      body: JSON.stringify({ courseId: "uncac-foundations", lessonId: "convention-structure" }),
    });
    const { attemptId } = (await launch.json()) as { attemptId: string };
    learners.push({ cookie, attemptId, session: crypto.randomUUID(), seq: 0 });
  }
  const payloads = SIZES_KB.map(realisticCmi);
  let next = 0;
  const request = (url: (l: (typeof learners)[number]) => string) => ({
    setupRequest(req: { path?: string; body?: string; headers?: Record<string, string> }, context: { learner?: number }) {
      context.learner ??= next++ % LEARNERS;
      const learner = learners[context.learner]!;
      learner.seq += 1;
      req.path = url(learner);
      req.body = JSON.stringify({ session: learner.session, seq: learner.seq, cmi: payloads[learner.seq % payloads.length] });
      req.headers = { cookie: learner.cookie, "content-type": "text/plain;charset=UTF-8" };
      return req;
    },
  });
  const noop = await loadTest({ url: ctx.baseUrl, method: "POST", requests: [{ method: "POST", ...request(() => "/resources/healthz") }] as never });
  const commits = await loadTest({
    url: ctx.baseUrl,
    method: "POST",
    requests: [{ method: "POST", ...request((l) => `/resources/scorm/commit/${l.attemptId}`) }] as never,
  });
  if (commits.non2xx > 0) throw new Error(`commits answered ${commits.non2xx} non-2xx responses`);
  return [
    { name: "no-op POST (same bodies): throughput", value: round(noop.rps, 0), unit: "req/s" },
    { name: "no-op POST (same bodies): p99 latency", value: noop.p99, unit: "ms" },
    { name: "SCORM commit, 64 learners, 5–60 KB: throughput", value: round(commits.rps, 0), unit: "req/s", baseline: previousValue({ ...ctx, previous: [...ctx.previous, { name: "noop", value: round(noop.rps, 0), unit: "" }] }, "noop"), goal: "≥ 0.50×" },
    { name: "SCORM commit, 64 learners, 5–60 KB: p99 latency", value: commits.p99, unit: "ms", baseline: { name: "no-op POST p99", value: noop.p99 }, goal: "≤ 2×" },
    { name: "SCORM commit: timeouts (> 10 s) / no-op timeouts", value: commits.errors, unit: `(no-op: ${noop.errors})` },
  ];
}
