import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { Field } from "#app/components/field";
import { CsvReport } from "#app/organizations/csv-report";
import { inviteMembers, renewSharedLink } from "#app/organizations/invites.server";
import { inviteUrl, SHARED_LINK_EMAIL } from "#app/organizations/invite-token.server";
import { readUploadedInviteCsv } from "#app/organizations/invite-upload.server";
import { publicOrigin } from "#app/reports/origin.server";
import { requireOrganizationManager } from "#app/reports/scope.server";
import { prisma } from "#app/utils/db.server";
import { formDataToObject, parseForm } from "#app/utils/forms";
import { EmailSchema, NameSchema } from "#app/utils/user-validation";

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("invite"), name: NameSchema, email: EmailSchema }),
  z.object({ intent: z.literal("share-link") }),
  z.object({ intent: z.literal("create-group"), groupName: z.string().trim().min(1, "errors.required").max(80, "errors.tooLong") }),
]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireOrganizationManager(request, params.orgId);
  const [members, invites, groups, sharedLink, memberTotal] = await Promise.all([
    prisma.user.findMany({
      where: { organizationId: organization.id },
      select: { id: true, name: true, email: true, groupMemberships: { select: { group: { select: { name: true } } } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 200,
    }),
    prisma.organizationInvite.findMany({
      where: { organizationId: organization.id, acceptedAt: null, email: { not: SHARED_LINK_EMAIL } },
      select: { id: true, email: true, name: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 200,
    }),
    prisma.organizationGroup.findMany({ where: { organizationId: organization.id }, select: { id: true, name: true, _count: { select: { members: true } } }, orderBy: { name: "asc" } }),
    prisma.organizationInvite.findUnique({ where: { organizationId_email: { organizationId: organization.id, email: SHARED_LINK_EMAIL } }, select: { createdAt: true } }),
    prisma.user.count({ where: { organizationId: organization.id } }),
  ]);
  return {
    members: members.map((m) => ({ id: m.id, name: m.name, email: m.email, groups: m.groupMemberships.map((g) => g.group.name) })),
    memberTotal,
    invites: invites.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })),
    groups: groups.map((g) => ({ id: g.id, name: g.name, members: g._count.members })),
    hasSharedLink: Boolean(sharedLink),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, organization } = await requireOrganizationManager(request, params.orgId);
  const origin = publicOrigin(request);
  if ((request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    const csv = await readUploadedInviteCsv(request);
    if (!csv.ok) return data({ csv: { problem: csv.problem, rows: [] } }, { status: csv.problem.key === "organizations.csv.tooLarge" ? 413 : 400 });
    const accepted = csv.rows.filter((r) => r.ok);
    const outcomes = accepted.length ? await inviteMembers(organization, accepted, user, origin) : new Map();
    return data({ csv: { problem: null, rows: csv.rows.map((r) => ({ ...r, outcome: r.ok ? (outcomes.get(r.email) ?? null) : null })) } });
  }
  const parsed = parseForm(ActionSchema, formDataToObject(await request.formData()));
  if (!parsed.ok) return data({ fieldErrors: parsed.fieldErrors }, { status: 400 });
  const input = parsed.data;
  if (input.intent === "invite") {
    const outcomes = await inviteMembers(organization, [input], user, origin);
    return data({ invited: { email: input.email, outcome: outcomes.get(input.email)! } });
  }
  if (input.intent === "share-link") return data({ sharedLink: inviteUrl(origin, await renewSharedLink(organization.id, user.id)) });
  await prisma.organizationGroup.upsert({
    where: { organizationId_name: { organizationId: organization.id, name: input.groupName } },
    update: {},
    create: { organizationId: organization.id, name: input.groupName },
  });
  return data({ groupCreated: input.groupName });
}

export default function MembersPage() {
  const { t } = useTranslation();
  const { members, memberTotal, invites, groups, hasSharedLink } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const fieldErrors = actionData && "fieldErrors" in actionData ? actionData.fieldErrors : undefined;
  return (
    <div className="stack">
      <div className="course-page__grid">
        <section className="panel" aria-labelledby="invite-title">
          <h2 id="invite-title">{t("organizations.members.inviteTitle")}</h2>
          {actionData && "invited" in actionData ? (
            <p role="status" className="notice notice--success">
              {t(`organizations.outcome.${actionData.invited.outcome}`)}: {actionData.invited.email}
            </p>
          ) : null}
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="invite" />
            <Field label={t("organizations.members.name")} name="name" required maxLength={100} errors={fieldErrors?.name} />
            <Field label={t("organizations.members.email")} name="email" type="email" required maxLength={254} errors={fieldErrors?.email} />
            <button className="button" type="submit">
              {t("organizations.members.sendInvite")}
            </button>
          </Form>
        </section>
        <section className="panel" aria-labelledby="csv-title">
          <h2 id="csv-title">{t("organizations.members.csvTitle")}</h2>
          <p className="muted">{t("organizations.members.csvHint")}</p>
          <Form method="post" encType="multipart/form-data" className="stack">
            <div className="field">
              <label htmlFor="invite-file">{t("organizations.members.csvFile")}</label>
              <input id="invite-file" name="file" type="file" accept=".csv,text/csv" required />
            </div>
            <button className="button" type="submit">
              {t("organizations.members.csvUpload")}
            </button>
          </Form>
        </section>
      </div>
      {actionData && "csv" in actionData ? <CsvReport problem={actionData.csv.problem} rows={actionData.csv.rows} /> : null}

      <section className="panel" aria-labelledby="link-title">
        <h2 id="link-title">{t("organizations.members.linkTitle")}</h2>
        <p className="muted">{t(hasSharedLink ? "organizations.members.linkExists" : "organizations.members.linkHint")}</p>
        {actionData && "sharedLink" in actionData ? (
          <p role="status" className="notice notice--success">
            {t("organizations.members.linkShownOnce")} <code id="shared-link">{actionData.sharedLink}</code>
          </p>
        ) : null}
        <Form method="post">
          <button className="button button--secondary" name="intent" value="share-link">
            {t(hasSharedLink ? "organizations.members.linkRenew" : "organizations.members.linkCreate")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="members-title">
        <h2 id="members-title">{t("organizations.members.listTitle", { count: memberTotal })}</h2>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("organizations.members.name")}</th>
                <th scope="col">{t("organizations.members.email")}</th>
                <th scope="col">{t("organizations.members.groups")}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link to={`${m.id}`}>{m.name}</Link>
                  </td>
                  <td>{m.email}</td>
                  <td>{m.groups.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {invites.length ? (
        <section aria-labelledby="pending-title">
          <h2 id="pending-title">{t("organizations.members.pendingTitle")}</h2>
          <ul>
            {invites.map((i) => (
              <li key={i.id}>
                {i.name ? `${i.name} · ` : ""}
                {i.email}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="groups-title">
        <h2 id="groups-title">{t("organizations.members.groupsTitle")}</h2>
        <ul>
          {groups.map((g) => (
            <li key={g.id}>{t("organizations.members.groupLine", { name: g.name, members: g.members })}</li>
          ))}
        </ul>
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="create-group" />
          <label htmlFor="group-name">{t("organizations.members.groupName")}</label>
          <input id="group-name" name="groupName" required maxLength={80} />
          <button className="button button--secondary" type="submit">
            {t("organizations.members.groupCreate")}
          </button>
        </Form>
        {fieldErrors?.groupName ? <p className="form-error">{t(fieldErrors.groupName[0]!.key, fieldErrors.groupName[0]!.values)}</p> : null}
      </section>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Members · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
