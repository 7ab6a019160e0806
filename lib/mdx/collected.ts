/** What compiling one MDX body yields besides code: the facts the link checker, graph and search need. */

export interface Heading {
  depth: number;
  text: string;
  /** Anchor id set on the rendered heading. */
  id: string;
}

export interface OutgoingLink {
  /** Target entry id as written (checked against the corpus later). */
  target: string;
  /** Heading anchor on the target page, or null. */
  anchor: string | null;
  /** A Markdown link or a <Term>. */
  via: 'link' | 'term';
  /** The link text. */
  text: string;
  /** The sentence that contains the link, for backlinks. */
  sentence: string;
  line: number;
  column: number;
}

export interface Citation {
  key: string;
  line: number;
  column: number;
}

export interface BodyIssue {
  line: number;
  column: number;
  message: string;
  hint: string;
}

export interface Collected {
  headings: Heading[];
  links: OutgoingLink[];
  /** Same-page anchor links (#x), checked against this page's headings. */
  localAnchors: { anchor: string; line: number; column: number }[];
  citations: Citation[];
  issues: BodyIssue[];
  /** Plain text of the body, block by block, for search. */
  text: string;
}

export function emptyCollected(): Collected {
  return { headings: [], links: [], localAnchors: [], citations: [], issues: [], text: '' };
}
