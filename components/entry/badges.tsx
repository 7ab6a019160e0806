import type { Entry } from '@/lib/site/get-site';
import { badgesOf, EVIDENCE_DESCRIPTION, EVIDENCE_DESCRIPTION_ZH, EVIDENCE_LABEL, EVIDENCE_LABEL_ZH, KIND_INFO } from '@/lib/content/kinds';
import { strings } from '@/lib/i18n/strings';
import { getLocale, text } from '../i18n/locale';

export const BADGES_TEXT = strings({ classification: 'Classification' }, { classification: '分类' });

/** Kind and classification badges for an entry: the kind, the badges its kind declares, the evidence context. */
export function EntryBadges({ entry, withEvidence = true }: { entry: Entry; withEvidence?: boolean }) {
  const locale = getLocale();
  const zh = locale === 'zh';
  return (
    <ul className="flex flex-wrap gap-1.5 list-none p-0 m-0" aria-label={text(BADGES_TEXT).classification}>
      <li className="badge badge-kind">{zh ? KIND_INFO[entry.kind].labelZh : KIND_INFO[entry.kind].label}</li>
      {badgesOf(entry, locale).map((b) => (
        <li key={`${b.tone}-${b.label}`} className={`badge badge-${b.tone}`} title={b.title}>
          {b.label}
        </li>
      ))}
      {withEvidence && (
        <li className="badge badge-evidence" title={(zh ? EVIDENCE_DESCRIPTION_ZH : EVIDENCE_DESCRIPTION)[entry.evidenceContext]}>
          {(zh ? EVIDENCE_LABEL_ZH : EVIDENCE_LABEL)[entry.evidenceContext]}
        </li>
      )}
    </ul>
  );
}
