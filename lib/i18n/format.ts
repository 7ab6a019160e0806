/** Dates and counts as each language writes them. */
import type { Locale } from './locales';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO date as the reader's language writes it: "2026-12-01" in English (the atlas's house style, unambiguous
 * everywhere), "2026年12月1日" in Chinese. A value that is not an ISO date is returned unchanged.
 */
export function formatDate(locale: Locale, iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m || locale === 'en') return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** A count with its noun: "1 entry" / "3 entries"; in Chinese "3 个条目" (Chinese nouns have no plural). */
export function formatCount(locale: Locale, n: number, noun: { one: string; other: string } | string, classifier = '个'): string {
  const num = n.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB');
  if (locale === 'zh') return `${num}${classifier}${typeof noun === 'string' ? noun : noun.other}`;
  if (typeof noun === 'string') return `${num} ${noun}`;
  return `${num} ${n === 1 ? noun.one : noun.other}`;
}
