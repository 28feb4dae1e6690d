import { useId } from "react";
import { useTranslation } from "react-i18next";

export type Bar = { key: string; label: string; value: number; color: string };

/**
 * Horizontal bars drawn in SVG, with the same numbers in a table for screen readers and for
 * anyone who prefers to read. Bars grow from the reading start, so RTL needs no mirroring code.
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const { t } = useTranslation();
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  const total = bars.reduce((sum, b) => sum + b.value, 0);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <strong>{title}</strong>
      </figcaption>
      <div className="chart__bars">
        {bars.map((bar) => (
          <div key={bar.key} style={{ display: "grid", gridTemplateColumns: "minmax(8rem, 12rem) 1fr max-content", gap: "0.5rem", alignItems: "center", minBlockSize: rowHeight }}>
            <span>{bar.label}</span>
            <svg viewBox="0 0 100 10" preserveAspectRatio="none" style={{ inlineSize: "100%", blockSize: "0.9rem" }} aria-hidden="true" focusable="false">
              <rect x="0" y="0" width="100" height="10" fill="var(--paper-2)" />
              <rect x="0" y="0" width={(bar.value / max) * 100} height="10" fill={bar.color} />
            </svg>
            <span>{bar.value}</span>
          </div>
        ))}
      </div>
      <details>
        <summary>{t("organizations.charts.showTable")}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("organizations.charts.category")}</th>
              <th scope="col">{t("organizations.charts.count")}</th>
              <th scope="col">{t("organizations.charts.share")}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td>{bar.value}</td>
                <td>{total ? Math.round((bar.value / total) * 100) : 0}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
