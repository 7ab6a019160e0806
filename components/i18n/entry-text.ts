/**
 * An entry's reader-facing text in the page's language. On a Chinese page: the Chinese title (`titleZh`, the atlas's
 * one term base, unless the translation sets its own), and the translation's summary, claims and prose fields;
 * where a text has no current translation the English is shown, marked `lang: 'en'` so the element that shows it
 * carries lang="en". On an English page everything is the English entry, and the Chinese title is the alternate.
 */
import type { Entry, Site } from '@/lib/site/get-site';
import { getLocale } from './locale';

export interface LocalText {
  text: string;
  /** Set when the text is not in the page's language: put it on the element as lang. */
  lang?: 'en' | 'zh-CN';
}

/** The entry's title in the page's language. */
export function titleOf(site: Site, e: Entry): LocalText {
  if (getLocale() !== 'zh') return { text: e.title };
  return { text: site.getTranslation(e.id)?.title ?? e.titleZh };
}

/** The title in the other language (shown under the main title): English on Chinese pages, Chinese on English ones. */
export function altTitleOf(e: Entry): LocalText {
  return getLocale() === 'zh' ? { text: e.title, lang: 'en' } : { text: e.titleZh, lang: 'zh-CN' };
}

/** A translated field (`summary`, `evidenceNote`, `evidence.<id>`, `text.<path>`) or its English, marked. */
export function fieldOf(site: Site, e: Entry, key: string, english: string): LocalText {
  if (getLocale() !== 'zh') return { text: english };
  const t = site.getTranslation(e.id);
  if (!t || t.state.staleFields.includes(key)) return { text: english, lang: 'en' };
  const dot = key.indexOf('.');
  const value =
    dot < 0
      ? (t as unknown as Record<string, unknown>)[key]
      : (t as unknown as Record<string, Record<string, string>>)[key.slice(0, dot)]?.[key.slice(dot + 1)];
  return typeof value === 'string' ? { text: value } : { text: english, lang: 'en' };
}

export function summaryOf(site: Site, e: Entry): LocalText {
  return fieldOf(site, e, 'summary', e.summary);
}

/** An evidence statement's claim in the page's language. */
export function claimOf(site: Site, e: Entry, statementId: string, english: string): LocalText {
  return fieldOf(site, e, `evidence.${statementId}`, english);
}

/** A prose field of the kind (`population`, `arms.<id>.label`, `outcomes.<n>.note` …) in the page's language. */
export function proseOf(site: Site, e: Entry, path: string, english: string): LocalText {
  return fieldOf(site, e, `text.${path}`, english);
}
