import type { LinkSource } from '@/lib/discovery/strategy-matrix';
import { getLocale } from '@/components/i18n/locale';

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

/** The same meanings in Chinese (marks and superscripts unchanged). */
export const LINK_MARK_ZH: Record<LinkSource | 'none', { text: string; legend: string }> = {
  both: { text: '是，两个页面均有列出', legend: '两个页面均有列出：该策略针对此机制，且该机制页面也列出了此策略。' },
  strategy: { text: '是，仅策略页面列出', legend: '仅策略页面将此机制列为其针对目标。' },
  mechanism: { text: '是，仅机制页面列出', legend: '仅机制页面列出此策略。' },
  none: { text: '否', legend: '二者之间未记录关联。' },
};

/** A mark's meaning in the page's language. */
export function linkMarkText(source: LinkSource | 'none'): { text: string; legend: string } {
  return getLocale() === 'zh' ? LINK_MARK_ZH[source] : LINK_MARK[source];
}

/** A matrix mark: a visible symbol (text, not colour) and its meaning in words for assistive technology. */
export function LinkMark({ source }: { source: LinkSource | null }) {
  const m = LINK_MARK[source ?? 'none'];
  return (
    <>
      <span aria-hidden="true" className={source ? 'font-bold' : 'muted'}>
        {m.mark}
        {m.sup && <sup>{m.sup}</sup>}
      </span>
      <span className="sr-only">{linkMarkText(source ?? 'none').text}</span>
    </>
  );
}
