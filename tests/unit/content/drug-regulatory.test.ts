/**
 * Bad regulatory records on drug pages (issue 22, items 1 and 2), one failure per fixture, each a located message
 * locked by an inline snapshot: a pivotal trial that is no trial entry, a refusal or later decision whose source is
 * not the agency's, a refusal with no source at all, a drug with no NSCLC approval and no development status, a
 * stopped programme without its date and reason, a status with no source, and "not found" without saying what was.
 * Then the page's agency × indication table and the /drugs filter's agencies, from plain data.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content/issues';
import type { RawFile } from '@/lib/content/read-files';
import { nsclcApprovalAgencies, type DrugData } from '@/lib/content/kinds/drug';
import { approvalTable } from '@/lib/evidence/approvals';
import { build } from '../../helpers/make-corpus';
import { drugFile, evidenceFiles } from '../../helpers/evidence-files';

async function problems(...files: RawFile[]): Promise<string[]> {
  const corpus = await build(evidenceFiles(...files));
  return corpus.issues.map(formatIssue);
}

const approval = (...lines: string[]) => ['approvals:', '  - agency: FDA', '    date: 2020-05-15', '    indication: First-line metastatic NSCLC with PD-L1 ≥1%', '    nsclc: true', '    source: fda-approval', ...lines.map((l) => `    ${l}`)];
const refusal = (...lines: string[]) => ['refusals:', '  - agency: FDA', '    event: complete-response-letter', '    indication: First-line nonsquamous NSCLC with chemotherapy', '    nsclc: true', ...lines.map((l) => `    ${l}`)];
const development = (...lines: string[]) => ['approvals: []', 'development:', ...lines.map((l) => `  ${l}`)];

describe('approvals and refusals', () => {
  it('a pivotal trial that is not a trial entry, or no entry at all', async () => {
    expect(await problems(drugFile('drug-one', ...approval('trial: s-one')))).toMatchInlineSnapshot(`
      [
        "content/drugs/drug-one.mdx:18:12  approvals[0].trial  "s-one" is a strategy, not a trial  → hint: Give the id of a file in content/trials/, or name a trial the atlas does not hold with \`pivotal: …\`.",
      ]
    `);
    expect(await problems(drugFile('drug-one', ...approval('trial: trial-none')))).toMatchInlineSnapshot(`
      [
        "content/drugs/drug-one.mdx:18:12  approvals[0].trial  No trial entry "trial-none"  → hint: Give the id of a file in content/trials/, or name a trial the atlas does not hold with \`pivotal: …\`.",
      ]
    `);
  });

  it('a pivotal trial that is a trial entry is accepted', async () => {
    expect(await problems(drugFile('drug-one', ...approval('trial: trial-one')))).toEqual([]);
  });

  it('a later conversion whose source is not a regulatory decision', async () => {
    expect(await problems(drugFile('drug-one', ...approval('pathway: accelerated', 'later:', '  - event: converted', '    date: 2021-01-04', '    source: ref-one')))).toMatchInlineSnapshot(`
      [
        "content/drugs/drug-one.mdx:22:17  approvals[0].later[0].source  "ref-one" is a journal source, but a later decision (converted) needs the agency's decision  → hint: Cite a \`type: regulatory\` item of content/references.yaml (agency, date, indication, url).",
      ]
    `);
  });

  it('a refusal citing a journal article, and one with no source at all', async () => {
    expect(await problems(drugFile('drug-one', ...refusal('date: 2022-02', 'source: ref-one')))).toMatchInlineSnapshot(`
      [
        "content/drugs/drug-one.mdx:24:13  refusals[0].source  "ref-one" is a journal source, but a complete response letter needs the agency's decision  → hint: Cite a \`type: regulatory\` item of content/references.yaml (agency, date, indication, url).",
      ]
    `);
    expect(await problems(drugFile('drug-one', ...refusal('date: 2022-02')))).toMatchInlineSnapshot(`
      [
        "content/drugs/drug-one.mdx:19:5  refusals[0].source  A refusal needs a source: \`source\` (a regulatory item) or \`reportedBy\` (the report that says it)  → hint: Cite the agency’s record, or the sponsor or press report with publisher, title and url.",
      ]
    `);
  });

  it('a refusal reported by the press, with a partial date, is accepted', async () => {
    expect(
      await problems(drugFile('drug-one', ...refusal('date: 2022-02', 'reportedBy:', '  publisher: Trade Journal', '  title: Advisers vote against drugmab', '  url: https://example.org/drugmab-odac'))),
    ).toEqual([]);
  });
});

describe('development status', () => {
  it('a drug with no NSCLC approval and no development status', async () => {
    expect(await problems(drugFile('drug-one', 'approvals: []'))).toMatchInlineSnapshot(`
      [
        "content/drugs/drug-one.mdx:10:1  development  The drug has no NSCLC approval and no development status  → hint: Add "development:" with status active or stopped and its source (a stopped programme also needs date and reason), or, for an NSCLC approval whose decision was not found, say so under approvalGaps.",
      ]
    `);
  });

  it('a stopped programme without date and reason', async () => {
    expect(await problems(drugFile('drug-one', ...development('status: stopped', 'source: ref-one')))).toMatchInlineSnapshot(`
      [
        "content/drugs/drug-one.mdx:14:3  development.date  A stopped programme needs the date it was stopped  → hint: Add "date: YYYY-MM" (or the day) as the sponsor or its source gives it.",
        "content/drugs/drug-one.mdx:14:3  development.reason  A stopped programme needs the reason the sponsor gave  → hint: Add "reason: …" in the sponsor’s words (futility, strategic reasons, safety…).",
      ]
    `);
  });

  it('a status with no source', async () => {
    expect(await problems(drugFile('drug-one', ...development('status: active')))).toMatchInlineSnapshot(`
      [
        "content/drugs/drug-one.mdx:14:3  development.source  A development status needs a source  → hint: Add "source: <key>" (a registry, journal or regulatory item) or "reportedBy:" (the sponsor’s announcement: publisher, title, url, date).",
      ]
    `);
  });

  it('"not found" without a note of what was found', async () => {
    expect(await problems(drugFile('drug-one', ...development('status: not-found', 'source: ref-one')))).toMatchInlineSnapshot(`
      [
        "content/drugs/drug-one.mdx:14:3  development.note  A status not found needs a note of what was found  → hint: Add "note: …": the last event found (a trial stopped, a readout) and its date.",
      ]
    `);
  });

  it('a stopped programme with date, reason and the sponsor’s announcement is accepted', async () => {
    expect(
      await problems(
        drugFile('drug-one', ...development('status: stopped', 'date: 2024-12', 'reason: The phase 3 trials met futility criteria for overall survival', 'reportedBy:', '  publisher: Sponsor', '  title: Sponsor ends drugmab programme', '  url: https://example.org/drugmab-stop')),
      ),
    ).toEqual([]);
  });
});

describe('the approvals table and the /drugs filter', () => {
  const a = (agency: 'FDA' | 'EMA' | 'NMPA', date: string, nsclc = true, withdrawn = false) => ({
    agency,
    date,
    indication: `Indication of ${date}`,
    nsclc,
    source: 'src',
    later: withdrawn ? [{ event: 'withdrawn' as const, date: '2024-01-01', source: 'src' }] : [],
  });
  const drug = (approvals: ReturnType<typeof a>[], approvalGaps: DrugData['approvalGaps'] = []) => ({ approvals, refusals: [], approvalGaps });

  it('groups rows by agency, oldest first, and accounts for FDA, EMA and NMPA once the drug is approved in NSCLC', () => {
    const { rows } = approvalTable(drug([a('NMPA', '2021-01-01'), a('FDA', '2019-01-01'), a('FDA', '2017-01-01')], [{ agency: 'EMA', note: 'Not found in the sources checked.' }]));
    expect(rows.map((r) => [r.agency, r.approval?.date ?? r.note])).toEqual([
      ['FDA', '2017-01-01'],
      ['FDA', '2019-01-01'],
      ['EMA', 'Not found in the sources checked.'],
      ['NMPA', '2021-01-01'],
    ]);
  });

  it('says so where an agency has no NSCLC row and no note; adds no rows for a drug approved only outside NSCLC', () => {
    expect(approvalTable(drug([a('FDA', '2019-01-01')])).rows.map((r) => r.note ?? r.agency)).toEqual(['FDA', 'No NSCLC approval found in the sources checked.', 'No NSCLC approval found in the sources checked.']);
    expect(approvalTable(drug([a('FDA', '2022-03-18', false)])).rows).toHaveLength(1);
  });

  it('filters on NSCLC approvals that were not withdrawn', () => {
    expect(nsclcApprovalAgencies(drug([a('FDA', '2019-01-01'), a('EMA', '2019-01-01', false), a('NMPA', '2020-01-01', true, true)]))).toEqual(['FDA']);
  });
});
