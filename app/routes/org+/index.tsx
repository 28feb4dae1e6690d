import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { Field } from "#app/components/field";
import { createOrganization } from "#app/organizations/organizations.server";
import { requireUserWithPermission } from "#app/utils/auth.server";
import { prisma } from "#app/utils/db.server";
import { formDataToObject, parseForm } from "#app/utils/forms";
import { hasPermission } from "#app/utils/permissions";

const CreateSchema = z.object({ name: z.string().trim().min(2, "errors.required").max(120, "errors.tooLong") });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:report:org");
  const platformAdmin = hasPermission(user, "manage:roles:any");
  if (!platformAdmin && user.organizationId) throw redirect(`/org/${user.organizationId}`);
  const organizations = platformAdmin
    ? await prisma.organization.findMany({ select: { id: true, name: true, _count: { select: { users: true } } }, orderBy: { name: "asc" }, take: 500 })
    : [];
  return { organizations: organizations.map((o) => ({ id: o.id, name: o.name, members: o._count.users })), platformAdmin };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "manage:organization:own");
  const platformAdmin = hasPermission(user, "manage:roles:any");
  if (!platformAdmin && user.organizationId) throw new Response("You already belong to an organization", { status: 400 });
  const parsed = parseForm(CreateSchema, formDataToObject(await request.formData()));
  if (!parsed.ok) return data({ fieldErrors: parsed.fieldErrors }, { status: 400 });
  const organization = await createOrganization(parsed.data.name, platformAdmin ? null : user.id);
  return redirect(`/org/${organization.id}`);
}

export default function OrganizationsPage() {
  const { t } = useTranslation();
  const { organizations, platformAdmin } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="page">
      <h1>{t("organizations.index.title")}</h1>
      {platformAdmin ? (
        organizations.length ? (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("organizations.index.name")}</th>
                  <th scope="col">{t("organizations.index.members")}</th>
                </tr>
              </thead>
              <tbody>
                {organizations.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link to={`/org/${o.id}`}>{o.name}</Link>
                    </td>
                    <td>{o.members}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="empty-state">{t("organizations.index.none")}</p>
        )
      ) : (
        <p className="lead">{t("organizations.index.noOrganization")}</p>
      )}
      <section className="panel" aria-labelledby="create-org-title">
        <h2 id="create-org-title">{t("organizations.index.createTitle")}</h2>
        <Form method="post" className="stack">
          <Field label={t("organizations.index.name")} name="name" required maxLength={120} errors={actionData?.fieldErrors.name} />
          <button className="button" type="submit">
            {t("organizations.index.create")}
          </button>
        </Form>
      </section>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Organizations · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
