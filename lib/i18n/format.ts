/** Dates as each language writes them. */
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
