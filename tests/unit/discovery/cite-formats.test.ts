import { describe, expect, it } from 'vitest';
import {
  bibtexEntry,
  bibtexTitle,
  citeThisPage,
  cslItem,
  escapeBibTeX,
  parseVolume,
  risEntry,
  toBibTeX,
  toCSLJSON,
  toRIS,
} from '@/lib/discovery/cite-formats';
import { conference, reference, registration, regulatory } from './builders';

const sharma = reference({
  id: 'sharma-2017-primary-adaptive-acquired',
  authors: [
    { family: 'Sharma', given: 'P' },
    { family: 'Hu-Lieskovan', given: 'S' },
    { family: 'Wargo', given: 'JA' },
    { family: 'Ribas', given: 'A' },
  ],
  authorsComplete: true,
  title: 'Primary, Adaptive, and Acquired Resistance to Cancer Immunotherapy',
  journal: 'Cell',
  year: 2017,
  volume: '168(4):707-723',
  doi: '10.1016/j.cell.2017.01.017',
  pmid: '28187290',
});

const trial = reference({
  id: 'reck-2016-keynote024',
  authors: [
    { family: 'Reck', given: 'M' },
    { family: 'Rodríguez-Abreu', given: 'D' },
    { family: 'Robinson', given: 'AG' },
    { literal: 'KEYNOTE-024 Investigators' },
  ],
  authorsComplete: false,
  title: 'Pembrolizumab versus Chemotherapy for PD-L1–Positive Non–Small-Cell Lung Cancer',
  journal: 'Stem Cell Research & Therapy',
  year: 2016,
  volume: '375(19):1823-1833 (epub 9 Oct 2016)',
  doi: '10.1056/NEJMoa1606774',
  pmid: null,
});

const sourceReview = reference({
  id: 'source-review',
  authors: [],
  authorsComplete: false,
  title: 'Factors influencing immunotherapy resistance in non-small cell lung cancer (非小细胞肺癌免疫治疗耐药性影响因素)',
  journal: undefined,
  year: undefined,
  doi: null,
  pmid: null,
  sourceReview: true,
  notes: 'Bibliographic details (journal, year, authors, DOI) could not be confirmed; cite it with its section number.',
  seenAt: ['https://example.org/seen-here (remark)'],
});

describe('escapeBibTeX', () => {
  it('escapes the ten LaTeX specials, braces as balanced commands', () => {
    expect(escapeBibTeX('A & B 50% $5 #1 a_b ~x ^y \\z {w}')).toBe(
      'A \\& B 50\\% \\$5 \\#1 a\\_b \\textasciitilde{}x \\textasciicircum{}y \\textbackslash{}z \\textbraceleft{}w\\textbraceright{}',
    );
  });

  it('keeps UTF-8 text and collapses whitespace', () => {
    expect(escapeBibTeX(' Rodríguez-Abreu\n  β2  ')).toBe('Rodríguez-Abreu β2');
  });
});

describe('bibtexTitle', () => {
  it('protects words with inner capitals and escapes the rest', () => {
    expect(bibtexTitle('iRECIST: guidelines for PD-L1 & NSCLC in Cell')).toBe('{iRECIST:} guidelines for {PD-L1} \\& {NSCLC} in Cell');
  });
});

describe('parseVolume', () => {
  it.each<[string | undefined, ReturnType<typeof parseVolume>]>([
    ['16(2):121-126', { volume: '16', issue: '2', pages: '121-126' }],
    ['8(1):e000398', { volume: '8', issue: '1', pages: 'e000398' }],
    ['7:10501', { volume: '7', pages: '10501' }],
    ['15(8)', { volume: '15', issue: '8' }],
    ['171(6):1259-1271.e11', { volume: '171', issue: '6', pages: '1259-1271.e11' }],
    ['43(3):260-272 (epub 9 Sep 2024)', { volume: '43', issue: '3', pages: '260-272', note: 'epub 9 Sep 2024' }],
    [
      '39(36):4073-4126 (erratum J Clin Oncol 2022;40(3):315)',
      { volume: '39', issue: '36', pages: '4073-4126', note: 'erratum J Clin Oncol 2022;40(3):315' },
    ],
    ['Suppl 2, 2019', { volume: 'Suppl 2, 2019' }],
    [undefined, {}],
  ])('%s', (input, expected) => {
    expect(parseVolume(input)).toEqual(expected);
  });
});

describe('BibTeX', () => {
  it('writes a journal article with DOI, PMID and a double-hyphen page range', () => {
    expect(bibtexEntry(sharma)).toBe(`@article{sharma-2017-primary-adaptive-acquired,
  author = {Sharma, P. and Hu-Lieskovan, S. and Wargo, J. A. and Ribas, A.},
  title = {Primary, Adaptive, and Acquired Resistance to Cancer Immunotherapy},
  journal = {Cell},
  year = {2017},
  volume = {168},
  number = {4},
  pages = {707--723},
  doi = {10.1016/j.cell.2017.01.017},
  pmid = {28187290},
  url = {https://doi.org/10.1016/j.cell.2017.01.017}
}
`);
  });

  it('keeps collective authors braced, ends an incomplete list with "others", escapes the journal and keeps volume remarks', () => {
    expect(bibtexEntry(trial)).toBe(`@article{reck-2016-keynote024,
  author = {Reck, M. and Rodríguez-Abreu, D. and Robinson, A. G. and {KEYNOTE-024 Investigators} and others},
  title = {Pembrolizumab versus Chemotherapy for {PD-L1–Positive} {Non–Small-Cell} Lung Cancer},
  journal = {Stem Cell Research \\& Therapy},
  year = {2016},
  volume = {375},
  number = {19},
  pages = {1823--1833},
  note = {epub 9 Oct 2016},
  doi = {10.1056/NEJMoa1606774},
  url = {https://doi.org/10.1056/NEJMoa1606774}
}
`);
  });

  it('exports the source review honestly: @misc, no author, year or DOI, a fixed warning and never its editorial notes', () => {
    expect(bibtexEntry(sourceReview)).toBe(`@misc{source-review,
  title = {Factors influencing immunotherapy resistance in non-small cell lung cancer (非小细胞肺癌免疫治疗耐药性影响因素)},
  note = {Bibliographic details could not be verified.}
}
`);
  });

  it('says that no author is listed instead of inventing names', () => {
    const r = reference({
      id: 'x-2018',
      authors: [],
      authorsComplete: false,
      notes: 'Author list: not shown in the source excerpt; confirm.',
    });
    expect(bibtexEntry(r)).not.toContain('author =');
    expect(bibtexEntry(r)).toContain('note = {Authors not listed in the atlas bibliography.}');
    expect(bibtexEntry(r)).not.toContain('confirm');
  });

  it('keeps a PMID-only reference as an article with a PubMed URL', () => {
    const r = reference({ id: 'pmid-only', doi: null, pmid: '23456789', volume: undefined, authors: [{ family: 'Poe', given: 'P' }] });
    expect(bibtexEntry(r)).toBe(`@article{pmid-only,
  author = {Poe, P.},
  title = {A study of resistance},
  journal = {Journal of Tests},
  year = {2020},
  pmid = {23456789},
  url = {https://pubmed.ncbi.nlm.nih.gov/23456789/}
}
`);
  });

  it('keeps every brace balanced in a file with hostile text', () => {
    const r = reference({ id: 'hostile', title: 'Braces } { and \\ backslashes } in a title', journal: 'J {Odd}' });
    const bib = toBibTeX([r]);
    let depth = 0;
    for (const c of bib) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('starts the file with its name and encoding and writes records in the given order', () => {
    const bib = toBibTeX([trial, sharma]);
    expect(bib.startsWith('% NSCLC Immunotherapy Resistance Atlas: bibliography export\n% Encoding: UTF-8\n')).toBe(true);
    expect([...bib.matchAll(/^@(\w+)\{([^,]+),/gm)].map((m) => [m[1], m[2]])).toEqual([
      ['article', 'reck-2016-keynote024'],
      ['article', 'sharma-2017-primary-adaptive-acquired'],
    ]);
  });
});

describe('RIS', () => {
  it('writes tagged lines with CRLF, split pages, DOI and PubMed accession number', () => {
    expect(risEntry(sharma).split('\r\n')).toEqual([
      'TY  - JOUR',
      'ID  - sharma-2017-primary-adaptive-acquired',
      'AU  - Sharma, P.',
      'AU  - Hu-Lieskovan, S.',
      'AU  - Wargo, J. A.',
      'AU  - Ribas, A.',
      'TI  - Primary, Adaptive, and Acquired Resistance to Cancer Immunotherapy',
      'T2  - Cell',
      'PY  - 2017',
      'VL  - 168',
      'IS  - 4',
      'SP  - 707',
      'EP  - 723',
      'DO  - 10.1016/j.cell.2017.01.017',
      'AN  - 28187290',
      'DB  - PubMed',
      'UR  - https://doi.org/10.1016/j.cell.2017.01.017',
      'UR  - https://pubmed.ncbi.nlm.nih.gov/28187290/',
      'ER  - ',
    ]);
  });

  it('keeps the collective author, notes an abbreviated list and volume remark', () => {
    const lines = risEntry(trial).split('\r\n');
    expect(lines.filter((l) => l.startsWith('AU'))).toEqual([
      'AU  - Reck, M.',
      'AU  - Rodríguez-Abreu, D.',
      'AU  - Robinson, A. G.',
      'AU  - KEYNOTE-024 Investigators',
    ]);
    expect(lines.filter((l) => l.startsWith('N1'))).toEqual(['N1  - epub 9 Oct 2016 Author list abbreviated (et al.).']);
    expect(lines.some((l) => l.startsWith('AN'))).toBe(false);
  });

  it('exports the source review as a generic record without year, DOI or authors', () => {
    expect(risEntry(sourceReview).split('\r\n')).toEqual([
      'TY  - GEN',
      'ID  - source-review',
      'TI  - Factors influencing immunotherapy resistance in non-small cell lung cancer (非小细胞肺癌免疫治疗耐药性影响因素)',
      'N1  - Bibliographic details could not be verified.',
      'ER  - ',
    ]);
  });

  it('separates records by a blank line, each ending with ER', () => {
    expect(
      toRIS([sharma, sourceReview])
        .split('\r\n')
        .filter((l) => l === 'ER  - ' || l === '' || l.startsWith('TY')),
    ).toEqual(['TY  - JOUR', 'ER  - ', '', 'TY  - GEN', 'ER  - ', '']);
  });
});

describe('CSL-JSON', () => {
  it('writes an article-journal item with names, issued year, DOI and PMID', () => {
    expect(cslItem(sharma)).toEqual({
      id: 'sharma-2017-primary-adaptive-acquired',
      type: 'article-journal',
      title: 'Primary, Adaptive, and Acquired Resistance to Cancer Immunotherapy',
      'container-title': 'Cell',
      author: [
        { family: 'Sharma', given: 'P.' },
        { family: 'Hu-Lieskovan', given: 'S.' },
        { family: 'Wargo', given: 'J. A.' },
        { family: 'Ribas', given: 'A.' },
      ],
      issued: { 'date-parts': [[2017]] },
      volume: '168',
      issue: '4',
      page: '707-723',
      DOI: '10.1016/j.cell.2017.01.017',
      PMID: '28187290',
      URL: 'https://doi.org/10.1016/j.cell.2017.01.017',
    });
  });

  it('uses a literal name for a collective author and keeps text unescaped', () => {
    const item = cslItem(trial);
    expect(item.author?.at(-1)).toEqual({ literal: 'KEYNOTE-024 Investigators' });
    expect(item['container-title']).toBe('Stem Cell Research & Therapy');
    expect(item.note).toBe('epub 9 Oct 2016 Author list abbreviated (et al.).');
    expect(item.PMID).toBeUndefined();
  });

  it('exports the source review as a document without issued date, DOI or author', () => {
    expect(toCSLJSON([sourceReview])).toEqual([
      {
        id: 'source-review',
        type: 'document',
        title: 'Factors influencing immunotherapy resistance in non-small cell lung cancer (非小细胞肺癌免疫治疗耐药性影响因素)',
        note: 'Bibliographic details could not be verified.',
      },
    ]);
  });
});

describe('one writer per source type', () => {
  const fda = regulatory({
    id: 'fda-2023-pembrolizumab-perioperative',
    notes: 'Tier detail: society news; confirm.',
    seenAt: ['https://www.esmo.org/x (news)'],
  });
  const nct = registration({ id: 'skyscraper-01-registry', status: 'Active, not recruiting', notes: 'Press only.' });
  const chictr = registration({ id: 'chictr-x', registry: 'ChiCTR', registryId: 'ChiCTR2000029308', sponsor: undefined, phase: undefined });
  const lba = conference({ id: 'provencio-2024-lba50', journal: 'Annals of Oncology 35(suppl_2)', notes: 'Numbers from press.' });

  it('BibTeX: regulatory → @techreport with the agency as institution, date and indication', () => {
    expect(bibtexEntry(fda)).toBe(`@techreport{fda-2023-pembrolizumab-perioperative,
  title = {{FDA} approves pembrolizumab for resectable {NSCLC}},
  institution = {U.S. Food and Drug Administration},
  type = {Regulatory decision},
  year = {2023},
  month = {oct},
  date = {2023-10-16},
  note = {Indication: Resectable NSCLC, neoadjuvant then adjuvant},
  url = {https://www.fda.gov/drugs/example}
}
`);
  });

  it('BibTeX: registry → @misc with registry, id and the ClinicalTrials.gov link', () => {
    expect(bibtexEntry(nct)).toBe(`@misc{skyscraper-01-registry,
  title = {Tiragolumab plus atezolizumab in {PD-L1-selected} {NSCLC} {(SKYSCRAPER-01)}},
  howpublished = {ClinicalTrials.gov},
  number = {NCT04294810},
  organization = {Hoffmann-La Roche},
  note = {ClinicalTrials.gov identifier NCT04294810},
  url = {https://clinicaltrials.gov/study/NCT04294810}
}
`);
    expect(bibtexEntry(chictr)).not.toContain('url =');
  });

  it('BibTeX: conference → @inproceedings with the meeting as booktitle', () => {
    expect(bibtexEntry(lba)).toBe(`@inproceedings{provencio-2024-lba50,
  author = {Provencio Pulla, M. and Awad, M. and others},
  title = {Perioperative nivolumab v placebo in resectable {NSCLC}},
  booktitle = {ESMO Congress 2024},
  series = {Annals of Oncology 35(suppl\\_2)},
  year = {2024},
  month = {sep},
  url = {https://oncologypro.esmo.org/abstract/example}
}
`);
  });

  it('RIS: GOVDOC with publisher and date, DATA with accession number, CPAPER with the meeting', () => {
    expect(risEntry(fda).split('\r\n')).toEqual([
      'TY  - GOVDOC',
      'ID  - fda-2023-pembrolizumab-perioperative',
      'TI  - FDA approves pembrolizumab for resectable NSCLC',
      'PB  - U.S. Food and Drug Administration',
      'PY  - 2023',
      'DA  - 2023/10/16',
      'AB  - Indication: Resectable NSCLC, neoadjuvant then adjuvant',
      'KW  - pembrolizumab (Keytruda)',
      'UR  - https://www.fda.gov/drugs/example',
      'ER  - ',
    ]);
    expect(risEntry(nct).split('\r\n')).toEqual([
      'TY  - DATA',
      'ID  - skyscraper-01-registry',
      'TI  - Tiragolumab plus atezolizumab in PD-L1-selected NSCLC (SKYSCRAPER-01)',
      'PB  - ClinicalTrials.gov',
      'AN  - NCT04294810',
      'A2  - Hoffmann-La Roche',
      'UR  - https://clinicaltrials.gov/study/NCT04294810',
      'ER  - ',
    ]);
    expect(risEntry(lba).split('\r\n')).toEqual([
      'TY  - CPAPER',
      'ID  - provencio-2024-lba50',
      'AU  - Provencio Pulla, M.',
      'AU  - Awad, M.',
      'TI  - Perioperative nivolumab v placebo in resectable NSCLC',
      'T2  - ESMO Congress 2024',
      'T3  - Annals of Oncology 35(suppl_2)',
      'PY  - 2024',
      'DA  - 2024/09/15',
      'UR  - https://oncologypro.esmo.org/abstract/example',
      'N1  - Author list abbreviated (et al.).',
      'ER  - ',
    ]);
  });

  it('CSL-JSON: report with the agency as publisher, dataset with the registry id, paper-conference with the event', () => {
    expect(toCSLJSON([fda, nct, lba])).toEqual([
      {
        id: 'fda-2023-pembrolizumab-perioperative',
        type: 'report',
        title: 'FDA approves pembrolizumab for resectable NSCLC',
        publisher: 'U.S. Food and Drug Administration',
        genre: 'Regulatory decision',
        issued: { 'date-parts': [[2023, 10, 16]] },
        URL: 'https://www.fda.gov/drugs/example',
        note: 'Indication: Resectable NSCLC, neoadjuvant then adjuvant',
      },
      {
        id: 'skyscraper-01-registry',
        type: 'dataset',
        title: 'Tiragolumab plus atezolizumab in PD-L1-selected NSCLC (SKYSCRAPER-01)',
        publisher: 'ClinicalTrials.gov',
        number: 'NCT04294810',
        genre: 'Trial registration',
        URL: 'https://clinicaltrials.gov/study/NCT04294810',
      },
      {
        id: 'provencio-2024-lba50',
        type: 'paper-conference',
        title: 'Perioperative nivolumab v placebo in resectable NSCLC',
        'event-title': 'ESMO Congress 2024',
        'container-title': 'Annals of Oncology 35(suppl_2)',
        author: [
          { family: 'Provencio Pulla', given: 'M.' },
          { family: 'Awad', given: 'M.' },
        ],
        issued: { 'date-parts': [[2024, 9, 15]] },
        URL: 'https://oncologypro.esmo.org/abstract/example',
        note: 'Author list abbreviated (et al.).',
      },
    ]);
  });

  it('never writes notes, seenAt or status into any format', () => {
    const all = [fda, nct, lba, sourceReview];
    const text = [toBibTeX(all), toRIS(all), JSON.stringify(toCSLJSON(all))].join('\n');
    for (const secret of [
      'Tier detail',
      'esmo.org/x',
      'Press only',
      'Numbers from press',
      'Active, not recruiting',
      'section number',
      'seen-here',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('citeThisPage', () => {
  it('cites an entry page with the atlas name, last-reviewed date and canonical URL', () => {
    expect(
      citeThisPage(
        { kind: 'mechanism', id: 'stk11-lkb1-loss', title: 'STK11/LKB1 loss and the cold microenvironment', lastReviewed: '2026-11-24' },
        'https://atlas.example.org/',
      ),
    ).toEqual({
      text: 'STK11/LKB1 loss and the cold microenvironment. In: NSCLC Immunotherapy Resistance Atlas [Internet]. Last reviewed 2026-11-24. Available from: https://atlas.example.org/mechanisms/stk11-lkb1-loss',
      title: 'STK11/LKB1 loss and the cold microenvironment',
      container: 'NSCLC Immunotherapy Resistance Atlas',
      lastReviewed: '2026-11-24',
      url: 'https://atlas.example.org/mechanisms/stk11-lkb1-loss',
    });
  });

  it('does not double a title’s own full stop', () => {
    expect(
      citeThisPage({ kind: 'concept', id: 'q', title: 'Why resistance?', lastReviewed: '2026-01-01' }, 'http://x').text.startsWith(
        'Why resistance? In:',
      ),
    ).toBe(true);
  });
});
