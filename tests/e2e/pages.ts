/** One URL per page type, shared by the accessibility, header and CSP tests. */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  'kind list': '/mechanisms',
  mechanism: '/mechanisms/stk11-lkb1-loss',
  biomarker: '/biomarkers/pd-l1',
  'cell or molecule': '/cells-and-molecules/regulatory-t-cells',
  strategy: '/strategies/engineered-cytokines',
  concept: '/concepts/pseudoprogression',
  topic: '/topics/extrinsic-tumour-microenvironment',
  bibliography: '/references',
  search: '/search?q=TMB',
  'not found': '/no-such-page',
};
PAGE_TYPES['classification matrix'] = '/classification';
PAGE_TYPES['strategy matrix'] = '/strategy-matrix';
PAGE_TYPES.glossary = '/glossary';
PAGE_TYPES['glossary letter'] = '/glossary/zh';
PAGE_TYPES['mechanism map'] = '/map';
PAGE_TYPES['biomarker explorer'] = '/explorer?f=stk11-lof,kras-mut';
