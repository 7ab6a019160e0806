import type { LinkSource } from '@/lib/discovery/strategy-matrix';

/** What each mark means, for the legend and for screen readers (the mark itself is hidden from them). */
export const LINK_MARK: Record<LinkSource | 'none', { mark: string; sup?: string; text: string; legend: string }> = {
  both: {
    mark: '✓',
    text: 'Yes, listed on both pages',
    legend: 'Listed on both pages: the strategy targets the mechanism, and the mechanism names the strategy.',
  },
  strategy: {
    mark: '✓',
    sup: 'S',
    text: 'Yes, listed on the strategy page only',
    legend: 'Only the strategy’s page lists this mechanism among its targets.',
  },
  mechanism: {
    mark: '✓',
    sup: 'M',
    text: 'Yes, listed on the mechanism page only',
    legend: 'Only the mechanism’s page lists this strategy.',
  },
  none: { mark: '·', text: 'No', legend: 'No link recorded between the two.' },
};

/** A matrix mark: a visible symbol (text, not colour) and its meaning in words for assistive technology. */
export function LinkMark({ source }: { source: LinkSource | null }) {
  const m = LINK_MARK[source ?? 'none'];
  return (
    <>
      <span aria-hidden="true" className={source ? 'font-bold' : 'muted'}>
        {m.mark}
        {m.sup && <sup>{m.sup}</sup>}
      </span>
      <span className="sr-only">{m.text}</span>
    </>
  );
}
