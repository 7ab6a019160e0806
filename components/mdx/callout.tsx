import type { ReactNode } from 'react';

const DEFAULT_TITLE: Record<string, string> = {
  note: 'Note',
  'key-point': 'Key point',
  caution: 'Caution',
  'review-slip': 'Correction to the source review',
};

export function Callout({ type = 'note', title, children }: { type?: string; title?: string; children?: ReactNode }) {
  return (
    <aside className={`callout callout-${type}`} aria-label={title ?? DEFAULT_TITLE[type] ?? 'Note'}>
      <p className="callout-title">{title ?? DEFAULT_TITLE[type] ?? 'Note'}</p>
      {children}
    </aside>
  );
}

export function EvidenceNote({ context, children }: { context: string; children?: ReactNode }) {
  return (
    <div className="evidence-note">
      <p className="callout-title">Evidence from {context}, not NSCLC</p>
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
