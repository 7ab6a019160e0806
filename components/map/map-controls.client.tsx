'use client';
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { MAP_CONTROLS_TEXT } from './map-controls-text';
import type { Locale } from '@/lib/i18n/locales';

export interface NodeDetail {
  /** The title in the page's language, and the other language's title (shown under it). */
  title: string;
  titleZh: string;
  /** Languages of the two titles and the summary when they differ from the page's. */
  titleLang?: string;
  altLang?: string;
  summaryLang?: string;
  /** Kind label ("Mechanism") and a classification ("Genomic and proteomic features"). */
  kind: string;
  meta: string | null;
  summary: string;
  relations: { label: string; items: string[] }[];
}

export interface FilterOption {
  id: string;
  label: string;
  count: number;
}

interface Props {
  areas: FilterOption[];
  kinds: FilterOption[];
  details: Record<string, NodeDetail>;
  /** The node that takes the first Tab into the map. */
  initial: string;
  /** The server-rendered SVG map. */
  children: ReactNode;
  locale: Locale;
}

const NODE = 'a.map-node';
const num = (el: Element, key: string) => Number((el as SVGElement).dataset[key]);
const nodeOf = (t: EventTarget | null) => (t instanceof Element ? (t.closest(NODE) as SVGAElement | null) : null);

/**
 * The map's one island. The SVG stays server-rendered (passed in as children); this component only syncs classes
 * and tabindex on it: area and kind filters hide nodes and their edges, hover or focus highlights a node's relations
 * and shows its summary in a live region, and the arrow keys move a roving focus between nodes (Up/Down within a
 * column, Left/Right to the nearest node of the next column, Home/End). Enter follows the node's link natively.
 */
export function MapControls({ areas, kinds, details, initial, children, locale }: Props) {
  const t = MAP_CONTROLS_TEXT[locale];
  const root = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [hiddenAreas, setHiddenAreas] = useState<string[]>([]);
  const [hiddenKinds, setHiddenKinds] = useState<string[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [current, setCurrent] = useState(initial);
  const [visible, setVisible] = useState<number | null>(null);

  const nodes = () => Array.from(root.current?.querySelectorAll<SVGAElement>(NODE) ?? []);
  const isHidden = (el: Element) => el.classList.contains('is-hidden');

  // eslint-disable-next-line react-hooks/set-state-in-effect -- marks hydration done; the server render cannot know it
  useEffect(() => setReady(true), []);

  // Filters: hide nodes of hidden kinds and areas, their edges, and dim nodes whose every linked area is hidden.
  useEffect(() => {
    const hidden = new Set<string>();
    const all = nodes();
    for (const n of all) {
      const { id = '', kind = '', area, areas: linked } = n.dataset;
      const off = hiddenKinds.includes(kind) || (!!area && hiddenAreas.includes(area));
      n.classList.toggle('is-hidden', off);
      if (off) hidden.add(id);
      const list = linked ? linked.split(' ') : [];
      n.classList.toggle('is-dimmed', !off && list.length > 0 && list.every((a) => hiddenAreas.includes(a)));
    }
    for (const e of root.current?.querySelectorAll<SVGElement>('.map-edge, .map-edge-label') ?? []) {
      e.classList.toggle('is-hidden', hidden.has(e.dataset.source ?? '') || hidden.has(e.dataset.target ?? ''));
    }
    for (const h of root.current?.querySelectorAll<SVGElement>('.map-group-heading') ?? []) {
      const { area, kind } = h.dataset;
      h.classList.toggle(
        'is-hidden',
        (!!area && (hiddenAreas.includes(area) || hiddenKinds.includes('mechanism'))) || (!!kind && hiddenKinds.includes(kind)),
      );
    }
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the visible count is read from the DOM the filters just changed
    setVisible(all.length - hidden.size);
  }, [hiddenAreas, hiddenKinds]);

  // Roving tabindex: exactly one visible node is in the tab order.
  useEffect(() => {
    const all = nodes();
    let cur = all.find((n) => n.dataset.id === current && !isHidden(n));
    if (!cur) {
      // Fall back to the first visible mechanism, else the first visible node.
      const rank = (n: Element) => (num(n, 'col') === 1 ? 0 : 1);
      cur = all
        .filter((n) => !isHidden(n))
        .sort((a, b) => rank(a) - rank(b) || num(a, 'col') - num(b, 'col') || num(a, 'row') - num(b, 'row'))[0];
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the focusable node depends on the DOM the filters just changed
      if (cur && cur.dataset.id !== current) setCurrent(cur.dataset.id ?? initial);
    }
    for (const n of all) n.setAttribute('tabindex', n === cur ? '0' : '-1');
  }, [current, hiddenAreas, hiddenKinds, initial]);

  // Highlight the active node, its visible edges and its neighbours.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    el.classList.toggle('has-active', active !== null);
    const near = new Set<string>();
    for (const e of el.querySelectorAll<SVGElement>('.map-edge, .map-edge-label')) {
      const on = active !== null && !isHidden(e) && (e.dataset.source === active || e.dataset.target === active);
      e.classList.toggle('is-active', on);
      if (on) near.add(e.dataset.source ?? '').add(e.dataset.target ?? '');
    }
    for (const n of nodes()) {
      n.classList.toggle('is-active', n.dataset.id === active);
      n.classList.toggle('is-neighbour', near.has(n.dataset.id ?? ''));
    }
  }, [active, hiddenAreas, hiddenKinds]);

  const show = (id: string | null) => {
    setActive(id);
    if (id) setShown(id);
  };
  const onFocus = (e: FocusEvent) => {
    const n = nodeOf(e.target);
    if (!n?.dataset.id) return;
    setCurrent(n.dataset.id);
    show(n.dataset.id);
  };
  const onBlur = (e: FocusEvent) => {
    if (!nodeOf(e.relatedTarget)) setActive(null);
  };
  const onMouseOver = (e: MouseEvent) => {
    const n = nodeOf(e.target);
    if (n?.dataset.id) show(n.dataset.id);
  };
  const onMouseLeave = () => setActive(nodeOf(document.activeElement)?.dataset.id ?? null);

  const onKeyDown = (e: KeyboardEvent) => {
    const node = nodeOf(e.target);
    if (!node) return;
    const all = nodes().filter((n) => !isHidden(n));
    const column = (c: number) => all.filter((n) => num(n, 'col') === c).sort((a, b) => num(a, 'row') - num(b, 'row'));
    const col = num(node, 'col');
    const same = column(col);
    const i = same.indexOf(node);
    let next: SVGAElement | undefined;
    if (e.key === 'ArrowDown') next = same[i + 1];
    else if (e.key === 'ArrowUp') next = same[i - 1];
    else if (e.key === 'Home') next = same[0];
    else if (e.key === 'End') next = same[same.length - 1];
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const step = e.key === 'ArrowLeft' ? -1 : 1;
      const last = Math.max(...all.map((n) => num(n, 'col')));
      const cy = num(node, 'cy');
      for (let c = col + step; c >= 0 && c <= last && !next; c += step) {
        next = column(c).sort((a, b) => Math.abs(num(a, 'cy') - cy) - Math.abs(num(b, 'cy') - cy) || num(a, 'row') - num(b, 'row'))[0];
      }
    } else return;
    e.preventDefault();
    if (next?.dataset.id) {
      setCurrent(next.dataset.id);
      next.focus();
    }
  };

  const toggle = (list: string[], set: (v: string[]) => void, id: string, on: boolean) =>
    set(on ? list.filter((x) => x !== id) : [...list, id]);
  const d = shown ? details[shown] : undefined;

  return (
    <div className="map-root" ref={root}>
      <div className="map-filters">
        <fieldset className="card p-3" disabled={!ready}>
          <legend className="font-semibold px-1">{t.areas}</legend>
          {areas.map((a) => (
            <label key={a.id} className="check-row flex gap-2 items-center text-sm">
              <input
                type="checkbox"
                className="shrink-0"
                checked={!hiddenAreas.includes(a.id)}
                onChange={(e) => toggle(hiddenAreas, setHiddenAreas, a.id, e.target.checked)}
              />
              <span>
                {a.label} <span className="muted">({a.count})</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="card p-3" disabled={!ready}>
          <legend className="font-semibold px-1">{t.kinds}</legend>
          {kinds.map((k) => (
            <label key={k.id} className="check-row flex gap-2 items-center text-sm">
              <input
                type="checkbox"
                className="shrink-0"
                checked={!hiddenKinds.includes(k.id)}
                onChange={(e) => toggle(hiddenKinds, setHiddenKinds, k.id, e.target.checked)}
              />
              <span className={`map-swatch map-swatch-${k.id}`} aria-hidden="true" />
              <span>
                {k.label} <span className="muted">({k.count})</span>
              </span>
            </label>
          ))}
        </fieldset>
        <p className="text-sm muted m-0 self-end" aria-live="polite">
          {visible === null ? '' : t.showing(visible, Object.keys(details).length)}
        </p>
      </div>
      <div className="map-body">
        <div
          className="map-scroll"
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={onBlur}
          onMouseOver={onMouseOver}
          onMouseLeave={onMouseLeave}
        >
          {children}
        </div>
        {/* Focusable because it may scroll (long relation lists); the live region inside announces changes. */}
        <section className="map-details card p-4" aria-label={t.details} tabIndex={0}>
          <div role="status" aria-live="polite" aria-atomic="true">
            {d ? (
              <>
                <p className="text-sm muted m-0">
                  {d.kind}
                  {d.meta ? ` · ${d.meta}` : ''}
                </p>
                <p className="font-semibold m-0 mt-1" lang={d.titleLang}>
                  {d.title}
                </p>
                <p lang={d.altLang ?? 'zh-Hans'} className="muted m-0">
                  {d.titleZh}
                </p>
                <p className="text-sm mt-2 mb-2" lang={d.summaryLang}>
                  {d.summary}
                </p>
                {d.relations.length > 0 && (
                  <dl className="text-sm m-0">
                    {d.relations.map((r) => (
                      <div key={r.label} className="mt-1">
                        <dt className="font-semibold inline">
                          {r.label[0].toUpperCase() + r.label.slice(1)}
                          {t.colon}
                        </dt>
                        <dd className="inline m-0">{r.items.join(t.separator)}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                <p className="text-sm muted mb-0 mt-2">{t.opens}</p>
              </>
            ) : (
              <p className="text-sm m-0">{t.hint}</p>
            )}
          </div>
        </section>
      </div>
    </div>
  );
}
