import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReferenceText } from '@/components/entry/references-list';
import type { Reference } from '@/lib/content/references';
import { conference, reference, registration, regulatory } from '../discovery/builders';

const html = (r: Reference) => renderToStaticMarkup(createElement(ReferenceText, { r }));

describe('ReferenceText: each source type rendered for readers', () => {
  it('journal: Vancouver authors with "et al." for an incomplete list, DOI and PubMed links', () => {
    expect(html(reference({ id: 'j', authorsComplete: false, notes: 'Author list: surname only; confirm.' }))).toMatchInlineSnapshot(`"Doe J, Roe RA, et al. A study of resistance. <em>Journal of Tests</em>. 2020. <a href="https://doi.org/10.1000/test.1" rel="noopener noreferrer">doi:10.1000/test.1</a> · <a href="https://pubmed.ncbi.nlm.nih.gov/12345678/" rel="noopener noreferrer">PubMed 12345678</a><span class="muted"> Evidence: NSCLC.</span>"`);
  });
  it('journal without listed authors starts with its title', () => {
    expect(html(reference({ id: 'j', authors: [], authorsComplete: false }))).toMatch(/^A study of resistance\. <em>/);
  });
  it('regulatory: agency, date, drugs, indication and a link to the decision', () => {
    expect(html(regulatory({ id: 'r', seenAt: ['https://seen.example/x'] }))).toMatchInlineSnapshot(`"<abbr title="U.S. Food and Drug Administration">FDA</abbr>. FDA approves pembrolizumab for resectable NSCLC. <time dateTime="2023-10-16">2023-10-16</time>. pembrolizumab (Keytruda). Indication: Resectable NSCLC, neoadjuvant then adjuvant. <a href="https://www.fda.gov/drugs/example" rel="noopener noreferrer">Decision page</a>"`);
  });
  it('registry: the NCT id links to ClinicalTrials.gov; other registries show the id', () => {
    expect(html(registration({ id: 'n', status: 'Recruiting' }))).toMatchInlineSnapshot(`"Tiragolumab plus atezolizumab in PD-L1-selected NSCLC (SKYSCRAPER-01). ClinicalTrials.gov: <a href="https://clinicaltrials.gov/study/NCT04294810" rel="noopener noreferrer">NCT04294810</a>. Phase 3. Sponsor: Hoffmann-La Roche."`);
    expect(html(registration({ id: 'c', registry: 'ChiCTR', registryId: 'ChiCTR2000029308', phase: undefined, sponsor: undefined }))).toMatchInlineSnapshot(`"Tiragolumab plus atezolizumab in PD-L1-selected NSCLC (SKYSCRAPER-01). ChiCTR: ChiCTR2000029308."`);
  });
  it('conference: authors, meeting and date, abstract link', () => {
    expect(html(conference({ id: 'c' }))).toMatchInlineSnapshot(`"Provencio Pulla M, Awad M, et al. Perioperative nivolumab v placebo in resectable NSCLC. Presented at <em>ESMO Congress 2024</em>; 2024-09-15. <a href="https://oncologypro.esmo.org/abstract/example" rel="noopener noreferrer">Abstract page</a><span class="muted"> Evidence: NSCLC (phase 3).</span>"`);
  });
});
