import { useTranslation } from "react-i18next";

type Problem = { code: string; message: string; entry?: string };

/**
 * Why an upload was refused, one item per problem: the kind of problem in the trainer's
 * language, then the inspector's precise detail (file names, sizes, limits) as written.
 */
export function ProblemList({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert" data-testid="package-problems">
      <p>
        <strong>{t("packages.upload.rejected")}</strong> {t("packages.upload.rejectedHint")}
      </p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i} data-problem-code={problem.code}>
            {t(`packages.problems.${problem.code}`, { defaultValue: t("packages.problems.corrupt-zip") })}{" "}
            <span className="muted" lang="en">
              ({problem.message})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
