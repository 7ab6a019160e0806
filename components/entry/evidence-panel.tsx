import type { Entry, Site } from '@/lib/site/get-site';
import { EVIDENCE_DESCRIPTION, EVIDENCE_DESCRIPTION_ZH, EVIDENCE_LABEL, EVIDENCE_LABEL_ZH } from '@/lib/content/kinds';
import { strings } from '@/lib/i18n/strings';
import { fieldOf } from '../i18n/entry-text';
import { getLocale, text } from '../i18n/locale';

export const EVIDENCE_PANEL_TEXT = strings(
  { heading: (label: string) => `Evidence context: ${label}` },
  { heading: (label: string) => `证据背景：${label}` },
);

/** Where the evidence of this entry comes from: NSCLC, or extrapolated from other cancers or models. */
export function EvidencePanel({ entry, site }: { entry: Entry; site: Site }) {
  const zh = getLocale() === 'zh';
  const note = entry.evidenceNote ? fieldOf(site, entry, 'evidenceNote', entry.evidenceNote) : null;
  return (
    <section aria-labelledby="evidence-context" className="card p-4 my-4">
      <h2 id="evidence-context" className="text-base font-bold m-0">
        {text(EVIDENCE_PANEL_TEXT).heading((zh ? EVIDENCE_LABEL_ZH : EVIDENCE_LABEL)[entry.evidenceContext])}
      </h2>
      <p className="m-0 mt-1 text-sm">{(zh ? EVIDENCE_DESCRIPTION_ZH : EVIDENCE_DESCRIPTION)[entry.evidenceContext]}</p>
      {note && (
        <p className="m-0 mt-1 text-sm" lang={note.lang}>
          {note.text}
        </p>
      )}
    </section>
  );
}
