import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { certificatePdfResponse } from "#app/certificates/certificate-download.server";
import { requireUser } from "#app/utils/auth.server";
import { prisma } from "#app/utils/db.server";
import { hasPermission } from "#app/utils/permissions";

const ParamsSchema = z.object({ certificateId: z.string().min(1).max(64) });

/** The holder's own certificate, or any for a platform admin; anyone else gets the same 404 as a missing one. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const parsed = ParamsSchema.safeParse(params);
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  const certificate = await prisma.certificate.findFirst({
    where: { id: parsed.data.certificateId, ...(hasPermission(user, "manage:certificate:any") ? {} : { userId: user.id }) },
  });
  if (!certificate) throw new Response("Not found", { status: 404 });
  return certificatePdfResponse(certificate, request.url);
}
