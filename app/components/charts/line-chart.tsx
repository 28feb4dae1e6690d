import { useId } from "react";
import { useTranslation } from "react-i18next";

export type Point = { label: string; value: number };

const W = 600;
const H = 180;
const PAD = 28;

/**
 * Completions per period as columns with a cumulative line, in an SVG that names itself
 * (role="img" with a text summary) and a table with every number underneath.
 */
export function CompletionChart({ title, points }: { title: string; points: Point[] }) {
  const { t } = useTranslation();
  const id = useId();
  let running = 0;
  const cumulative = points.map((p) => (running += p.value));
  const max = Math.max(1, running);
  const step = (W - 2 * PAD) / Math.max(1, points.length);
  const y = (v: number) => H - PAD - (v / max) * (H - 2 * PAD);
  const path = cumulative.map((v, i) => `${i === 0 ? "M" : "L"}${PAD + step * (i + 0.5)},${y(v)}`).join(" ");
  const summary = t("organizations.charts.completionSummary", { count: running, first: points[0]?.label ?? "", last: points.at(-1)?.label ?? "" });
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <strong>{title}</strong>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} style={{ inlineSize: "100%", blockSize: "auto", direction: "ltr" }}>
        <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} stroke="var(--line)" />
        {points.map((p, i) => (
          <rect key={p.label} x={PAD + step * i + step * 0.2} width={step * 0.6} y={y(p.value)} height={H - PAD - y(p.value)} fill="var(--brand-soft)" stroke="var(--brand)" />
        ))}
        <path d={path} fill="none" stroke="var(--ok)" strokeWidth={2.5} />
        <text x={PAD} y={H - 8} fontSize="11" fill="var(--ink-soft)">
          {points[0]?.label}
        </text>
        <text x={W - PAD} y={H - 8} fontSize="11" fill="var(--ink-soft)" textAnchor="end">
          {points.at(-1)?.label}
        </text>
        <text x={W - PAD} y={y(running) - 6} fontSize="12" fill="var(--ok)" textAnchor="end">
          {running}
        </text>
      </svg>
      <details>
        <summary>{t("organizations.charts.showTable")}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("organizations.charts.period")}</th>
              <th scope="col">{t("organizations.charts.completions")}</th>
              <th scope="col">{t("organizations.charts.cumulative")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={p.label}>
                <th scope="row">{p.label}</th>
                <td>{p.value}</td>
                <td>{cumulative[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
