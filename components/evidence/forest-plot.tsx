import { forestLayout, type ForestInput } from '@/lib/evidence/forest';
import { text } from '@/components/i18n/locale';
import { FOREST_TEXT } from './evidence-text';

export interface ForestPlotRow extends ForestInput {
  /** Cells of the accessible table after the label column, in the order of `columns`. */
  cells: React.ReactNode[];
}

/**
 * A forest plot of hazard ratios, server-rendered as SVG (no client code): a log axis with round ticks, the line of
 * no effect at 1, one estimate per row with its confidence interval (an arrow where the interval runs past the
 * axis). Colours come from the theme's CSS variables (.forest in app/globals.css), so it reads in both themes.
 * The drawing is hidden from assistive technology: the table right after it carries the same numbers.
 */
export function ForestPlot({ id, caption, rows, columns }: { id: string; caption: string; rows: ForestPlotRow[]; columns: string[] }) {
  const t = text(FOREST_TEXT);
  const layout = forestLayout(rows);
  const arrow = (x: number, y: number, dir: -1 | 1) => `${x},${y} ${x - 6 * dir},${y - 4} ${x - 6 * dir},${y + 4}`;
  return (
    <figure className="forest figure" aria-labelledby={`${id}-caption`}>
      {layout.rows.length > 0 && (
        <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" aria-hidden="true" focusable="false" className="forest-svg">
          <line className="forest-null" x1={layout.nullX} x2={layout.nullX} y1={4} y2={layout.axisY} />
          {layout.rows.map((r, i) => (
            <g key={i}>
              <text className="forest-label" x={layout.plotLeft - 8} y={r.y} dominantBaseline="middle" textAnchor="end">
                {r.label}
              </text>
              <line className="forest-ci" x1={r.lowX} x2={r.highX} y1={r.y} y2={r.y} />
              {r.clippedLow ? (
                <polygon className="forest-mark" points={arrow(r.lowX, r.y, -1)} />
              ) : (
                <line className="forest-ci" x1={r.lowX} x2={r.lowX} y1={r.y - 4} y2={r.y + 4} />
              )}
              {r.clippedHigh ? (
                <polygon className="forest-mark" points={arrow(r.highX, r.y, 1)} />
              ) : (
                <line className="forest-ci" x1={r.highX} x2={r.highX} y1={r.y - 4} y2={r.y + 4} />
              )}
              <rect className="forest-mark" x={r.x - 4} y={r.y - 4} width={8} height={8} />
              <text className="forest-label" x={layout.plotRight + 8} y={r.y} dominantBaseline="middle">
                {r.text}
              </text>
            </g>
          ))}
          <line className="forest-axis" x1={layout.plotLeft} x2={layout.plotRight} y1={layout.axisY} y2={layout.axisY} />
          {layout.ticks.map((t) => (
            <g key={t.value}>
              <line className="forest-axis" x1={t.x} x2={t.x} y1={layout.axisY} y2={layout.axisY + 4} />
              <text className="forest-tick" x={t.x} y={layout.axisY + 16} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
          <text className="forest-tick" x={layout.nullX - 6} y={layout.axisY + 34} textAnchor="end">
            {t.favoursFirst}
          </text>
          <text className="forest-tick" x={layout.nullX + 6} y={layout.axisY + 34}>
            {t.favoursComparator}
          </text>
        </svg>
      )}
      <figcaption id={`${id}-caption`}>
        {caption}
        {t.explain}
      </figcaption>
      <div className="table-wrap">
        <table className="data text-sm">
          <caption className="text-left muted">{t.tableCaption(caption)}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">{r.label}</th>
                {r.cells.map((c, j) => (
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
