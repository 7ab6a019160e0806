/** Drugs: generic and brand names (English and Chinese), target, class, and approvals with their sources. */
import { z } from 'zod';
import { issue, type ContentIssue } from '../issues';
import { AGENCIES } from '../references';
import { baseEntry, chinese, id, idList, isoDate, RELATED, text } from './base';
import { choose, defineKind, entriesOfKind, type CorpusCheck } from './define';

export const DRUG_CLASSES = [
  'anti-PD-1',
  'anti-PD-L1',
  'anti-CTLA-4',
  'anti-LAG-3',
  'anti-TIM-3',
  'anti-TIGIT',
  'bispecific-antibody',
  'antibody-drug-conjugate',
  'anti-VEGF',
  'tyrosine-kinase-inhibitor',
  'cytokine',
  'cancer-vaccine',
  'small-molecule',
  'other',
] as const;

/** How an approval was granted, where it was not a regular (full) approval. */
export const APPROVAL_PATHWAYS = ['accelerated', 'conditional'] as const;
/** What the date of an approval or refusal is: the decision's own date, the day it was announced, or a day by which it was reported as made. */
export const DATE_KINDS = ['decision', 'announced', 'on-or-before'] as const;
/** What happened to an approval later: converted to regular approval, withdrawn, or narrowed. */
export const LATER_EVENTS = ['converted', 'withdrawn', 'restricted'] as const;
/** Regulatory refusals, each its own kind of event. */
export const REFUSAL_KINDS = ['complete-response-letter', 'advisory-committee-vote', 'application-withdrawn', 'refusal-to-file', 'negative-opinion'] as const;
/** A drug's development, where it has no NSCLC approval: under way, stopped by its sponsor, or not found in the sources checked (then `note` says what was found). */
export const DEVELOPMENT_STATUSES = ['active', 'stopped', 'not-found'] as const;

const agency = z.enum(Object.keys(AGENCIES) as [keyof typeof AGENCIES, ...(keyof typeof AGENCIES)[]]);
/** A date as sources give it: a day, a month or a year. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD' });

const httpsUrl = z.url({ protocol: /^https$/, error: 'Expected an https:// address' });

/**
 * A report by a sponsor or the press, cited directly where no agency or bibliographic record was found: shown as
 * "reported by <publisher>", never as the agency's own word.
 */
export const reportSchema = z.strictObject({
  /** Who published it (the sponsor, a trade journal). */
  publisher: text(2, 120),
  /** Its headline. */
  title: text(5, 300),
  /** The page (https). */
  url: httpsUrl,
  /** Its date (YYYY, YYYY-MM or YYYY-MM-DD) where seen. */
  date: partialDate.optional(),
});

export const laterEventSchema = z.strictObject({
  /** converted (accelerated or conditional → regular), withdrawn, or restricted (the indication narrowed). */
  event: z.enum(LATER_EVENTS),
  /** Date of the later decision (YYYY-MM-DD). */
  date: isoDate,
  /** What changed, in one sentence. */
  note: text(5, 300).optional(),
  /** Bibliography key of the later decision (a `type: regulatory` source). */
  source: id,
});
/** Drug classes in Chinese. */
export const DRUG_CLASS_ZH: Record<(typeof DRUG_CLASSES)[number], string> = {
  'anti-PD-1': '抗PD-1抗体',
  'anti-PD-L1': '抗PD-L1抗体',
  'anti-CTLA-4': '抗CTLA-4抗体',
  'anti-LAG-3': '抗LAG-3抗体',
  'anti-TIM-3': '抗TIM-3抗体',
  'anti-TIGIT': '抗TIGIT抗体',
  'bispecific-antibody': '双特异性抗体',
  'antibody-drug-conjugate': '抗体偶联药物',
  'anti-VEGF': '抗VEGF药物',
  'tyrosine-kinase-inhibitor': '酪氨酸激酶抑制剂',
  cytokine: '细胞因子',
  'cancer-vaccine': '肿瘤疫苗',
  'small-molecule': '小分子药物',
  other: '其他',
};

/** A drug class as a page shows it: "anti PD 1" style in English (hyphens as spaces), or its Chinese. */
function classLabel(c: (typeof DRUG_CLASSES)[number], locale: 'en' | 'zh'): string {
  return locale === 'zh' ? DRUG_CLASS_ZH[c] : c.replace(/-/g, ' ');
}

export const approvalSchema = z.strictObject({
  /** FDA | EMA | NMPA | PMDA. */
  agency,
  /** Date of the decision (YYYY-MM-DD), as the agency's own page gives it (see `dateIs`). */
  date: isoDate,
  /** decision (default): the decision's own date; announced: the day it was announced (decision day not seen); on-or-before: reported as made by then. */
  dateIs: z.enum(DATE_KINDS).optional(),
  /** The approved indication, in one sentence, as the label states it (tumour, stage, line, histology, biomarker, combination). */
  indication: text(10, 400),
  /** Whether the indication is in NSCLC. */
  nsclc: z.boolean(),
  /** The pivotal trial when it is an entry of the atlas (content/trials/), linked from the table. */
  trial: id.optional(),
  /** The pivotal trial's name when it is not an entry of the atlas (KEYNOTE-010). */
  pivotal: text(2, 120).optional(),
  /** accelerated (FDA) or conditional (EMA, NMPA) where it was; omitted for a regular approval or where not stated. */
  pathway: z.enum(APPROVAL_PATHWAYS).optional(),
  /** Later conversions, withdrawals or restrictions of this approval, each with its own source. */
  later: z.array(laterEventSchema).default([]),
  /** Bibliography key of the agency's decision (a `type: regulatory` source). */
  source: id,
});

/** A refusal's fields; `refusalSchema` adds the rule that it has a source. */
export const refusalFields = z.strictObject({
  /** The agency that refused or advised against. */
  agency,
  /** complete-response-letter, advisory-committee-vote, application-withdrawn, refusal-to-file or negative-opinion. */
  event: z.enum(REFUSAL_KINDS),
  /** Date of the event (YYYY, YYYY-MM or YYYY-MM-DD, as far as the source gives it); omitted when no source gave it. */
  date: partialDate.optional(),
  /** See the approval's `dateIs`. */
  dateIs: z.enum(DATE_KINDS).optional(),
  /** The indication applied for. */
  indication: text(10, 400),
  /** Whether the indication is in NSCLC. */
  nsclc: z.boolean(),
  /** What was decided, as the agency or sponsor stated it (a vote count, the reason given). */
  detail: text(5, 400).optional(),
  /** The trial the application rested on, when it is an entry of the atlas. */
  trial: id.optional(),
  /** Bibliography key: a `type: regulatory` source that records the event. */
  source: id.optional(),
  /** Where only a sponsor or press report was found: that report (a refusal needs `source` or `reportedBy`). */
  reportedBy: reportSchema.optional(),
});

export const refusalSchema = refusalFields.superRefine((r, ctx) => {
    if (r.source === undefined && r.reportedBy === undefined)
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'A refusal needs a source: `source` (a regulatory item) or `reportedBy` (the report that says it)', params: { hint: 'Cite the agency’s record, or the sponsor or press report with publisher, title and url.' } });
  });

/** The development record's fields; `developmentSchema` adds the rule that a stopped programme has date and reason. */
export const developmentFields = z
  .strictObject({
    /** active: development is under way; stopped: the sponsor stopped it; not-found: neither was found in the sources checked. */
    status: z.enum(DEVELOPMENT_STATUSES),
    /** Where the status applies ("in NSCLC", "all indications"). */
    scope: text(3, 120).optional(),
    /** When the programme was stopped (YYYY, YYYY-MM or YYYY-MM-DD); required when stopped. */
    date: partialDate.optional(),
    /** The reason as the sponsor gave it; required when stopped. */
    reason: text(5, 400).optional(),
    /** What is under way, or what else readers should know, in one or two sentences. */
    note: text(5, 500).optional(),
    /** Bibliography key of the source that states the status. */
    source: id.optional(),
    /** The sponsor's announcement (or the press report of it) that states the status: cited as the sponsor's. */
    reportedBy: reportSchema.optional(),
  });

export const developmentSchema = developmentFields.superRefine((d, ctx) => {
    if (!d.source && !d.reportedBy) ctx.addIssue({ code: 'custom', path: ['source'], message: 'A development status needs a source', params: { hint: 'Add "source: <key>" (a registry, journal or regulatory item) or "reportedBy:" (the sponsor’s announcement: publisher, title, url, date).' } });
    if (d.status === 'not-found' && !d.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'A status not found needs a note of what was found', params: { hint: 'Add "note: …": the last event found (a trial stopped, a readout) and its date.' } });
    if (d.status !== 'stopped') return;
    if (!d.date) ctx.addIssue({ code: 'custom', path: ['date'], message: 'A stopped programme needs the date it was stopped', params: { hint: 'Add "date: YYYY-MM" (or the day) as the sponsor or its source gives it.' } });
    if (!d.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'A stopped programme needs the reason the sponsor gave', params: { hint: 'Add "reason: …" in the sponsor’s words (futility, strategic reasons, safety…).' } });
  });

export const drugSchema = baseEntry
  .extend({
    /** Brand names (Keytruda, Opdivo…): searchable. */
    brandNames: z.array(text(1, 60)).default([]),
    /** Chinese generic name (帕博利珠单抗): searchable. */
    genericNameZh: chinese(40, 'genericNameZh').optional(),
    /** Chinese brand names (可瑞达): searchable. */
    brandNamesZh: z.array(chinese(40, 'brandNamesZh')).default([]),
    /** Development codes (MK-3475). */
    codes: z.array(text(1, 40)).default([]),
    /** What it binds or inhibits (PD-1; TROP2 with a topoisomerase-I payload). */
    target: text(2, 120),
    /** Drug class. */
    drugClass: z.enum(DRUG_CLASSES),
    /** Regulatory approvals, each with the agency's decision as its source. Never from memory. */
    approvals: z.array(approvalSchema).default([]),
    /** Regulatory refusals: complete response letters, negative advisory votes or opinions, withdrawn applications. */
    refusals: z.array(refusalSchema).default([]),
    /**
     * Agencies whose NSCLC decisions could not all be found in the sources checked, each with what is missing; shown
     * on the page so the table never implies completeness it lacks.
     */
    approvalGaps: z.array(z.strictObject({ agency, note: text(10, 300) })).default([]),
    /** Development status: required for a drug with no NSCLC approval (see `investigationalStatus`). */
    development: developmentSchema.optional(),
    /** Strategy entries this drug belongs to. */
    strategies: idList.default([]),
  })
  .superRefine((d, ctx) => {
    d.approvals.forEach((a, i) => {
      if (a.date > d.lastReviewed) {
        ctx.addIssue({ code: 'custom', path: ['approvals', i, 'date'], message: `The approval is dated ${a.date}, after the entry's lastReviewed (${d.lastReviewed})`, params: { hint: 'Check the date against the agency’s decision, then set lastReviewed to the day you checked it.' } });
      }
    });
    d.refusals.forEach((r, i) => {
      if (r.date && r.date > d.lastReviewed) {
        ctx.addIssue({ code: 'custom', path: ['refusals', i, 'date'], message: `The refusal is dated ${r.date}, after the entry's lastReviewed (${d.lastReviewed})`, params: { hint: 'Check the date against the source, then set lastReviewed to the day you checked it.' } });
      }
    });
  });

export type DrugData = z.output<typeof drugSchema>;
export type ApprovalData = z.output<typeof approvalSchema>;
export type ReportData = z.output<typeof reportSchema>;
export type RefusalData = z.output<typeof refusalSchema>;
export type DevelopmentData = z.output<typeof developmentSchema>;

/** Every regulatory key a drug cites in a structured field, with its path and what it is the source of. */
function regulatoryKeys(d: DrugData): { key: string; path: (string | number)[]; what: string }[] {
  return [
    ...d.approvals.flatMap((a, i) => [
      { key: a.source, path: ['approvals', i, 'source'], what: 'an approval' },
      ...a.later.map((l, j) => ({ key: l.source, path: ['approvals', i, 'later', j, 'source'], what: `a later decision (${l.event})` })),
    ]),
    ...d.refusals.flatMap((r, i) => (r.source ? [{ key: r.source, path: ['refusals', i, 'source'], what: `a ${r.event.replace(/-/g, ' ')}` }] : [])),
  ];
}

/** An approval's source (and that of its later events and of a refusal) must be a regulatory item of the bibliography. */
export const approvalSources: CorpusCheck = (ctx) => {
  const issues: ContentIssue[] = [];
  for (const d of entriesOfKind<DrugData>(ctx, 'drug')) {
    for (const { key, path, what } of regulatoryKeys(d.data)) {
      const type = ctx.refType(key);
      if (type === undefined) continue; // unknown keys are reported by the citations pass
      if (type !== 'regulatory') {
        const at = d.locate(path);
        const name = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
        issues.push(issue(d.file, at.line, at.column, name, `"${key}" is a ${type} source, but ${what} needs the agency's decision`, 'Cite a `type: regulatory` item of content/references.yaml (agency, date, indication, url).'));
      }
    }
  }
  return issues;
};

/** A pivotal trial named by id must be a trial entry. */
export const approvalTrials: CorpusCheck = (ctx) => {
  const issues: ContentIssue[] = [];
  for (const d of entriesOfKind<DrugData>(ctx, 'drug')) {
    const rows = [...d.data.approvals.map((a, i) => ({ trial: a.trial, path: ['approvals', i, 'trial'] })), ...d.data.refusals.map((r, i) => ({ trial: r.trial, path: ['refusals', i, 'trial'] }))];
    for (const { trial, path } of rows) {
      if (!trial) continue;
      const target = ctx.ids.get(trial);
      if (target?.kind === 'trial') continue;
      const at = d.locate(path);
      const name = `${path[0]}[${path[1]}].trial`;
      issues.push(
        issue(d.file, at.line, at.column, name, target ? `"${trial}" is a ${ctx.kindLabel(target.kind).label.toLowerCase()}, not a trial` : `No trial entry "${trial}"`, 'Give the id of a file in content/trials/, or name a trial the atlas does not hold with `pivotal: …`.'),
      );
    }
  }
  return issues;
};

/** A drug with no NSCLC approval is investigational there: its page must say whether development is active or stopped. */
export const investigationalStatus: CorpusCheck = (ctx) => {
  const issues: ContentIssue[] = [];
  for (const d of entriesOfKind<DrugData>(ctx, 'drug')) {
    // An approval the page could not date (approvalGaps) also counts: the page says what was found instead.
    if (d.data.approvals.some((a) => a.nsclc) || d.data.development || d.data.approvalGaps.length) continue;
    const at = d.locate(['drugClass'], true);
    issues.push(
      issue(d.file, at.line, at.column, 'development', 'The drug has no NSCLC approval and no development status', 'Add "development:" with status active or stopped and its source (a stopped programme also needs date and reason), or, for an NSCLC approval whose decision was not found, say so under approvalGaps.'),
    );
  }
  return issues;
};

export const drug = defineKind({
  meta: {
    name: 'drug',
    dir: 'drugs',
    label: 'Drug',
    plural: 'Drugs',
    labelZh: '药物',
    blurb: 'Drugs the atlas discusses, by generic, brand and Chinese names, with their approvals by agency and date.',
    blurbZh: '图谱涉及的药物，列出通用名、商品名和中文名，以及各监管机构的批准及日期。',
  },
  schema: drugSchema,
  relations: {
    related: RELATED,
    strategies: {
      target: 'strategy',
      label: 'used in',
      inverse: 'uses',
      labelZh: '所属策略',
      inverseZh: '使用的药物',
      description: 'Strategy entries this drug belongs to.',
    },
  },
  sections: ['approvals', 'evidence'],
  facts: (e, _d, t) => [
    [{ en: 'Target', zh: '靶点' }, t.prose('target', e.target)],
    [{ en: 'Class', zh: '类别' }, classLabel(e.drugClass, t.locale)],
    [{ en: 'Brand names', zh: '商品名' }, e.brandNames.join(', ')],
    [{ en: 'Chinese names', zh: '中文名' }, [e.genericNameZh, ...e.brandNamesZh].filter(Boolean).join(' · ')],
    [{ en: 'Codes', zh: '研发代号' }, e.codes.join(', ')],
  ],
  badges: (e, _d, locale) => [
    { label: classLabel(e.drugClass, locale), tone: 'type' },
    ...(e.approvals.some((a) => a.nsclc) ? [{ label: locale === 'zh' ? '已获批用于NSCLC' : 'Approved in NSCLC', tone: 'stage' }] : []),
  ],
  search: (e) => {
    const names = [...e.brandNames, ...(e.genericNameZh ? [e.genericNameZh] : []), ...e.brandNamesZh, ...e.codes];
    return { terms: [...names, e.target], names };
  },
  classification: {
    shape: {
      drugClass: z.enum(DRUG_CLASSES).describe('Drug class.'),
      target: z.string().describe('What the drug binds or inhibits.'),
      brandNames: z.array(z.string()).describe('Brand names.'),
      approvals: z.array(approvalSchema).describe('Approvals by agency, date and indication, each with its source key.'),
      refusals: z.array(refusalSchema).describe('Regulatory refusals (complete response letters, negative votes or opinions, withdrawn applications).'),
      development: developmentSchema.nullable().describe('Development status where the drug has no NSCLC approval; null otherwise.'),
    },
    of: (e) => ({
      drugClass: e.drugClass,
      target: e.target,
      brandNames: [...e.brandNames],
      approvals: e.approvals.map((a) => ({ ...a, later: a.later.map((l) => ({ ...l })) })),
      refusals: e.refusals.map((r) => ({ ...r })),
      development: e.development ? { ...e.development } : null,
    }),
  },
  sources: (e) => [...regulatoryKeys(e).map(({ key, path }) => ({ key, path })), ...(e.development?.source ? [{ key: e.development.source, path: ['development', 'source'] }] : [])],
  scaffold: {
    fields: {
      target: { value: 'The molecular target', hint: 'Write the molecular target (e.g. PD-1, PD-L1 and VEGF-A).' },
      drugClass: choose('the drug class', DRUG_CLASSES),
      brandNames: '[]',
      approvals: '[]',
      strategies: '[]',
    },
    sections: [
      { heading: 'Mechanism of action', prompt: 'Explain how the drug works, with citations.' },
      { heading: 'Evidence in NSCLC', prompt: 'Summarise the trials that tested it in NSCLC.' },
    ],
  },
  checks: [approvalSources, approvalTrials, investigationalStatus],
});

// ---------------------------------------------------------------- labels (the page, the list filter and the exports)

export const PATHWAY_LABEL: Record<(typeof APPROVAL_PATHWAYS)[number], string> = { accelerated: 'Accelerated approval', conditional: 'Conditional approval' };
export const LATER_EVENT_LABEL: Record<(typeof LATER_EVENTS)[number], string> = {
  converted: 'Converted to regular approval',
  withdrawn: 'Withdrawn',
  restricted: 'Indication restricted',
};
export const REFUSAL_LABEL: Record<(typeof REFUSAL_KINDS)[number], string> = {
  'complete-response-letter': 'Complete response letter',
  'advisory-committee-vote': 'Advisory committee vote against',
  'application-withdrawn': 'Application withdrawn',
  'refusal-to-file': 'Refusal to file',
  'negative-opinion': 'Negative opinion',
};
/** Printed after a date whose `dateIs` is not the decision's own date. */
export const DATE_KIND_NOTE: Record<(typeof DATE_KINDS)[number], string> = { decision: '', announced: 'date announced', 'on-or-before': 'reported by this date' };
export const DEVELOPMENT_LABEL: Record<(typeof DEVELOPMENT_STATUSES)[number], string> = {
  active: 'In development',
  stopped: 'Development stopped',
  'not-found': 'Development status not found in the sources checked',
};
/** The agencies the approvals table always accounts for, and the `/drugs` filter offers. */
export const MAIN_AGENCIES = ['FDA', 'EMA', 'NMPA'] as const satisfies readonly (keyof typeof AGENCIES)[];
/** Said where an agency has no NSCLC row and the page gives no more specific note. */
/** Printed where a refusal's date was not given by any source found. */
export const DATE_NOT_FOUND = 'Date not found in the sources checked';
export const NO_DECISION_FOUND = 'No NSCLC approval found in the sources checked.';

/** The agencies of `MAIN_AGENCIES` that approved the drug in NSCLC (an approval not later withdrawn). */
export function nsclcApprovalAgencies(d: Pick<DrugData, 'approvals'>): (typeof MAIN_AGENCIES)[number][] {
  return MAIN_AGENCIES.filter((a) => d.approvals.some((x) => x.agency === a && x.nsclc && !x.later.some((l) => l.event === 'withdrawn')));
}

/**
 * The `/drugs` filter "approved in NSCLC by FDA / EMA / NMPA": links to a fragment (`/drugs#approved-fda`) that CSS
 * `:target` rules in app/globals.css turn into a filtered list, so it works without JavaScript and in the static copy.
 */
export const DRUG_FILTER = {
  legend: 'Approved in NSCLC by',
  all: 'All drugs',
  anchor: (agency: (typeof MAIN_AGENCIES)[number]) => `approved-${agency.toLowerCase()}`,
  showing: (count: number, agency: (typeof MAIN_AGENCIES)[number]) =>
    `Showing the ${count} ${count === 1 ? 'drug' : 'drugs'} with an NSCLC approval by the ${agency} recorded in the atlas (approvals not found in the sources checked are said so on each drug's page).`,
  showAll: 'Show all drugs',
} as const;

/** The same in Chinese. */
export const DRUG_FILTER_ZH: Omit<typeof DRUG_FILTER, 'anchor' | 'legend' | 'all' | 'showing' | 'showAll'> & {
  legend: string;
  all: string;
  showing: (count: number, agency: (typeof MAIN_AGENCIES)[number]) => string;
  showAll: string;
} = {
  legend: '已获批用于 NSCLC 的监管机构',
  all: '全部药物',
  showing: (count, agency) => `显示图谱记录的、已获 ${agency} 批准用于 NSCLC 的${count}种药物（在所查来源中未找到的批准在各药物页面注明）。`,
  showAll: '显示全部药物',
};
