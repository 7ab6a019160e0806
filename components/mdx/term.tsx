import type { ReactNode } from 'react';

/**
 * A term with its bilingual definition. The definition is real text in the page (so it is read by screen
 * readers via aria-describedby and printed), shown on hover and on focus (keyboard and tap) by CSS alone.
 */
export function TermTip({
  href,
  tipId,
  title,
  titleZh,
  definition,
  children,
}: {
  href: string;
  tipId: string;
  title: string;
  titleZh: string;
  definition: string;
  children: ReactNode;
}) {
  return (
    <span className="term">
      <a href={href} aria-describedby={tipId}>
        {children}
      </a>
      <span role="tooltip" id={tipId} className="term-tip">
        <span className="term-tip-title">
          {title} · <span lang="zh-Hans">{titleZh}</span>
        </span>
        {definition}
      </span>
    </span>
  );
}
