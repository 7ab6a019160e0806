/** Strings of the site shell: header, navigation, footer, theme and language switchers. */
import { strings } from '@/lib/i18n/strings';

export const SHELL_TEXT = strings(
  {
    skip: 'Skip to content',
    brand: 'Resistance Atlas',
    brandSub: 'NSCLC · 免疫治疗耐药',
    brandSubLang: 'zh-Hans',
    siteSearch: 'Site search',
    searchLabel: 'Search the atlas',
    searchPlaceholder: 'Search (press /)',
    search: 'Search',
    mainNav: 'Main',
    menu: 'Menu',
    languageSwitch: '中文',
    languageSwitchLabel: '阅读本页中文版',
    footerSource:
      'Built from a Chinese review of immunotherapy resistance in NSCLC and a bibliography whose DOIs and PubMed ids were verified. Content is open; contributions by pull request (see AUTHORING.md).',
    translationStatus: 'Translation status',
    breadcrumb: 'Breadcrumb',
    home: 'Home',
  },
  {
    skip: '跳到正文',
    brand: '耐药图谱',
    brandSub: 'NSCLC Immunotherapy Resistance Atlas',
    brandSubLang: 'en',
    siteSearch: '站内搜索',
    searchLabel: '搜索图谱',
    searchPlaceholder: '搜索（按 /）',
    search: '搜索',
    mainNav: '主导航',
    menu: '菜单',
    languageSwitch: 'English',
    languageSwitchLabel: 'Read this page in English',
    footerSource:
      '本图谱依据一篇关于非小细胞肺癌免疫治疗耐药的中文综述编写，参考文献的 DOI 与 PubMed 编号均经核实。内容开放，欢迎通过拉取请求参与贡献（见 AUTHORING.md）。',
    translationStatus: '翻译状态',
    breadcrumb: '面包屑导航',
    home: '首页',
  },
);
