import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "#app/components/error-boundary";
import { Field } from "#app/components/field";
import { AUDIENCES, TIERS } from "#app/content/course-schema";
import { courseText } from "#app/courses/course-text";
import { resolveLocale } from "#app/i18n/i18n.server";
import { LOCALE_NAMES, LOCALES } from "#app/i18n/locales";
import { requireManagedPackage, updatePackageMetadata } from "#app/scorm-packages/manage-packages.server";
import { PACKAGE_MAX_BYTES } from "#app/scorm-packages/package-config.server";
import { getCatalogWithPackages, getPackageVersion } from "#app/scorm-packages/package-courses.server";
import { PackageMetadataSchema, readJsonList } from "#app/scorm-packages/package-metadata";
import { checkPrerequisites } from "#app/scorm-packages/prerequisite-check";
import { ProblemList } from "#app/scorm-packages/problem-list";
import { formatBytes } from "#app/scorm-packages/scan-zip.server";
import { UploadForm } from "#app/scorm-packages/upload-form";
import { uploadPackage } from "#app/scorm-packages/upload-package.server";
import { requireUserWithPermission } from "#app/utils/auth.server";
import { fieldError, parseForm, type FieldErrors } from "#app/utils/forms";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "import:scorm-package");
  const pkg = await requireManagedPackage(user, params.packageId);
  const locale = await resolveLocale(request, user.locale);
  const catalog = await getCatalogWithPackages();
  const latest = pkg.versions[0] ? await getPackageVersion(pkg.versions[0].id) : null;
  return {
    maxSize: formatBytes(PACKAGE_MAX_BYTES),
    pkg: {
      id: pkg.id,
      courseId: pkg.courseId,
      title: pkg.title,
      summary: pkg.summary,
      tier: pkg.tier,
      languages: readJsonList(pkg.languages, z.enum(LOCALES), ["en"]),
      audience: readJsonList(pkg.audience, z.enum(AUDIENCES), ["officials"]),
      prerequisites: readJsonList(pkg.prerequisites, z.string(), []),
      passingScore: pkg.passingScore,
      certificateValidityMonths: pkg.certificateValidityMonths,
      estimatedMinutes: pkg.estimatedMinutes,
    },
    versions: pkg.versions.map((v) => ({ ...v, sizeMb: (v.sizeBytes / 1024 / 1024).toFixed(1) })),
    scos: latest?.manifest.scos.map((s) => ({ id: s.itemIdentifier, title: s.title })) ?? [],
    courses: [...catalog.courses.values()]
      .filter((c) => c.meta.id !== pkg.courseId)
      .map((c) => ({ id: c.meta.id, title: courseText(c.meta, locale).title })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "import:scorm-package");
  const pkg = await requireManagedPackage(user, params.packageId);
  if ((request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    const result = await uploadPackage(request, { kind: "version", packageId: pkg.id });
    if (!result.ok) return data({ problems: result.problems, fieldErrors: null, saved: false }, { status: 400 });
    return redirect(`/packages/${pkg.id}?uploaded=${result.version}`);
  }
  const form = await request.formData();
  const parsed = parseForm(PackageMetadataSchema, {
    ...Object.fromEntries([...form].filter(([, v]) => typeof v === "string")),
    languages: form.getAll("languages"),
    audience: form.getAll("audience"),
    prerequisites: form.getAll("prerequisites"),
  });
  if (!parsed.ok) return data({ problems: null, fieldErrors: parsed.fieldErrors, saved: false }, { status: 400 });
  const catalog = await getCatalogWithPackages();
  if (!checkPrerequisites(pkg.courseId, parsed.data.prerequisites, catalog.courses)) {
    return data({ problems: null, fieldErrors: fieldError("prerequisites", "packages.errors.prerequisite"), saved: false }, { status: 400 });
  }
  await updatePackageMetadata(user, pkg.id, parsed.data);
  return { problems: null, fieldErrors: null, saved: true };
}

export default function PackagePage() {
  const { t, i18n } = useTranslation();
  const { maxSize, pkg, versions, scos, courses } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const uploaded = searchParams.get("uploaded");
  const errors: FieldErrors = actionData?.fieldErrors ?? {};
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="page stack">
      <p>
        <Link to="/packages">{t("packages.list.title")}</Link>
      </p>
      <h1 dir="auto">{pkg.title}</h1>
      {uploaded && !actionData ? (
        <p className="notice notice--success" role="status">
          {t("packages.upload.uploaded", { version: uploaded })}
        </p>
      ) : null}
      <p>
        <Link to={`/courses/${pkg.courseId}`}>{t("packages.edit.courseLink")}</Link>
      </p>

      <section className="panel stack" aria-labelledby="settings-title">
        <h2 id="settings-title">{t("packages.edit.title")}</h2>
        {actionData?.saved ? (
          <p className="notice notice--success" role="status">
            {t("packages.edit.saved")}
          </p>
        ) : null}
        <Form method="post" className="stack">
          <Field label={t("packages.edit.fields.title")} name="title" defaultValue={pkg.title} maxLength={120} required errors={errors.title} />
          <div className="field">
            <label htmlFor="summary">{t("packages.edit.fields.summary")}</label>
            <textarea id="summary" name="summary" defaultValue={pkg.summary} maxLength={400} rows={3} />
          </div>
          <div className="field">
            <label htmlFor="tier">{t("packages.edit.fields.tier")}</label>
            <select id="tier" name="tier" defaultValue={pkg.tier}>
              {TIERS.map((tier) => (
                <option key={tier} value={tier}>
                  {t(`tiers.${tier}`)}
                </option>
              ))}
            </select>
          </div>
          <Choices legend={t("packages.edit.fields.languages")} name="languages" errors={errors.languages} selected={pkg.languages}
            options={LOCALES.map((code) => ({ value: code, label: LOCALE_NAMES[code] }))} />
          <Choices legend={t("packages.edit.fields.audience")} name="audience" errors={errors.audience} selected={pkg.audience}
            options={AUDIENCES.map((a) => ({ value: a, label: t(`audiences.${a}`) }))} />
          <Choices legend={t("packages.edit.fields.prerequisites")} name="prerequisites" errors={errors.prerequisites} selected={pkg.prerequisites}
            options={courses.map((c) => ({ value: c.id, label: c.title }))} />
          <Field label={t("packages.edit.fields.passingScore")} name="passingScore" type="number" min={0} max={100} required
            defaultValue={pkg.passingScore} errors={errors.passingScore} />
          <Field label={t("packages.edit.fields.validity")} hint={t("packages.edit.fields.validityHint")} name="certificateValidityMonths" type="number"
            min={1} max={240} defaultValue={pkg.certificateValidityMonths ?? ""} errors={errors.certificateValidityMonths} />
          <Field label={t("packages.edit.fields.minutes")} name="estimatedMinutes" type="number" min={1} max={6000} required
            defaultValue={pkg.estimatedMinutes} errors={errors.estimatedMinutes} />
          <div>
            <button type="submit" className="button">
              {t("packages.edit.save")}
            </button>
          </div>
        </Form>
      </section>

      <section className="panel stack" aria-labelledby="version-title">
        <h2 id="version-title">{t("packages.upload.newVersionTitle")}</h2>
        <p>{t("packages.upload.newVersionHint")}</p>
        {actionData?.problems ? <ProblemList problems={actionData.problems} /> : null}
        <UploadForm maxSize={maxSize} submitLabel={t("packages.upload.submit")} />
      </section>

      <section aria-labelledby="lessons-title">
        <h2 id="lessons-title">{t("packages.edit.lessons")}</h2>
        <ol>
          {scos.map((s) => (
            <li key={s.id} dir="auto">
              {s.title}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="versions-title">
        <h2 id="versions-title">{t("packages.edit.versions")}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("packages.list.version")}</th>
              <th scope="col">{t("packages.list.scormVersion")}</th>
              <th scope="col">{t("packages.list.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} data-version={v.version}>
                <td>
                  {v.version} <span className="muted">({t("packages.edit.sizeMb", { size: v.sizeMb })})</span>
                </td>
                <td dir="ltr">{v.scormVersion}</td>
                <td>{date.format(new Date(v.createdAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

function Choices(props: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  selected: string[];
  errors?: { key: string; values?: Record<string, number | string> }[];
}) {
  const { t } = useTranslation();
  const errorId = `${props.name}-errors`;
  return (
    <fieldset className="field" aria-describedby={props.errors?.length ? errorId : undefined}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value}>
          <input type="checkbox" name={props.name} value={option.value} defaultChecked={props.selected.includes(option.value)} /> {option.label}
        </label>
      ))}
      {props.errors?.length ? (
        <ul id={errorId} className="field__errors">
          {props.errors.map((error) => (
            <li key={error.key}>{t(error.key, error.values)}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.pkg.title ?? "Package"} · Integrity Academy` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
