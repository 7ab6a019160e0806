import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '@/lib/content/yaml';
import { loadReferences } from '@/lib/content/references';
import { migrateItem, migrateReferencesText, parseAuthorText, splitEditorial } from '@/lib/content/migrate-references';

const OLD = readFileSync('tests/fixtures/references/old-format-references.yaml', 'utf8');
const TODAY = new Date('2026-11-24');
const P = (family: string, given?: string) => (given ? { family, given } : { family });
const G = (literal: string) => ({ literal });

describe('parseAuthorText: every pattern in the old bibliography and the verified-bibliography drafts', () => {
  it.each([
    ['full list', 'Sharma P, Hu-Lieskovan S, Wargo JA, Ribas A', [P('Sharma', 'P'), P('Hu-Lieskovan', 'S'), P('Wargo', 'JA'), P('Ribas', 'A')], true, []],
    ['et al.', 'Kluger H, et al.', [P('Kluger', 'H')], false, []],
    ['et al. + group in parentheses', 'Kluger HM, Tawbi HA, Ascierto ML, et al. (SITC Immunotherapy Resistance Taskforce)', [P('Kluger', 'HM'), P('Tawbi', 'HA'), P('Ascierto', 'ML'), G('SITC Immunotherapy Resistance Taskforce')], false, []],
    ['group with punctuation', "O'Brien M, Paz-Ares L, Marreaud S, et al. (EORTC-1416-LCG/ETOP 8-15 – PEARLS/KEYNOTE-091 Investigators)", [P("O'Brien", 'M'), P('Paz-Ares', 'L'), P('Marreaud', 'S'), G('EORTC-1416-LCG/ETOP 8-15 – PEARLS/KEYNOTE-091 Investigators')], false, []],
    ['diacritics and hyphens', 'Reck M, Rodríguez-Abreu D, Robinson AG, et al. (KEYNOTE-024 Investigators)', [P('Reck', 'M'), P('Rodríguez-Abreu', 'D'), P('Robinson', 'AG'), G('KEYNOTE-024 Investigators')], false, []],
    ['two-word family name', 'Hellmann MD, Paz-Ares L, Bernabe Caro R, et al.', [P('Hellmann', 'MD'), P('Paz-Ares', 'L'), P('Bernabe Caro', 'R')], false, []],
    ['three initials', 'Chowell D, Morris LGT, Grigg CM, et al.', [P('Chowell', 'D'), P('Morris', 'LGT'), P('Grigg', 'CM')], false, []],
    ['surname et al.', 'Ebert et al.', [P('Ebert')], false, []],
    ['surname only + remark', "Vijayan (first author's surname only; confirm)", [P('Vijayan')], false, ["first author's surname only; confirm"]],
    ['remark naming another author', 'Spranger S, et al. (only the corresponding author, Gajewski TF, shown in the PubMed excerpt; confirm co-authors)', [P('Spranger', 'S')], false, ['only the corresponding author, Gajewski TF, shown in the PubMed excerpt; confirm co-authors']],
    ['first author + remark', 'Gupta G, et al. (only the first author shown; confirm)', [P('Gupta', 'G')], false, ['only the first author shown; confirm']],
    ['no names: not shown', 'not shown in the source excerpt (usually cited as Hellmann MD et al.; confirm)', [], false, ['not shown in the source excerpt (usually cited as Hellmann MD et al.; confirm)']],
    ['no names: not seen', 'not seen (confirm on PubMed)', [], false, ['not seen (confirm on PubMed)']],
    ['no names: unverified', 'Unverified (Chinese-language review; author list not confirmed)', [], false, ['Unverified (Chinese-language review; author list not confirmed)']],
    ['particles', 'Yang JC, de Marinis F, et al. (last author Lu S)', [P('Yang', 'JC'), P('de Marinis', 'F')], false, ['last author Lu S']],
    ['four initials, senior-author remark', 'Theelen WSME, Arbour KC, et al. (co-senior Besse B, Hellmann MD)', [P('Theelen', 'WSME'), P('Arbour', 'KC')], false, ['co-senior Besse B, Hellmann MD']],
    ['ellipsis gap', 'Schoenfeld AJ, ... Riely GJ (first and last author only seen)', [P('Schoenfeld', 'AJ')], false, ['named after a gap in the list: Riely GJ', 'first and last author only seen']],
    ['group after ";"', 'Spicer JD, Gao S; KEYNOTE-671 Investigators', [P('Spicer', 'JD'), P('Gao', 'S'), G('KEYNOTE-671 Investigators')], true, []],
    ['group before ";"', 'HARMONi-A Study Investigators; Fang W, Zhao Y, et al. (last author Zhang L)', [G('HARMONi-A Study Investigators'), P('Fang', 'W'), P('Zhao', 'Y')], false, ['last author Zhang L']],
    ['multi-word family with particle-free capitals', 'Provencio Pulla M, Coronado Erdmann C, Koch LDO', [P('Provencio Pulla', 'M'), P('Coronado Erdmann', 'C'), P('Koch', 'LDO')], true, []],
    ['remark that is not about completeness', 'Barlesi F, Aggarwal C (ASCO trial-in-progress abstract)', [P('Barlesi', 'F'), P('Aggarwal', 'C')], true, ['ASCO trial-in-progress abstract']],
  ])('%s: %s', (_label, text, authors, complete, remarks) => {
    expect(parseAuthorText(text)).toEqual({ authors, complete, remarks });
  });

  it('throws on text it cannot read as names, rather than guess', () => {
    expect(() => parseAuthorText('Sharma P, 42 others')).toThrowErrorMatchingInlineSnapshot(`[Error: Cannot read "42 others" as an author name in "Sharma P, 42 others"]`);
  });

  it('reads every author text in the old bibliography', () => {
    const items = parseYaml(OLD).value as { authors: string }[];
    const texts = [...new Set(items.map((i) => i.authors))];
    for (const t of texts) expect(() => parseAuthorText(t), t).not.toThrow();
  });
});

describe('splitEditorial', () => {
  it('moves sentences with verification wording and keeps facts such as "confirmed ORR"', () => {
    expect(
      splitEditorial('The FDA summary says the confirmed ORR was 41%. This abstract was not seen: take cutpoint details from the paper itself.'),
    ).toEqual({ kept: 'The FDA summary says the confirmed ORR was 41%.', removed: ['This abstract was not seen: take cutpoint details from the paper itself.'] });
  });
  it('returns the text unchanged when nothing is editorial', () => {
    const text = 'Modified RECIST (iUPD, then a confirmatory scan for iCPD).';
    expect(splitEditorial(text)).toEqual({ kept: text, removed: [] });
  });
});

describe('migrateItem', () => {
  it('moves author remarks into notes after the existing notes', () => {
    expect(migrateItem({ id: 'v', authors: "Vijayan (first author's surname only; confirm)", title: 'T', journal: 'J', year: 2017, doi: '10.1/x', pmid: null, evidenceContext: 'review', supports: 'S.', notes: 'Author list not confirmed.' })).toEqual({
      id: 'v',
      type: 'journal',
      authors: [{ family: 'Vijayan' }],
      authorsComplete: false,
      title: 'T',
      journal: 'J',
      year: 2017,
      doi: '10.1/x',
      pmid: null,
      evidenceContext: 'review',
      supports: 'S.',
      notes: "Author list not confirmed. Author list: first author's surname only; confirm.",
    });
  });

  it('drops an unverified journal name of the source review into notes', () => {
    const out = migrateItem({ id: 'source-review', authors: 'Unverified (x)', title: 'A review', journal: 'Not verified (Chinese-language journal)', evidenceContext: 'review', supports: 'The review.', sourceReview: true });
    expect(out).not.toHaveProperty('journal');
    expect(out.notes).toBe('Author list: Unverified (x). Journal: Not verified (Chinese-language journal).');
  });

  it('converts a draft registry item (nct, seen-at, numeric phase, registry remark)', () => {
    expect(migrateItem({ id: 'sky', type: 'registry', registry: 'ClinicalTrials.gov (via WHO ICTRP)', nct: 'NCT04294810', title: 'A trial', phase: 3, sponsor: 'Roche', status: 'Active', supports: 'S.', 'seen-at': ['http://apps.who.int/x (ICTRP)'], tier: 'B', notes: 'Press only.' })).toEqual({
      id: 'sky',
      type: 'registry',
      title: 'A trial',
      registryId: 'NCT04294810',
      sponsor: 'Roche',
      phase: '3',
      status: 'Active',
      supports: 'S.',
      tier: 'B',
      seenAt: ['http://apps.who.int/x (ICTRP)'],
      notes: 'Press only. Registry: via WHO ICTRP.',
    });
  });

  it('converts a draft regulatory item: agency country dropped, drug listed, title derived, url from the first https seen-at', () => {
    expect(migrateItem({ id: 'nmpa', type: 'regulatory', agency: 'NMPA (China)', drug: 'toripalimab (Tuoyi)', indication: 'First-line NSCLC', date: '2022-09-20', supports: 'S.', 'seen-at': ['http://a.example/x', 'https://b.example/y (release)'], tier: 'B' })).toEqual({
      id: 'nmpa',
      type: 'regulatory',
      agency: 'NMPA',
      title: 'NMPA decision on toripalimab (Tuoyi)',
      date: '2022-09-20',
      indication: 'First-line NSCLC',
      drugs: ['toripalimab (Tuoyi)'],
      url: 'https://b.example/y',
      supports: 'S.',
      tier: 'B',
      seenAt: ['http://a.example/x', 'https://b.example/y (release)'],
    });
  });

  it('splits a remark off a DOI and an editorial remark off a volume', () => {
    const out = migrateItem({ id: 'x', type: 'journal', authors: 'Doe J', title: 'T', journal: 'J', year: 2022, volume: '40:1301-1311 (volume/pages seen only in a reference list)', doi: '10.1055/s-0043-1760878 (German-language abstract)', pmid: null, evidenceContext: 'e', supports: 'S.' });
    expect([out.volume, out.doi, out.notes]).toEqual(['40:1301-1311', '10.1055/s-0043-1760878', 'Volume: volume/pages seen only in a reference list. DOI: German-language abstract.']);
  });

  it('keeps a bibliographic volume remark such as an epub date', () => {
    expect(migrateItem({ id: 'x', authors: 'Doe J', title: 'T', journal: 'J', year: 2024, volume: '43(3):260-272 (epub 9 Sep 2024)', doi: '10.1/x', evidenceContext: 'e', supports: 'S.' }).volume).toBe('43(3):260-272 (epub 9 Sep 2024)');
  });
});

describe('migrateReferencesText', () => {
  const once = migrateReferencesText(OLD);

  it('converts all 64 old items into sources that validate with zero issues', () => {
    expect(once.converted).toHaveLength(64);
    const { references, issues } = loadReferences(once.text, 'x.yaml', { today: TODAY });
    expect(issues).toEqual([]);
    expect(references.map((r) => r.type)).toEqual(Array(64).fill('journal'));
  });

  it('keeps the comments at the top of the file', () => {
    expect(once.text.split('\n').slice(0, 3)).toEqual(OLD.split('\n').slice(0, 3));
  });

  it('is idempotent: a converted file comes back byte for byte', () => {
    expect(migrateReferencesText(once.text)).toEqual({ text: once.text, converted: [] });
  });

  it('converts only the old items appended to a converted file and leaves the rest as it was', () => {
    const appended = OLD.split('\n- id: ').slice(1, 2).map((s) => `- id: ${s.replace(/^sharma-2017-primary-adaptive-acquired/, 'sharma-copy')}`).join('');
    const again = migrateReferencesText(`${once.text}${appended}`);
    expect(again.converted).toEqual(['sharma-copy']);
    expect(again.text.startsWith(once.text)).toBe(true);
    expect(again.text.slice(once.text.length)).toMatchInlineSnapshot(`
      "- id: sharma-copy
        type: journal
        authors:
          - { family: Sharma, given: P }
          - { family: Hu-Lieskovan, given: S }
          - { family: Wargo, given: JA }
          - { family: Ribas, given: A }
        authorsComplete: true
        title: Primary, Adaptive, and Acquired Resistance to Cancer Immunotherapy
        journal: Cell
        year: 2017
        doi: 10.1016/j.cell.2017.01.017
        pmid: 28187290
        evidenceContext: review (pan-cancer)
        supports: Foundational review that defines primary, adaptive and acquired resistance and sorts mechanisms into
          tumour-intrinsic and tumour-extrinsic.
      "
    `);
  });

  it('the committed content/references.yaml is already in the new format', () => {
    const text = readFileSync('content/references.yaml', 'utf8');
    expect(migrateReferencesText(text).converted).toEqual([]);
  });
});
