/** Rich text for string tables: a sentence with links or emphasis, written as parts joined without array keys. */
import { createElement, Fragment, type ReactNode } from 'react';

export function rich(...parts: ReactNode[]): ReactNode {
  return createElement(Fragment, null, ...parts);
}

/** Renders a piece of text inside a sentence (a link, <strong>, a span with lang …). */
export type Wrap = (text: string) => ReactNode;
