import type { ActionFunctionArgs } from "@remix-run/node";
import { CommitEnvelopeSchema, commitAttempt } from "#app/scorm/commit.server";
import { getSessionId } from "#app/utils/auth.server";
import { readBodyText } from "#app/utils/read-body.server";

const MAX_COMMIT_BYTES = 1024 * 1024;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });

/**
 * Accepts JSON and the text/plain bodies of beacons and keepalive requests (which carry no custom
 * headers); authenticates by the session cookie alone.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return json(405, { result: "false", errorCode: 201, errorMessage: "Use POST." });
  const text = await readBodyText(request, MAX_COMMIT_BYTES);
  if (text === null) return json(413, { result: "false", errorCode: 201, errorMessage: "Commit is larger than 1 MB." });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json(400, { result: "false", errorCode: 201, errorMessage: "The commit body is not valid JSON." });
  }
  const envelope = CommitEnvelopeSchema.safeParse(body);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return json(400, { result: "false", errorCode: 201, errorMessage: `Malformed commit: ${issue?.path.join(".") || "body"} ${issue?.message ?? ""}`.trim() });
  }
  const outcome = await commitAttempt(params.attemptId ?? "", await getSessionId(request), envelope.data);
  return json(outcome.status, outcome.body);
}
