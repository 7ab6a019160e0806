/**
 * A small, realistic search corpus (SearchDoc[]) for the search tests: names, abbreviations, gene symbols,
 * drugs, trials and Chinese terms as authors write them, with the overlaps that make ranking hard (TMB and
 * the combination strategy both list CheckMate 227; two titles contain 肿瘤微环境; LKB1 is on two pages).
 */
import type { SearchDoc } from '../../lib/search/documents';
import { entryHref } from '../../lib/site/routes';

type DocInput = Omit<SearchDoc, 'url' | 'aliases' | 'headings' | 'text'> & Partial<Pick<SearchDoc, 'aliases' | 'headings' | 'text'>>;

/** One search document with defaults for the lists and body; `url` comes from the kind and id. */
export function makeSearchDoc(input: DocInput): SearchDoc {
  return { aliases: [], headings: [], text: '', ...input, url: entryHref(input.kind, input.id) };
}

/** The fixture corpus, in a fixed order. */
export function makeSearchDocs(): SearchDoc[] {
  return [
    makeSearchDoc({
      id: 'stk11-lkb1-loss',
      kind: 'mechanism',
      origin: 'intrinsic',
      timing: 'primary',
      area: 'genomic-proteomic',
      title: 'STK11/LKB1 loss and the cold microenvironment',
      titleZh: 'STK11/LKB1 缺失与"冷"肿瘤微环境',
      aliases: ['STK11', 'LKB1', 'liver kinase B1', 'KRAS/STK11', 'STK11 co-mutation', 'STK11 突变', 'LKB1 缺失', '冷肿瘤', '原发性耐药'],
      summary:
        'Loss-of-function alterations in STK11 (LKB1), especially alongside KRAS mutation in lung adenocarcinoma, mark tumours with few infiltrating immune cells, usually negative PD-L1 and a very low response rate to PD-1 blockade.',
      headings: ['Mechanism', 'Evidence in NSCLC', 'Clinical relevance'],
      text: 'STK11 encodes the kinase LKB1. Its loss recruits neutrophils and myeloid-derived suppressor cells and keeps T cells out. In CheckMate 057 the KRAS-mutant subset with STK11 loss responded poorly to nivolumab. 携带 STK11 突变的肿瘤通常是冷肿瘤。',
    }),
    makeSearchDoc({
      id: 'stk11',
      kind: 'biomarker',
      title: 'STK11',
      titleZh: 'STK11 基因',
      aliases: ['LKB1', 'serine/threonine kinase 11', 'STK11 突变'],
      summary:
        'STK11 is a tumour-suppressor gene mutated in about one in six lung adenocarcinomas; its loss predicts poor benefit from PD-1 blockade, above all with a KRAS co-mutation.',
      headings: ['What is measured', 'Role in resistance'],
      text: 'Sequencing panels report STK11 alterations. Loss of LKB1 protein can also be seen by immunohistochemistry.',
    }),
    makeSearchDoc({
      id: 'pd-l1',
      kind: 'biomarker',
      title: 'PD-L1',
      titleZh: '程序性死亡配体1',
      aliases: ['programmed death-ligand 1', 'B7-H1', 'PD-L1 TPS', 'tumour proportion score', 'CD274'],
      summary:
        'PD-L1 on tumour cells, scored as the tumour proportion score, selects patients for first-line pembrolizumab, but PD-L1-negative tumours can respond and PD-L1-high tumours can resist.',
      headings: ['Assays and cut-offs', 'Limits'],
      text: 'The 22C3 assay scores the tumour proportion score (TPS). In KEYNOTE-024 patients with TPS of 50% or more benefited from pembrolizumab. Interferon gamma induces PD-L1.',
    }),
    makeSearchDoc({
      id: 'pd-l1-expression',
      kind: 'mechanism',
      origin: 'intrinsic',
      timing: 'both',
      area: 'genomic-proteomic',
      title: 'Low or absent PD-L1 expression',
      titleZh: 'PD-L1 低表达或不表达',
      aliases: ['PD-L1 negative', 'PDL1 low', 'PD-L1 阴性'],
      summary:
        'Tumours that express little PD-L1 give PD-1 antibodies little to block; PD-L1 expression is constitutive in some tumours and induced by interferon in others.',
      headings: ['Mechanism', 'Evidence'],
      text: 'Oncogenic signalling and interferon-gamma both regulate PD-L1 expression.',
    }),
    makeSearchDoc({
      id: 'tim-3',
      kind: 'biomarker',
      title: 'TIM-3',
      titleZh: 'T细胞免疫球蛋白黏蛋白3',
      aliases: ['T-cell immunoglobulin and mucin-domain containing-3', 'HAVCR2', 'CD366'],
      summary:
        'TIM-3 is an inhibitory receptor co-expressed with PD-1 on exhausted T cells; its up-regulation has been seen in patients who acquired resistance to PD-1 blockade.',
      headings: ['Expression', 'Role in resistance'],
      text: 'TIM-3 binds galectin-9, CEACAM1 and phosphatidylserine.',
    }),
    makeSearchDoc({
      id: 'tim-3-inhibitors',
      kind: 'strategy',
      title: 'TIM-3 inhibitors',
      titleZh: 'TIM-3 抑制剂',
      aliases: ['anti-TIM-3', 'sabatolimab', 'cobolimab'],
      summary:
        'Antibodies against TIM-3 (encoded by HAVCR2) are tested with PD-1 blockade to restore exhausted T cells; no phase 3 benefit has been shown in NSCLC.',
      headings: ['Rationale', 'Trials'],
      text: 'Cobolimab was combined with dostarlimab in the COSTAR Lung trial.',
    }),
    makeSearchDoc({
      id: 'tgf-beta',
      kind: 'cell-or-molecule',
      title: 'TGF-β',
      titleZh: '转化生长因子-β',
      aliases: ['transforming growth factor beta', 'TGFB1', 'TGF-β1'],
      summary:
        'TGF-β is an immunosuppressive cytokine that excludes T cells from the tumour bed and drives fibrosis; high TGF-β signalling marks immune-excluded tumours.',
      headings: ['Sources', 'Effects on T cells'],
      text: 'Bintrafusp alfa traps TGF-β while blocking PD-L1; its phase 3 trial in NSCLC stopped early.',
    }),
    makeSearchDoc({
      id: 'interferon-gamma',
      kind: 'cell-or-molecule',
      title: 'Interferon-gamma (IFN-γ)',
      titleZh: '干扰素-γ',
      aliases: ['IFNG', 'type II interferon', 'γ干扰素'],
      summary:
        'IFN-γ from activated T cells induces antigen presentation and PD-L1 on tumour cells; tumours that cannot respond to it escape T-cell attack.',
      headings: ['Signalling', 'Role in resistance'],
      text: 'IFN-γ signals through JAK1 and JAK2 to STAT1.',
    }),
    makeSearchDoc({
      id: 'jak1-jak2-loss',
      kind: 'mechanism',
      origin: 'intrinsic',
      timing: 'acquired',
      area: 'antigen-presentation',
      title: 'JAK1/JAK2 loss',
      titleZh: 'JAK1/JAK2 缺失',
      aliases: ['JAK1', 'JAK2', 'interferon signalling loss', '获得性耐药'],
      summary:
        'Loss-of-function mutations in JAK1 or JAK2 make tumour cells deaf to interferon gamma, so they no longer raise MHC class I or PD-L1 and escape T cells.',
      headings: ['Mechanism', 'Evidence'],
      text: 'Truncating JAK1 and JAK2 mutations were found in melanoma biopsies taken at relapse. IFN-γ signalling is lost.',
    }),
    makeSearchDoc({
      id: 'pseudoprogression',
      kind: 'concept',
      title: 'Pseudoprogression',
      titleZh: '假进展',
      aliases: ['pseudo-progression', 'iRECIST', '假性进展'],
      summary:
        'Pseudoprogression is an apparent growth of tumours on imaging early in immunotherapy that is followed by a response; it is rare in NSCLC (under 5%).',
      headings: ['Definition', 'How it is recognised'],
      text: 'iRECIST asks for a confirmatory scan four to eight weeks after unconfirmed progression.',
    }),
    makeSearchDoc({
      id: 'tumour-microenvironment',
      kind: 'topic',
      area: 'tumour-microenvironment',
      title: 'Tumour microenvironment',
      titleZh: '肿瘤微环境',
      aliases: ['TME', 'tumor microenvironment', '免疫微环境'],
      summary:
        'The tumour microenvironment is the mix of immune cells, stromal cells, vessels and signals around cancer cells; several extrinsic resistance mechanisms act through it.',
      headings: ['Cells', 'Signals'],
      text: 'Regulatory T cells, MDSCs and tumour-associated macrophages suppress effector T cells. 肿瘤微环境中的免疫抑制细胞。',
    }),
    makeSearchDoc({
      id: 'suppressive-cell-infiltration',
      kind: 'mechanism',
      origin: 'extrinsic',
      timing: 'both',
      area: 'tumour-microenvironment',
      title: 'Infiltration by suppressive cells',
      titleZh: '免疫抑制细胞浸润',
      aliases: ['immunosuppressive cells', 'Treg and MDSC infiltration'],
      summary:
        'Regulatory T cells, myeloid-derived suppressor cells and M2 macrophages in the tumour blunt the T-cell response that PD-1 blockade releases.',
      headings: ['Mechanism', 'Evidence'],
      text: 'High MDSC counts in blood before treatment went with shorter survival on nivolumab.',
    }),
    makeSearchDoc({
      id: 'regulatory-t-cells',
      kind: 'cell-or-molecule',
      title: 'Regulatory T cells (Tregs)',
      titleZh: '调节性T细胞',
      aliases: ['Treg', 'FOXP3+ T cells', 'CD4+CD25+ T cells', 'Treg 细胞'],
      summary:
        'Tregs are CD4 T cells, marked by FOXP3, that suppress effector T cells; PD-1 blockade can expand them in some patients (hyperprogression).',
      headings: ['Markers', 'Role in resistance'],
      text: 'Anti-CTLA-4 antibodies can deplete Tregs in the tumour.',
    }),
    makeSearchDoc({
      id: 'mdscs',
      kind: 'cell-or-molecule',
      title: 'Myeloid-derived suppressor cells (MDSCs)',
      titleZh: '髓源性抑制细胞',
      aliases: ['MDSC', 'M-MDSC', 'PMN-MDSC'],
      summary:
        'MDSCs are immature myeloid cells that suppress T cells with arginase, nitric oxide and reactive oxygen species; they accumulate in STK11-mutant tumours.',
      headings: ['Subsets', 'Suppression'],
      text: 'CXCL chemokines recruit granulocytic MDSCs.',
    }),
    makeSearchDoc({
      id: 'tmb',
      kind: 'biomarker',
      title: 'Tumour mutational burden (TMB)',
      titleZh: '肿瘤突变负荷（TMB）',
      aliases: ['TMB-high', 'tumor mutational burden', 'mutations per megabase', 'CheckMate 227', '肿瘤突变负荷'],
      summary:
        'TMB is the number of somatic mutations per megabase; in CheckMate 227 high TMB went with longer progression-free survival on nivolumab plus ipilimumab.',
      headings: ['What it is', 'Cut-offs'],
      text: 'Counted by whole-exome or panel sequencing; 10 mut/Mb is the usual cut-off.',
    }),
    makeSearchDoc({
      id: 'tnf-alpha',
      kind: 'cell-or-molecule',
      title: 'TNF-α',
      titleZh: '肿瘤坏死因子-α',
      aliases: ['TNF', 'tumour necrosis factor'],
      summary:
        'TNF-α is an inflammatory cytokine with effects for and against anti-tumour immunity; blocking it is used to treat severe colitis from checkpoint inhibitors.',
      headings: ['Effects'],
      text: 'Infliximab blocks TNF-α.',
    }),
    makeSearchDoc({
      id: 't-cell-exhaustion',
      kind: 'concept',
      title: 'T-cell exhaustion',
      titleZh: 'T细胞耗竭',
      aliases: ['exhausted T cells', 'dysfunctional T cells', 'T细胞功能耗竭'],
      summary:
        'Exhausted T cells, worn down by persistent antigen, express PD-1, TIM-3 and LAG-3 and lose their effector functions; terminally exhausted cells do not recover under PD-1 blockade.',
      headings: ['Definition', 'Progenitor and terminal states'],
      text: 'TCF1-positive progenitor exhausted cells sustain the response to PD-1 blockade.',
    }),
    makeSearchDoc({
      id: 'pd-1-pd-l1-inhibitors',
      kind: 'strategy',
      title: 'PD-1 and PD-L1 inhibitors',
      titleZh: 'PD-1/PD-L1 抑制剂',
      aliases: [
        'anti-PD-1',
        'immune checkpoint inhibitors',
        'ICI',
        'pembrolizumab',
        'nivolumab',
        'atezolizumab',
        'KEYNOTE-024',
        'KEYNOTE-189',
        'CheckMate 057',
        '帕博利珠单抗',
      ],
      summary:
        'Antibodies against PD-1 or PD-L1 are the backbone of first-line treatment for advanced NSCLC; the atlas is about why they fail.',
      headings: ['Approved drugs', 'Landmark trials'],
      text: 'Pembrolizumab doubled five-year survival in KEYNOTE-024 for PD-L1 TPS of 50% or more.',
    }),
    makeSearchDoc({
      id: 'pd-1-ctla-4-combination',
      kind: 'strategy',
      title: 'PD-1 plus CTLA-4 combination blockade',
      titleZh: 'PD-1 联合 CTLA-4 双免疫检查点阻断',
      aliases: [
        'nivolumab plus ipilimumab',
        'dual checkpoint blockade',
        'ipilimumab',
        'tremelimumab',
        'CheckMate 227',
        'POSEIDON',
        '双免疫治疗',
      ],
      summary:
        'Adding a CTLA-4 antibody to PD-(L)1 blockade acts on T-cell priming and regulatory T cells; nivolumab plus ipilimumab improved overall survival in CheckMate 227.',
      headings: ['Trials', 'Who benefits'],
      text: 'CheckMate 227 randomised patients by PD-L1; the benefit held below 1%. CheckMate 227 part 1 also looked at TMB. POSEIDON added tremelimumab.',
    }),
    makeSearchDoc({
      id: 'engineered-cytokines',
      kind: 'strategy',
      title: 'Engineered cytokines',
      titleZh: '工程化细胞因子',
      aliases: ['IL-2 variants', 'IL-15 superagonist', 'bempegaldesleukin', 'NKTR-214', 'N-803', 'nogapendekin alfa inbakicept'],
      summary:
        'Modified IL-2 and IL-15 drugs aim to expand effector T and NK cells without expanding Tregs; bempegaldesleukin failed in phase 3, N-803 is still being tested.',
      headings: ['IL-2 variants', 'IL-15 agonists'],
      text: 'NKTR-214 is a pegylated IL-2 prodrug. N-803 was combined with pembrolizumab in QUILT trials.',
    }),
    makeSearchDoc({
      id: 'mrna-cancer-vaccines',
      kind: 'strategy',
      title: 'mRNA cancer vaccines',
      titleZh: 'mRNA 肿瘤疫苗',
      aliases: ['personalised neoantigen vaccine', 'V940', 'mRNA-4157', 'intismeran autogene'],
      summary:
        'Individual mRNA vaccines encode a patient’s neoantigens to broaden the T-cell response; V940 with pembrolizumab is in phase 3 in resected NSCLC.',
      headings: ['How they work', 'Trials'],
      text: 'V940 (mRNA-4157) encodes up to 34 neoantigens.',
    }),
    makeSearchDoc({
      id: 'irae-management',
      kind: 'strategy',
      title: 'Managing immune-related adverse events',
      titleZh: '免疫相关不良事件的管理',
      aliases: ['irAE', 'irAEs', 'immune-related toxicity', '免疫相关不良事件'],
      summary:
        'Immune-related adverse events (irAEs) are treated by grade with corticosteroids and, when steroids fail, infliximab or other immunosuppressants.',
      headings: ['Grading', 'Treatment'],
      text: 'Pneumonitis, colitis and hepatitis are the irAEs that most often stop treatment.',
    }),
    makeSearchDoc({
      id: 'antibody-drug-conjugates',
      kind: 'strategy',
      title: 'Antibody–drug conjugates',
      titleZh: '抗体偶联药物',
      aliases: ['ADC', 'ADCs', 'datopotamab deruxtecan', 'sacituzumab govitecan', 'TROPION-Lung01', '抗体药物偶联物'],
      summary:
        'Antibody–drug conjugates deliver a cytotoxic payload to cells carrying a surface target such as TROP2; they are tested after and with checkpoint inhibitors.',
      headings: ['Targets', 'Trials'],
      text: 'Datopotamab deruxtecan targets TROP2.',
    }),
  ];
}
