import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { listManagedPackages } from "#app/scorm-packages/manage-packages.server";
import { PACKAGE_MAX_BYTES } from "#app/scorm-packages/package-config.server";
import { ProblemList } from "#app/scorm-packages/problem-list";
import { formatBytes } from "#app/scorm-packages/scan-zip.server";
import { UploadForm } from "#app/scorm-packages/upload-form";
import { uploadPackage } from "#app/scorm-packages/upload-package.server";
import { requireUserWithPermission } from "#app/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "import:scorm-package");
  const packages = await listManagedPackages(user);
  return {
    maxSize: formatBytes(PACKAGE_MAX_BYTES),
    packages: packages.map((p) => ({ id: p.id, courseId: p.courseId, title: p.title, latest: p.versions[0] ?? null })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "import:scorm-package");
  const result = await uploadPackage(request, { kind: "new", ownerId: user.id });
  if (!result.ok) return data({ problems: result.problems }, { status: 400 });
  return redirect(`/packages/${result.packageId}?uploaded=${result.version}`);
}

export default function PackagesPage() {
  const { t, i18n } = useTranslation();
  const { maxSize, packages } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  return (
    <div className="page stack">
      <h1>{t("packages.list.title")}</h1>
      <p className="lead">{t("packages.list.intro")}</p>
      <section className="panel stack" aria-labelledby="upload-title">
        <h2 id="upload-title">{t("packages.upload.title")}</h2>
        {actionData?.problems ? <ProblemList problems={actionData.problems} /> : null}
        <UploadForm maxSize={maxSize} submitLabel={t("packages.upload.submit")} />
      </section>
      {packages.length === 0 ? (
        <p className="empty-state">{t("packages.list.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("packages.list.course")}</th>
                <th scope="col">{t("packages.list.version")}</th>
                <th scope="col">{t("packages.list.scormVersion")}</th>
                <th scope="col">{t("packages.list.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {packages.map((p) => (
                <tr key={p.id} data-package-id={p.id}>
                  <td dir="auto">
                    <Link to={`/packages/${p.id}`}>{p.title}</Link>
                  </td>
                  <td>{p.latest?.version}</td>
                  <td dir="ltr">{p.latest?.scormVersion}</td>
                  <td>{p.latest ? date.format(new Date(p.latest.createdAt)) : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "SCORM packages · Integrity Academy" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
