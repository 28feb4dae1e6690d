import { createReadStream } from "node:fs";
import { createReadableStreamFromReadable, type LoaderFunctionArgs } from "@remix-run/node";
import { contentTypeOf } from "#app/scorm-packages/content-types";
import { getPackageVersion } from "#app/scorm-packages/package-courses.server";
import { findPackageFile } from "#app/scorm-packages/package-file.server";
import { getUser } from "#app/utils/auth.server";
import { prisma } from "#app/utils/db.server";
import { hasPermission } from "#app/utils/permissions";

/**
 * Serves the files of one package version under its own path. SCO content needs inline script
 * and must stay same-origin to reach window.parent.API; the CSP keeps it from loading anything
 * from elsewhere, posting forms elsewhere, or being framed by another site.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const version = await getPackageVersion(params.versionId ?? "");
  if (!version) throw new Response("Not found", { status: 404 });
  const user = await getUser(request);
  if (!user) throw new Response("Sign in to open this course", { status: 403 });
  if (!hasPermission(user, "import:scorm-package")) {
    const enrolled = await prisma.enrollment.findUnique({
      where: { userId_courseId: { userId: user.id, courseId: version.courseId } },
      select: { id: true },
    });
    if (!enrolled) throw new Response("Enrol in the course first", { status: 403 });
  }
  const file = await findPackageFile(version.dir, params["*"] ?? "");
  if (!file) throw new Response("Not found", { status: 404 });
  const body = request.method === "HEAD" ? null : createReadableStreamFromReadable(createReadStream(file.path));
  return new Response(body, {
    headers: {
      "Content-Type": contentTypeOf(file.path),
      "Content-Length": String(file.size),
      // A version's files never change; the version id is in the path.
      "Cache-Control": "private, max-age=86400, immutable",
      "Content-Security-Policy": "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; frame-ancestors 'self'; form-action 'self'",
      "X-Content-Type-Options": "nosniff",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Referrer-Policy": "same-origin",
    },
  });
}
