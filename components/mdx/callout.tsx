import type { ReactNode } from 'react';
import { strings } from '@/lib/i18n/strings';
import { text } from '../i18n/locale';

const CALLOUT_TEXT = strings(
  {
    titles: { note: 'Note', 'key-point': 'Key point', caution: 'Caution', 'review-slip': 'Correction to the source review' },
    evidenceFrom: (context: string) => `Evidence from ${context}, not NSCLC`,
  },
  {
    titles: { note: '注', 'key-point': '要点', caution: '注意', 'review-slip': '对来源综述的更正' },
    evidenceFrom: (context: string) => `证据来自${context}，而非NSCLC`,
  },
);

type CalloutType = keyof (typeof CALLOUT_TEXT)['en']['titles'];

export function Callout({ type = 'note', title, children }: { type?: string; title?: string; children?: ReactNode }) {
  const titles = text(CALLOUT_TEXT).titles;
  const shown = title ?? (Object.hasOwn(titles, type) ? titles[type as CalloutType] : titles.note);
  return (
    <aside className={`callout callout-${type}`} aria-label={shown}>
      <p className="callout-title">{shown}</p>
      {children}
    </aside>
  );
}

export function EvidenceNote({ context, children }: { context: string; children?: ReactNode }) {
  return (
    <div className="evidence-note">
      <p className="callout-title">{text(CALLOUT_TEXT).evidenceFrom(context)}</p>
      {children}
    </div>
  );
}

export function Figure({ caption, children }: { caption: string; children?: ReactNode }) {
  return (
    <figure className="figure">
      <div className="table-wrap">{children}</div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
