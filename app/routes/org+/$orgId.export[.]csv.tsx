import type { LoaderFunctionArgs } from "@remix-run/node";
import { resolveLocale } from "#app/i18n/i18n.server";
import { readDashboardFilters } from "#app/organizations/dashboard-filters";
import { orgCsvResponse } from "#app/organizations/export.server";
import { publicOrigin } from "#app/reports/origin.server";
import { requireOrganization } from "#app/reports/scope.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, organization } = await requireOrganization(request, params.orgId);
  const filters = readDashboardFilters(new URL(request.url).searchParams);
  return orgCsvResponse(organization, filters, await resolveLocale(request, user.locale), publicOrigin(request));
}
