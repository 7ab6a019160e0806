import { KIND_INFO } from '@/lib/content/kinds';
import type { MapLayout } from '@/lib/map/layout';
import { entryHref } from '@/lib/site/routes';
import { getLocale, href, text } from '@/components/i18n/locale';
import { MAP_TEXT } from './map-text';

/** Text baseline of a node's first line, from the top of its box (padding plus the font's ascent). */
const FIRST_BASELINE = 19;

/**
 * The mechanism map as static SVG, drawn on the server from the precomputed layout. Every node is a real link, so
 * the map works without JavaScript; the MapControls island adds filtering, roving focus and the details panel.
 * Edges are decorative here (aria-hidden): the same relations are listed as text below the map.
 */
export function MechanismMap({ layout, id, describedBy }: { layout: MapLayout; id: string; describedBy: string }) {
  const t = text(MAP_TEXT);
  const zh = getLocale() === 'zh';
  const title = new Map(layout.nodes.map((n) => [n.id as string, n.label ?? n.title]));
  return (
    <svg
      id={id}
      className="mechanism-map"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={t.mapLabel}
      aria-describedby={describedBy}
    >
      <defs>
        <marker id={`${id}-arrow`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0L8 4L0 8z" className="map-arrow" />
        </marker>
      </defs>
      <g aria-hidden="true">
        {layout.columnHeadings.map((h) => (
          <text key={h.lines.join(' ')} x={h.x} y={h.y} className="map-col-heading">
            {h.lines.join(' ')}
          </text>
        ))}
        {layout.groupHeadings.map((h) => (
          <text key={h.lines.join(' ')} x={h.x} y={h.y} className="map-group-heading" data-area={h.area} data-kind={h.kind}>
            {h.lines.map((line, i) => (
              <tspan key={i} x={h.x} dy={i ? 14 : 0}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
        <g className="map-edges">
          {layout.edges.map((e) => (
            <path
              key={`${e.source}-${e.type}-${e.target}`}
              d={e.d}
              className={`map-edge map-edge-${e.type}`}
              data-source={e.source}
              data-target={e.target}
              markerEnd={e.relation === 'cell-or-molecule.suppresses' ? `url(#${id}-arrow)` : undefined}
            >
              <title>
                {zh
                  ? `${title.get(e.source)}——${e.label}——${title.get(e.target)}`
                  : `${title.get(e.source)} — ${e.label} — ${title.get(e.target)}`}
              </title>
            </path>
          ))}
        </g>
        <g className="map-edge-labels">
          {layout.edges.map((e) => (
            <text
              key={`${e.source}-${e.type}-${e.target}`}
              x={e.labelX}
              y={e.labelY}
              className="map-edge-label"
              data-source={e.source}
              data-target={e.target}
              textAnchor="middle"
            >
              {e.label}
            </text>
          ))}
        </g>
      </g>
      <g className="map-nodes">
        {layout.nodes.map((n) => (
          <a
            key={n.id}
            href={href(entryHref(n.kind, n.id))}
            className={`map-node map-node-${n.kind}`}
            data-id={n.id}
            data-kind={n.kind}
            data-area={n.area ?? undefined}
            data-areas={n.areas.join(' ') || undefined}
            data-col={n.column}
            data-row={n.row}
            data-cy={n.y + n.height / 2}
            aria-label={t.nodeLabel(n.label ?? n.title, zh ? KIND_INFO[n.kind].labelZh : KIND_INFO[n.kind].label)}
          >
            <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={n.kind === 'mechanism' ? 4 : 12} />
            <text x={n.x + 10} y={n.y + FIRST_BASELINE}>
              {n.lines.map((line, i) => (
                <tspan key={i} x={n.x + 10} dy={i ? 15 : 0}>
                  {line}
                </tspan>
              ))}
            </text>
          </a>
        ))}
      </g>
    </svg>
  );
}
