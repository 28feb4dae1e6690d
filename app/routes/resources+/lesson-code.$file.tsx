import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCatalog, getCompiledLesson } from "#app/content/catalog.server";
import { requireUser } from "#app/utils/auth.server";
import { hasPermission } from "#app/utils/permissions";

/**
 * A compiled lesson as a script, cached by the browser for good: its name is the hash of its
 * source. Answer keys were removed at compile time; the trainer variant (with facilitator notes)
 * is served to trainers only.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const hash = /^([a-f0-9]{64})\.js$/.exec(params.file ?? "")?.[1];
  const compiled = hash ? getCompiledLesson(hash) : null;
  if (!hash || !compiled) throw new Response("Not found", { status: 404 });
  const courses = [...(await getCatalog()).courses.values()];
  const isTrainerVariant = courses.some((c) => c.lessons.some((l) => Object.values(l.variants).some((v) => v.trainerHash === hash)));
  if (isTrainerVariant && !hasPermission(user, "read:facilitator-notes")) throw new Response("Not found", { status: 404 });
  const body = `(window.__lessons ||= {})[${JSON.stringify(hash)}] = function (React, ReactDOM, _jsx_runtime) {\n${compiled.code}\n};\n`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "private, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
