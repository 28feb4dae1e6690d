import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { cohortScope } from "#app/reports/scope.server";
import { requireUserWithPermission } from "#app/utils/auth.server";
import { prisma } from "#app/utils/db.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "manage:cohort:own");
  const cohorts = await prisma.cohort.findMany({
    where: cohortScope(user),
    select: { id: true, name: true, place: true, joinCode: true, startsAt: true, _count: { select: { members: true } } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return { cohorts: cohorts.map((c) => ({ id: c.id, name: c.name, place: c.place, joinCode: c.joinCode, members: c._count.members })) };
}

export default function CohortsPage() {
  const { t } = useTranslation();
  const { cohorts } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("organizations.cohorts.title")}</h1>
      <p>
        <Link className="button" to="new">
          {t("organizations.cohorts.create")}
        </Link>
      </p>
      {cohorts.length === 0 ? (
        <p className="empty-state">{t("organizations.cohorts.none")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("organizations.cohorts.name")}</th>
              <th scope="col">{t("organizations.cohorts.place")}</th>
              <th scope="col">{t("organizations.cohorts.joinCode")}</th>
              <th scope="col">{t("organizations.cohorts.learners")}</th>
            </tr>
          </thead>
          <tbody>
            {cohorts.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={c.id}>{c.name}</Link>
                </td>
                <td>{c.place}</td>
                <td>
                  <code>{c.joinCode}</code>
                </td>
                <td>{c.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Cohorts · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
