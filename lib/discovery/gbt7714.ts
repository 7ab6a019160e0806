/**
 * GB/T 7714-2015 (信息与文献 参考文献著录规则), numeric system (顺序编码制): the citation format Chinese journals and
 * theses require. Pure: references in, text out.
 *
 * The output follows the CSL style "china-national-standard-gb-t-7714-2015-numeric" as citeproc-js renders it;
 * tests/unit/discovery/gbt7714.test.ts runs the real bibliography through both and fails on any drift. Where this
 * writer differs on purpose, the difference is named here and normalised (and explained) in that test:
 *   - A journal article is [J], not [J/OL]: the atlas cites the article itself, with its DOI as identifier, not an
 *     online copy consulted on a date (the style adds "/OL" whenever a DOI exists, and [J/OL] needs a 引用日期 that
 *     nobody but the reader knows). Its PubMed link is not printed (GB/T has no field for it).
 *   - A group author (an agency, a working group, the atlas) is written as printed; citeproc-js upper-cases it like a
 *     surname, which GB/T asks only of personal surnames.
 *   - A Chinese source's truncated author list ends in "，等" (full-width comma, as in Chinese text); the style writes
 *     ", 等". English sources end in ", et al.", as the standard allows ("或与之相应的词").
 *
 * Type codes: journal article [J]; regulatory decision and trial registration: web records [EB/OL] (a registration
 * page is read as a page, not downloaded as a data set [DS]); conference abstract [C] (/OL when it has a URL or DOI);
 * the atlas's source review, whose details could not be verified, [Z] without author, year or DOI.
 *
 * Names: personal surnames in capitals and initials without dots, separated by spaces ("WARGO J A"), as the style
 * writes them; a Chinese name (Han characters) whole and unchanged ("张三"). Three authors at most, then et al.; an
 * incomplete list (`authorsComplete: false`) also ends in et al., however few names it has.
 *
 * 引用日期 (access date). The standard asks for the date an online source was consulted. Only the reader knows it, so
 * it is printed only when the caller passes `accessed`; the downloads say where to add it. Nothing else is filled in:
 * a reference without a volume, pages or DOI is written without them. Editorial fields (`notes`, `seenAt`) are never
 * read.
 */
import { isPerson, vancouverInitials, type Author } from '../content/authors';
import { AGENCIES, type Reference } from '../content/references';
import { HAN_RANGES } from '../core/text';
import { SITE_NAME } from '../site/metadata';
import { parseVolume } from './volume';

/** The language of an atlas page being cited. */
export type CitationLocale = 'en' | 'zh';

/**
 * The marker of the Chinese page in its citation. GB/T 7714 gives an online resource (4.6) no edition element, but
 * allows other title information after the title ("题名: 其他题名信息"); "中文版" goes there, so the citation reads
 * "<中文标题>: 中文版[EB/OL]", which the CSL style reproduces from the same title.
 */
export const GBT7714_ZH_MARKER = '中文版';

export interface Gbt7714Options {
  /** 引用日期: the day the citer consulted the online sources (YYYY-MM-DD). Omitted when not given. */
  accessed?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const HAN = new RegExp(`[${HAN_RANGES}]`, 'u');

function isoDay(value: string, what: string): string {
  if (!ISO_DAY.test(value)) throw new RangeError(`${what} must be a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** True when the first letter of the text is a Han character (a Chinese title or name). */
export function isChineseText(s: string): boolean {
  const first = s.match(/\p{L}/u);
  return first !== null && HAN.test(first[0]);
}

/** One author: "SHARMA P", "WARGO J A", "VIJAYAN", "张三", or a group's name as printed. */
export function gbt7714Name(a: Author): string {
  if (!isPerson(a)) return clean(a.literal);
  const family = clean(a.family);
  if (isChineseText(family)) return a.given ? `${family}${clean(a.given)}` : family;
  const initials = a.given ? Array.from(vancouverInitials(a.given)).join(' ') : '';
  const upper = family.toLocaleUpperCase('en');
  return initials ? `${upper} ${initials}` : upper;
}

/**
 * The author list: up to three names, then ", et al." (English source) or "，等" (Chinese source) when there are more
 * or the list is incomplete. "" for no authors (the entry then starts with its title).
 */
export function gbt7714Authors(authors: readonly Author[], complete: boolean, chinese: boolean): string {
  if (!authors.length) return '';
  const names = authors.slice(0, 3).map(gbt7714Name).join(', ');
  if (authors.length <= 3 && complete) return names;
  return `${names}${chinese ? '，等' : ', et al.'}`;
}

/** Joins the parts of an entry with ". " (a part already ending in "." takes only a space) and ends it with ".". */
function entry(parts: readonly (string | undefined)[]): string {
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    out = out ? `${out}${out.endsWith('.') ? ' ' : '. '}${p}` : p;
  }
  return out.endsWith('.') ? out : `${out}.`;
}

function doiPart(doi: string | null | undefined): string | undefined {
  return doi ? `DOI:${doi}` : undefined;
}

/** One reference in GB/T 7714-2015, without its number: "SHARMA P, …. Title[J]. Cell, 2017. DOI:10.1016/….". */
export function gbt7714Reference(r: Reference, options: Gbt7714Options = {}): string {
  const accessed = options.accessed === undefined ? undefined : isoDay(options.accessed, 'accessed');
  /** "[YYYY-MM-DD]" after the date of an online source, when the caller knows it. */
  const cited = (online: boolean) => (online && accessed ? `[${accessed}]` : '');
  const title = clean(r.title);
  switch (r.type) {
    case 'journal': {
      if (r.sourceReview) return entry([`${title}[Z]`]);
      const v = parseVolume(r.volume);
      let source = [r.journal && clean(r.journal), r.year === undefined ? undefined : String(r.year), v.volume].filter(Boolean).join(', ');
      if (v.issue) source += `(${v.issue})`;
      if (v.pages) source = source ? `${source}: ${v.pages}` : v.pages;
      const authors = gbt7714Authors(r.authors, r.authorsComplete, isChineseText(title));
      return entry([authors, `${title}[J]`, source, doiPart(r.doi)]);
    }
    case 'conference': {
      const online = Boolean(r.url || r.doi);
      const container = clean(r.journal ?? r.meeting);
      const authors = gbt7714Authors(r.authors, r.authorsComplete, isChineseText(title));
      return entry([authors, `${title}[C${online ? '/OL' : ''}]//${container}`, `${r.year}${cited(online)}`, r.url, doiPart(r.doi)]);
    }
    case 'regulatory':
      return entry([AGENCIES[r.agency], `${title}[EB/OL]`, `(${r.date})${cited(true)}`, r.url]);
    case 'registry': {
      const online = r.registryUrl !== null;
      // With an access date the style gives the registration, which has no date of its own, the access year in
      // brackets as its estimated year ("ClinicalTrials.gov, [2026][2026-05-01]"): GB/T 7714 puts an estimated
      // year (估计的出版年) in brackets when the year cannot be determined.
      const publisher = online && accessed ? `${r.registry}, [${accessed.slice(0, 4)}][${accessed}]` : r.registry;
      return entry([`${title}: ${r.registryId}[EB${online ? '/OL' : ''}]`, publisher, r.registryUrl ?? undefined]);
    }
  }
}

/** The line under the file's title when no access date is given: where a reader adds theirs. */
export const GBT7714_ACCESSED_NOTE =
  '引用日期 (date consulted) not included: for each online entry ([EB/OL], [C/OL]) add it as [YYYY-MM-DD] after the date or publisher, before the URL.';

/**
 * The references as a numbered GB/T 7714-2015 list ("[1] …", one per line) in the order given, under two header
 * lines (the atlas name and the style; then the access date note, or the access date used). Ends in a newline.
 */
export function toGBT7714(refs: readonly Reference[], options: Gbt7714Options = {}): string {
  const head = [
    `${SITE_NAME}: GB/T 7714-2015 (顺序编码制)`,
    options.accessed ? `引用日期 ${isoDay(options.accessed, 'accessed')}` : GBT7714_ACCESSED_NOTE,
  ];
  const lines = refs.map((r, i) => `[${i + 1}] ${gbt7714Reference(r, options)}`);
  return `${[...head, '', ...lines].join('\n')}\n`;
}

/* ---------------------------------------------------------------------------------------- Cite this page */

export interface Gbt7714PageInput {
  /** The page's title in its language: the English title, or the Chinese title for the Chinese page. */
  title: string;
  locale: CitationLocale;
  /** URL of the page (absolute under the public origin, else root-relative). */
  url: string;
  /** The entry's last-reviewed date (YYYY-MM-DD): the page's update date (更新或修改日期). */
  lastReviewed: string;
  /** 引用日期 (YYYY-MM-DD): when the reader consulted the page. Omitted when not given. */
  accessed?: string;
}

export interface Gbt7714PageCitation {
  /** The whole citation, ending in "<url>.". */
  text: string;
  /** The URL inside `text`, for a link. */
  url: string;
}

/**
 * An atlas page as an online resource (4.6, 电子资源): the atlas as author, the page title ("<中文标题>: 中文版" for the
 * Chinese page), [EB/OL], (last-reviewed date)[access date], URL:
 * "NSCLC Immunotherapy Resistance Atlas. STK11/LKB1 loss[EB/OL]. (2026-11-24)[2026-12-01]. https://…/stk11-lkb1-loss."
 */
export function gbt7714PageCitation(page: Gbt7714PageInput): Gbt7714PageCitation {
  const base = clean(page.title);
  const title = page.locale === 'zh' ? `${base}: ${GBT7714_ZH_MARKER}` : base;
  const dates = `(${isoDay(page.lastReviewed, 'lastReviewed')})${page.accessed ? `[${isoDay(page.accessed, 'accessed')}]` : ''}`;
  return { text: entry([SITE_NAME, `${title}[EB/OL]`, dates, page.url]), url: page.url };
}
