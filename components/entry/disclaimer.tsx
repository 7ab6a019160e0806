import { strings } from '@/lib/i18n/strings';
import { text } from '../i18n/locale';

export const DISCLAIMER_TEXT = strings(
  {
    heading: 'Medical disclaimer',
    lead: 'Medical disclaimer.',
    body: 'For education and research only. This atlas summarises published literature; it is not medical advice and not a treatment recommendation. Decisions about a patient belong to the treating clinician, using current guidelines and the primary sources.',
  },
  {
    heading: '医学免责声明',
    lead: '医学免责声明：',
    body: '仅供教育和研究使用。本图谱概述已发表的文献，不构成医疗建议，也不是治疗推荐。针对患者的决策应由主治医生依据现行指南和原始文献作出。',
  },
);

/** The medical disclaimer shown on every entry and in the footer. */
export function Disclaimer({ compact = false }: { compact?: boolean }) {
  const t = text(DISCLAIMER_TEXT);
  if (compact)
    return (
      <p className="m-0">
        <strong>{t.lead}</strong> {t.body}
      </p>
    );
  return (
    <aside aria-labelledby="disclaimer-heading" className="callout callout-caution mt-8">
      <h2 id="disclaimer-heading" className="callout-title text-base m-0">
        {t.heading}
      </h2>
      <p className="m-0">{t.body}</p>
    </aside>
  );
}
