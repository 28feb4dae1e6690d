import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { requireUserWithPermission } from "#app/utils/auth.server";
import { prisma } from "#app/utils/db.server";
import { ROLES } from "#app/utils/permissions";

const RoleChangeSchema = z.object({
  intent: z.enum(["grant", "revoke"]),
  userId: z.string().min(1).max(64),
  role: z.enum(ROLES),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, "manage:roles:any");
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const users = await prisma.user.findMany({
    where: q ? { OR: [{ email: { contains: q } }, { name: { contains: q } }] } : undefined,
    select: { id: true, email: true, name: true, roles: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
    take: 50,
  });
  return { q, users };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUserWithPermission(request, "manage:roles:any");
  const parsed = RoleChangeSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response("Invalid role change", { status: 400 });
  const { intent, userId, role } = parsed.data;
  // Removing your own admin role could leave the platform with no administrator.
  if (intent === "revoke" && role === "admin" && userId === admin.id) {
    throw new Response("You cannot remove your own admin role", { status: 400 });
  }
  const user = await prisma.user.update({
    where: { id: userId },
    data: { roles: intent === "grant" ? { connect: { name: role } } : { disconnect: { name: role } } },
    select: { name: true },
  });
  return data({ message: { intent, role, name: user.name } });
}

export default function AdminPage() {
  const { t } = useTranslation();
  const { q, users } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="page">
      <h1>{t("admin.title")}</h1>
      <h2>{t("admin.usersTitle")}</h2>
      {actionData?.message ? (
        <p role="status" className="notice notice--success">
          {t(actionData.message.intent === "grant" ? "admin.roleGranted" : "admin.roleRevoked", {
            role: t(`roles.${actionData.message.role}`),
            name: actionData.message.name,
          })}
        </p>
      ) : null}
      <Form method="get" className="inline-form" role="search">
        <label htmlFor="admin-q">{t("admin.search")}</label>
        <input id="admin-q" name="q" type="search" defaultValue={q} maxLength={100} />
        <button type="submit" className="button button--secondary">
          {t("admin.searchSubmit")}
        </button>
      </Form>
      {users.length === 0 ? (
        <p className="empty-state">{t("admin.noUsers")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.name")}</th>
                <th scope="col">{t("admin.email")}</th>
                <th scope="col">{t("admin.rolesColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => {
                const held = new Set(user.roles.map((r) => r.name));
                return (
                  <tr key={user.id}>
                    <td>{user.name}</td>
                    <td dir="ltr">{user.email}</td>
                    <td>
                      <ul className="role-list">
                        {ROLES.map((role) => (
                          <li key={role}>
                            <Form method="post">
                              <input type="hidden" name="userId" value={user.id} />
                              <input type="hidden" name="role" value={role} />
                              <input type="hidden" name="intent" value={held.has(role) ? "revoke" : "grant"} />
                              <button
                                type="submit"
                                className={held.has(role) ? "chip chip--on" : "chip"}
                                aria-pressed={held.has(role)}
                                aria-label={`${t(held.has(role) ? "admin.revoke" : "admin.grant")}: ${t(`roles.${role}`)} (${user.name})`}
                              >
                                {t(`roles.${role}`)}
                              </button>
                            </Form>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Administration · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
