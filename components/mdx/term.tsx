import type { ReactNode } from 'react';

/** A text with the language to mark it with when it is not the page's. */
export interface TipText {
  text: string;
  lang?: string;
}

/**
 * A term with its bilingual definition. The definition is real text in the page (so it is read by screen
 * readers via aria-describedby and printed), shown on hover and on focus (keyboard and tap) by CSS alone.
 * `title` is the target's name in the page's language, `altTitle` its name in the other language (marked with its
 * lang), `definition` its summary (marked lang="en" on a Chinese page where it is not translated).
 */
export function TermTip({
  href,
  tipId,
  title,
  altTitle,
  definition,
  children,
}: {
  href: string;
  tipId: string;
  title: string;
  altTitle: TipText;
  definition: TipText;
  children: ReactNode;
}) {
  return (
    <span className="term">
      <a href={href} aria-describedby={tipId}>
        {children}
      </a>
      <span role="tooltip" id={tipId} className="term-tip">
        <span className="term-tip-title">
          {title} · <span lang={altTitle.lang}>{altTitle.text}</span>
        </span>
        {definition.lang ? <span lang={definition.lang}>{definition.text}</span> : definition.text}
      </span>
    </span>
  );
}
