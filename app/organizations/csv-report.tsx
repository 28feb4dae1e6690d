import { useTranslation } from "react-i18next";
import type { FileProblem, RowReport } from "./invite-csv";
import type { InviteOutcome } from "./invites.server";

type Row = RowReport & { outcome: InviteOutcome | null };

/** What happened to each row of an uploaded list, or why the whole file was refused. */
export function CsvReport({ problem, rows }: { problem: FileProblem | null; rows: Row[] }) {
  const { t } = useTranslation();
  if (problem) {
    return (
      <div className="form-error" role="alert" id="csv-report">
        <p>{t(problem.key, "values" in problem ? problem.values : {})}</p>
        <p>{t("organizations.csv.nothingImported")}</p>
      </div>
    );
  }
  const accepted = rows.filter((r) => r.ok).length;
  return (
    <section aria-labelledby="csv-report-title" id="csv-report">
      <h2 id="csv-report-title">{t("organizations.csv.reportTitle")}</h2>
      <p role="status" className={accepted === rows.length ? "notice notice--success" : "notice notice--warning"}>
        {t("organizations.csv.summary", { accepted, rejected: rows.length - accepted })}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("organizations.csv.line")}</th>
              <th scope="col">{t("organizations.members.name")}</th>
              <th scope="col">{t("organizations.members.email")}</th>
              <th scope="col">{t("organizations.csv.result")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line} data-line={row.line} data-ok={row.ok}>
                <td>{row.line}</td>
                <td>{row.name}</td>
                <td>{row.email}</td>
                <td>
                  {row.ok ? (
                    t(`organizations.outcome.${row.outcome ?? "invited"}`)
                  ) : (
                    <span className="field__errors">
                      {t("organizations.csv.rejected")}:{" "}
                      {row.reasons
                        .map((r) => (r.field ? `${t(`organizations.members.${r.field}`)}: ${t(r.key, r.values ?? {})}` : t(r.key)))
                        .join("; ")}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
