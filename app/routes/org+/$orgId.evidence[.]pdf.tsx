import type { LoaderFunctionArgs } from "@remix-run/node";
import { resolveLocale } from "#app/i18n/i18n.server";
import { renderEvidencePdf } from "#app/organizations/evidence-pdf.server";
import { publicOrigin } from "#app/reports/origin.server";
import { requireOrganization } from "#app/reports/scope.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, organization } = await requireOrganization(request, params.orgId);
  const pdf = await renderEvidencePdf(organization, await resolveLocale(request, user.locale), publicOrigin(request));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${organization.slug}-compliance-evidence.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
