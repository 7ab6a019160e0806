/**
 * The atlas's controlled vocabulary: classification axes, the five areas of the source review, evidence contexts
 * and stages. Plain data with no dependencies, so client islands may import it (the kind registry may not).
 */

export const ORIGINS = ['intrinsic', 'extrinsic'] as const;
export type Origin = (typeof ORIGINS)[number];
export const ORIGIN_LABEL: Record<Origin, string> = { intrinsic: 'Intrinsic', extrinsic: 'Extrinsic' };
export const ORIGIN_ZH: Record<Origin, string> = { intrinsic: '内源性', extrinsic: '外源性' };

export const TIMINGS = ['primary', 'acquired', 'both'] as const;
export type Timing = (typeof TIMINGS)[number];
export const TIMING_LABEL: Record<Timing, string> = {
  primary: 'Primary',
  acquired: 'Acquired',
  both: 'Primary and acquired',
};
export const TIMING_ZH: Record<Timing, string> = { primary: '原发性', acquired: '继发性（获得性）', both: '原发性与继发性' };
/** Timing as a Chinese page's label names it (the shorter clinical terms; TIMING_ZH is the gloss on English pages). */
export const TIMING_LABEL_ZH: Record<Timing, string> = { primary: '原发性', acquired: '获得性', both: '原发性与获得性' };

/** The five areas of the source review, in its order. */
export const AREAS = [
  'genomic-proteomic',
  'antigen-presentation',
  'tumour-microenvironment',
  'checkpoint-co-inhibition',
  'new-strategies',
] as const;
export type Area = (typeof AREAS)[number];

export interface AreaInfo {
  label: string;
  labelZh: string;
  origin: Origin | null;
  /** Section of the source review. */
  section: string;
}

export const AREA_INFO: Record<Area, AreaInfo> = {
  'genomic-proteomic': {
    label: 'Genomic and proteomic features',
    labelZh: '基因组和蛋白质组特征',
    origin: 'intrinsic',
    section: '3.1',
  },
  'antigen-presentation': {
    label: 'Tumour antigens and antigen presentation',
    labelZh: '肿瘤抗原与抗原递呈',
    origin: 'intrinsic',
    section: '3.2',
  },
  'tumour-microenvironment': {
    label: 'Tumour microenvironment',
    labelZh: '肿瘤微环境',
    origin: 'extrinsic',
    section: '4.1',
  },
  'checkpoint-co-inhibition': {
    label: 'Immune-checkpoint co-inhibition',
    labelZh: '免疫检查点共抑制',
    origin: 'extrinsic',
    section: '4.2',
  },
  'new-strategies': {
    label: 'New drugs and strategies',
    labelZh: '新药物与新策略',
    origin: null,
    section: '4.3',
  },
};

export const EVIDENCE_CONTEXTS = ['nsclc', 'mixed', 'other-cancers', 'preclinical', 'general'] as const;
export type EvidenceContext = (typeof EVIDENCE_CONTEXTS)[number];
export const EVIDENCE_LABEL: Record<EvidenceContext, string> = {
  nsclc: 'NSCLC evidence',
  mixed: 'NSCLC and other cancers',
  'other-cancers': 'Extrapolated from other cancers',
  preclinical: 'Preclinical models',
  general: 'General concept',
};
export const EVIDENCE_LABEL_ZH: Record<EvidenceContext, string> = {
  nsclc: '非小细胞肺癌证据',
  mixed: '非小细胞肺癌及其他肿瘤',
  'other-cancers': '外推自其他肿瘤',
  preclinical: '临床前模型',
  general: '通用概念',
};
export const EVIDENCE_DESCRIPTION: Record<EvidenceContext, string> = {
  nsclc: 'The key findings come from studies in patients with non-small-cell lung cancer.',
  mixed: 'Some findings come from NSCLC; others are extrapolated from melanoma, urothelial cancer or other tumours.',
  'other-cancers':
    'The key findings come from melanoma, urothelial or other cancers; their transfer to NSCLC is an assumption.',
  preclinical: 'The key findings come from cell lines or mouse models and are not yet confirmed in patients.',
  general: 'A definition or concept that applies across cancers rather than a finding about NSCLC.',
};
export const EVIDENCE_DESCRIPTION_ZH: Record<EvidenceContext, string> = {
  nsclc: '主要发现来自非小细胞肺癌患者的研究。',
  mixed: '部分发现来自非小细胞肺癌，其余外推自黑色素瘤、尿路上皮癌或其他肿瘤。',
  'other-cancers': '主要发现来自黑色素瘤、尿路上皮癌或其他肿瘤；其是否适用于非小细胞肺癌尚属推测。',
  preclinical: '主要发现来自细胞系或小鼠模型，尚未在患者中得到证实。',
  general: '适用于各类肿瘤的定义或概念，而非关于非小细胞肺癌的具体发现。',
};

export const STAGES = ['preclinical', 'early-trial', 'phase-3', 'approved'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABEL: Record<Stage, string> = {
  preclinical: 'Preclinical',
  'early-trial': 'Early trial',
  'phase-3': 'Phase 3',
  approved: 'Approved',
};
export const STAGE_LABEL_ZH: Record<Stage, string> = {
  preclinical: '临床前',
  'early-trial': '早期临床试验',
  'phase-3': 'III期',
  approved: '已获批',
};

/**
 * Evidence levels of graded statements, modelled on CIViC's A–E. How ours map: A = CIViC A (validated: an approval
 * or guideline based on it, or consistent phase 3 results); B = CIViC B (clinical: a randomised trial's secondary
 * or subgroup analysis, or a large cohort); C = CIViC C (case series, small or single-arm studies); D = CIViC D
 * (preclinical: cell lines, mouse models); E = CIViC E (inferential: indirect evidence, extrapolation).
 */
export const EVIDENCE_LEVELS = ['A', 'B', 'C', 'D', 'E'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export const LEVEL_INFO: Record<EvidenceLevel, { label: string; description: string; labelZh: string; descriptionZh: string }> = {
  A: {
    label: 'Validated',
    description: 'Phase 3 trial results, or an approval or guideline that rests on them.',
    labelZh: '已验证',
    descriptionZh: '3期试验结果，或以其为依据的批准或指南。',
  },
  B: {
    label: 'Clinical',
    description: 'Randomised phase 2 trials, secondary or subgroup analyses of randomised trials, or large patient cohorts.',
    labelZh: '临床',
    descriptionZh: '随机2期试验、随机试验的次要分析或亚组分析，或大型患者队列。',
  },
  C: {
    label: 'Case study',
    description: 'Single-arm or small studies, case series or retrospective analyses of patients.',
    labelZh: '病例研究',
    descriptionZh: '单臂或小型研究、病例系列或患者回顾性分析。',
  },
  D: { label: 'Preclinical', description: 'Cell lines, organoids or animal models.', labelZh: '临床前', descriptionZh: '细胞系、类器官或动物模型。' },
  E: {
    label: 'Inferential',
    description: 'Indirect evidence: extrapolation from other findings, mechanisms or tumours.',
    labelZh: '推断',
    descriptionZh: '间接证据：由其他发现、机制或肿瘤外推而来。',
  },
};
export const LEVEL_INFO_ZH: Record<EvidenceLevel, { label: string; description: string }> = {
  A: { label: '已验证', description: 'III 期试验结果，或以其为依据的获批适应证或指南。' },
  B: { label: '临床', description: '随机 II 期试验、随机试验的次要分析或亚组分析，或大型患者队列。' },
  C: { label: '病例研究', description: '单臂或小型研究、病例系列或针对患者的回顾性分析。' },
  D: { label: '临床前', description: '细胞系、类器官或动物模型。' },
  E: { label: '推断', description: '间接证据：由其他发现、机制或肿瘤外推。' },
};

export const STATEMENT_TYPES = ['predictive', 'prognostic', 'mechanistic', 'safety'] as const;
export type StatementType = (typeof STATEMENT_TYPES)[number];
export const STATEMENT_TYPE_LABEL: Record<StatementType, string> = { predictive: 'Predictive', prognostic: 'Prognostic', mechanistic: 'Mechanistic', safety: 'Safety' };
export const STATEMENT_TYPE_LABEL_ZH: Record<StatementType, string> = { predictive: '预测性', prognostic: '预后性', mechanistic: '机制性', safety: '安全性' };

export const DIRECTIONS = ['supports', 'does-not-support'] as const;
export type Direction = (typeof DIRECTIONS)[number];
/**
 * How a statement's direction is shown. A statement against a claim is usually itself a negative finding ("X did not
 * improve OS"): a red "Does not support" badge beside it reads as a double negative, so it is labelled "Evidence
 * against" in a neutral slate tone (grey, not alarm red), and "Evidence for" in green. `direction` itself is
 * unchanged in the exports.
 */
export const DIRECTION_BADGE: Record<Direction, { label: string; labelZh: string; tone: 'evidence' | 'against'; title: string; titleZh: string }> = {
  supports: { label: 'Evidence for', labelZh: '支持性证据', tone: 'evidence', title: 'The finding supports the claim.', titleZh: '该发现支持所述观点。' },
  'does-not-support': {
    label: 'Evidence against',
    labelZh: '反对性证据',
    tone: 'against',
    title: 'The finding argues against the claim: a negative result, stated as found.',
    titleZh: '该发现不支持所述观点：按原样陈述的阴性结果。',
  },
};
export const DIRECTION_LABEL: Record<Direction, string> = { supports: DIRECTION_BADGE.supports.label, 'does-not-support': DIRECTION_BADGE['does-not-support'].label };
export const DIRECTION_LABEL_ZH: Record<Direction, string> = { supports: DIRECTION_BADGE.supports.labelZh, 'does-not-support': DIRECTION_BADGE['does-not-support'].labelZh };

export const TUMOUR_CONTEXTS = ['nsclc', 'other-cancer', 'preclinical'] as const;
export type TumourContext = (typeof TUMOUR_CONTEXTS)[number];
export const TUMOUR_CONTEXT_LABEL: Record<TumourContext, string> = { nsclc: 'NSCLC', 'other-cancer': 'Other cancer', preclinical: 'Preclinical' };
export const TUMOUR_CONTEXT_LABEL_ZH: Record<TumourContext, string> = { nsclc: '非小细胞肺癌', 'other-cancer': '其他肿瘤', preclinical: '临床前' };

export const SETTINGS = ['advanced-first-line', 'advanced-later-line', 'perioperative', 'neoadjuvant', 'adjuvant', 'stage-iii-consolidation'] as const;
export type Setting = (typeof SETTINGS)[number];
export const SETTING_LABEL: Record<Setting, string> = {
  'advanced-first-line': 'Advanced disease, first line',
  'advanced-later-line': 'Advanced disease, later line',
  perioperative: 'Perioperative',
  neoadjuvant: 'Neoadjuvant',
  adjuvant: 'Adjuvant',
  'stage-iii-consolidation': 'Stage III consolidation after chemoradiotherapy',
};
export const SETTING_LABEL_ZH: Record<Setting, string> = {
  'advanced-first-line': '晚期一线治疗',
  'advanced-later-line': '晚期后线治疗',
  perioperative: '围手术期',
  neoadjuvant: '新辅助治疗',
  adjuvant: '辅助治疗',
  'stage-iii-consolidation': 'III期同步放化疗后巩固治疗',
};
