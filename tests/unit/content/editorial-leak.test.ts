/**
 * Editorial remarks (`notes`, `seenAt`, verification wording) must never reach a reader or a citation manager.
 * This scans, for the REAL corpus, the bibliography pages' HTML (index and sections), every entry's reference list and JSON-LD, the
 * BibTeX/RIS/CSL-JSON/GB/T 7714 downloads and the JSON data export.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import ReferencesPage from '@/app/(en)/references/page';
import ReferencesSectionPage, { generateStaticParams } from '@/app/(en)/references/[section]/page';
import { ReferencesList } from '@/components/entry/references-list';
import { getSite, type Site } from '@/lib/site/get-site';
import { loadReferences, type Reference } from '@/lib/content/references';
import { formatReferences } from '@/lib/discovery/cite-formats';
import { CITE_FORMATS } from '@/lib/discovery/routes';
import { toEntryRecords } from '@/lib/discovery/export';
import { shortCitation } from '@/lib/explorer/citations';
import { entryJsonLd, serializeJsonLd } from '@/lib/site/json-ld';

const { references: REFS } = loadReferences(readFileSync('content/references.yaml', 'utf8'));

/**
 * Editorial wording: a verification remark ("; confirm", "(confirm DOI)", "confirm the year"), not the English verb in
 * prose ("the phase 3 trial did not confirm it").
 */
const EDITORIAL_WORDING = [/(?:[;(—]|^)\s*confirm\b/im, /\bconfirm (?:the |its )?(?:DOI|PMID|date|year|volume|pages|authors?|surname|title|identifier|journal)\b/i, /\bverify\b/i, /\bnot seen\b/i, /surname only/i, /\bonly seen\b|\bseen only\b/i, /\bre-?check\b/i, /only the first author/i];

/** Every sentence of every note and every seenAt entry, long enough to be unmistakable. */
function secrets(refs: readonly Reference[]): string[] {
  const out = new Set<string>();
  for (const r of refs) {
    for (const s of r.notes?.split(/(?<=[.!?])\s+/) ?? []) if (s.length >= 16) out.add(s.replace(/\s+/g, ' ').trim());
    for (const s of r.seenAt ?? []) out.add(s);
  }
  return [...out];
}

function leaks(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return [...secrets(REFS).filter((s) => flat.includes(s)), ...EDITORIAL_WORDING.filter((re) => re.test(flat)).map(String)];
}

describe('no editorial remark reaches a reader (real corpus)', () => {
  let site: Site;
  beforeAll(async () => {
    site = await getSite();
  }, 120_000);

  it('the real bibliography has editorial remarks to hide (the scan is not vacuous)', () => {
    expect(secrets(REFS).length).toBeGreaterThan(20);
    const raw = readFileSync('content/references.yaml', 'utf8');
    expect(EDITORIAL_WORDING.filter((re) => re.test(raw)).length).toBeGreaterThan(3);
  });

  it('the bibliography pages’ HTML: the index and every section page', async () => {
    const index = renderToStaticMarkup(await ReferencesPage());
    expect(leaks(index)).toEqual([]);
    const sections = await generateStaticParams();
    expect(sections.length).toBeGreaterThan(5);
    let all = '';
    for (const { section } of sections) {
      const html = renderToStaticMarkup(await ReferencesSectionPage({ params: Promise.resolve({ section }) }));
      expect(leaks(html), section).toEqual([]);
      all += html;
    }
    expect(all).toContain('Sharma P, Hu-Lieskovan S, Wargo JA, Ribas A.');
  });

  it('every entry’s reference list and JSON-LD', () => {
    for (const entry of site.entries) {
      const refs = entry.refs.map((k) => site.getReference(k)).filter((r): r is Reference => r !== undefined);
      const html = renderToStaticMarkup(createElement(ReferencesList, { refs, cited: new Set(entry.refs) }));
      const jsonLd = serializeJsonLd(entryJsonLd(entry, refs, 'https://atlas.example.org'));
      expect(leaks(html), entry.id).toEqual([]);
      expect(leaks(jsonLd), entry.id).toEqual([]);
    }
  });

  it('the BibTeX, RIS, CSL-JSON and GB/T 7714 downloads and the short citation labels', () => {
    for (const format of CITE_FORMATS) expect(leaks(formatReferences(REFS, format)), format).toEqual([]);
    expect(leaks(REFS.map(shortCitation).join('\n'))).toEqual([]);
  });

  it('the JSON data export', () => {
    expect(leaks(JSON.stringify(toEntryRecords(site.entries, 'https://atlas.example.org')))).toEqual([]);
  });
});
