import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { requireOrganization } from "#app/reports/scope.server";
import { hasPermission } from "#app/utils/permissions";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, organization } = await requireOrganization(request, params.orgId);
  return { organization, canManage: hasPermission(user, "manage:organization:own") };
}

export default function OrganizationLayout() {
  const { t } = useTranslation();
  const { organization, canManage } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <p className="muted">{t("organizations.layout.kicker")}</p>
      <h1>{organization.name}</h1>
      <nav aria-label={t("organizations.layout.nav")} className="main-nav" style={{ marginBlockEnd: "1.5rem" }}>
        <NavLink to="." end>
          {t("organizations.layout.dashboard")}
        </NavLink>
        {canManage ? <NavLink to="members">{t("organizations.layout.members")}</NavLink> : null}
        {canManage ? <NavLink to="assignments">{t("organizations.layout.assignments")}</NavLink> : null}
      </nav>
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
