/**
 * Layout of a forest plot of hazard ratios: a log-scaled axis that always shows the line of no effect (HR = 1),
 * ticks at round values, one row per estimate with its confidence interval, and intervals that run past the
 * axis limits clamped to the edge and flagged (the plot draws an arrow there). Pure numbers: the SVG component
 * (components/evidence/forest-plot.tsx) only draws what this returns.
 */

/** One estimate to plot. */
export interface ForestInput {
  /** Row label (shortened for the plot; the table beside it shows it whole). */
  label: string;
  value: number;
  ciLow: number;
  ciHigh: number;
  /** The estimate column as the source printed it ("0.50 (0.37–0.68)"); computed from the numbers when left out. */
  text?: string;
}

export interface ForestOptions {
  /** Width of the whole drawing, in user units. */
  width?: number;
  /** Width of the label column on the left. */
  labelWidth?: number;
  /** Width of the estimate column on the right ("0.62 (0.45–0.85)"). */
  valueWidth?: number;
  /** Height of one row. */
  rowHeight?: number;
  /** The axis never extends beyond these values; intervals past them are clamped and flagged. */
  limits?: readonly [number, number];
  /** Labels longer than this many characters are shortened with an ellipsis. */
  maxLabel?: number;
}

export interface ForestTick {
  value: number;
  x: number;
  label: string;
}

export interface ForestRow {
  label: string;
  /** Centre of the row. */
  y: number;
  /** Position of the estimate (clamped to the axis). */
  x: number;
  lowX: number;
  highX: number;
  /** The interval runs past the axis on the left / right. */
  clippedLow: boolean;
  clippedHigh: boolean;
  /** The estimate, printed in the value column. */
  text: string;
}

export interface ForestLayout {
  width: number;
  height: number;
  /** Left and right ends of the axis, and the y of the axis line. */
  plotLeft: number;
  plotRight: number;
  axisY: number;
  /** x of the line of no effect (HR = 1). */
  nullX: number;
  /** The axis range, [low, high], both round values. */
  domain: [number, number];
  ticks: ForestTick[];
  rows: ForestRow[];
}

/** Round axis values, ascending: the axis starts and ends on one of them and shows those in between as ticks. */
export const TICK_VALUES = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100] as const;
export const DEFAULT_LIMITS: readonly [number, number] = [0.05, 20];

const TOP = 8;
const AXIS_SPACE = 44;

/** A number as the plot prints it: two significant decimals at most, no trailing zeros (0.05, 0.6, 1, 20). */
export function formatRatio(v: number): string {
  return String(Number(v.toFixed(v < 0.1 ? 3 : 2)));
}

/** Shortens `s` to at most `max` characters, ending with "…" when cut. */
export function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/**
 * The axis range for a set of intervals: from the largest round value at or below the lowest bound (and at or
 * below 1) to the smallest round value at or above the highest bound (and at or above 1), kept inside `limits`.
 * An axis never collapses to one point: with nothing but 1 to show, it runs from 0.5 to 2.
 */
export function forestDomain(
  rows: readonly Pick<ForestInput, 'ciLow' | 'ciHigh'>[],
  limits: readonly [number, number] = DEFAULT_LIMITS,
): [number, number] {
  const [minLimit, maxLimit] = limits;
  const candidates = TICK_VALUES.filter((t) => t >= minLimit && t <= maxLimit);
  const lo = Math.max(minLimit, Math.min(1, ...rows.map((r) => r.ciLow)));
  const hi = Math.min(maxLimit, Math.max(1, ...rows.map((r) => r.ciHigh)));
  let low = [...candidates].reverse().find((t) => t <= lo) ?? candidates[0];
  let high = candidates.find((t) => t >= hi) ?? candidates[candidates.length - 1];
  if (low === 1) low = candidates[candidates.indexOf(1) - 1] ?? low;
  if (high === 1) high = candidates[candidates.indexOf(1) + 1] ?? high;
  return [low, high];
}

/** Maps a ratio to x on a log axis from `domain[0]` at `left` to `domain[1]` at `right`, clamped to the axis. */
export function logScale(domain: readonly [number, number], left: number, right: number): (v: number) => number {
  const [a, b] = [Math.log(domain[0]), Math.log(domain[1])];
  return (v) => {
    const t = (Math.log(Math.min(domain[1], Math.max(domain[0], v))) - a) / (b - a);
    return Math.round((left + t * (right - left)) * 10) / 10;
  };
}

const valid = (r: ForestInput) => [r.value, r.ciLow, r.ciHigh].every((n) => Number.isFinite(n) && n > 0) && r.ciLow <= r.ciHigh;

/**
 * Lays out a forest plot. Rows whose numbers cannot be drawn on a log axis (not positive, not finite, or a
 * reversed interval) are left out; the caller's table still lists them. With no drawable row the layout has no
 * rows and a default axis.
 */
export function forestLayout(input: readonly ForestInput[], options: ForestOptions = {}): ForestLayout {
  const { width = 640, labelWidth = 200, valueWidth = 130, rowHeight = 26, limits = DEFAULT_LIMITS, maxLabel = 26 } = options;
  const drawable = input.filter(valid);
  const domain = forestDomain(drawable, limits);
  const plotLeft = labelWidth;
  const plotRight = width - valueWidth;
  const x = logScale(domain, plotLeft, plotRight);
  const rows: ForestRow[] = drawable.map((r, i) => ({
    label: shorten(r.label, maxLabel),
    y: TOP + rowHeight * i + rowHeight / 2,
    x: x(r.value),
    lowX: x(r.ciLow),
    highX: x(r.ciHigh),
    clippedLow: r.ciLow < domain[0],
    clippedHigh: r.ciHigh > domain[1],
    text: r.text ?? `${formatRatio(r.value)} (${formatRatio(r.ciLow)}–${formatRatio(r.ciHigh)})`,
  }));
  const axisY = TOP + rowHeight * Math.max(1, rows.length) + 4;
  const ticks = TICK_VALUES.filter((t) => t >= domain[0] && t <= domain[1]).map((t) => ({ value: t, x: x(t), label: formatRatio(t) }));
  return { width, height: axisY + AXIS_SPACE, plotLeft, plotRight, axisY, nullX: x(1), domain, ticks, rows };
}
