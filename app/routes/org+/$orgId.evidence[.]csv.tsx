import type { LoaderFunctionArgs } from "@remix-run/node";
import { resolveLocale } from "#app/i18n/i18n.server";
import { evidenceCsvResponse } from "#app/organizations/evidence.server";
import { publicOrigin } from "#app/reports/origin.server";
import { requireOrganization } from "#app/reports/scope.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, organization } = await requireOrganization(request, params.orgId);
  return evidenceCsvResponse(organization, await resolveLocale(request, user.locale), publicOrigin(request));
}
