/**
 * The components MDX entries may use, with their attributes. The compiler checks every JSX name and attribute
 * against this list; components/mdx-components.tsx implements exactly these names. Keep both in step.
 */

export interface AttributeSpec {
  required: boolean;
  /** Allowed values, when the attribute is an enumeration. */
  values?: readonly string[];
  /** What the attribute means, for hints and AUTHORING.md. */
  doc: string;
}

export interface ComponentSpec {
  /** Element content: none (self-closing), inline text or block content. */
  children: 'none' | 'inline' | 'block' | 'any';
  attributes: Record<string, AttributeSpec>;
  doc: string;
}

export const CALLOUT_TYPES = ['note', 'key-point', 'caution', 'review-slip'] as const;

export const ALLOWED_COMPONENTS: Record<string, ComponentSpec> = {
  Cite: {
    children: 'none',
    attributes: { id: { required: true, doc: 'a key in content/references.yaml' } },
    doc: 'A numbered citation: <Cite id="skoulidis-2018-stk11" />',
  },
  Term: {
    children: 'inline',
    attributes: { id: { required: true, doc: 'the id of the entry that defines the term' } },
    doc: 'A term with a bilingual definition on hover and focus: <Term id="tmb">TMB</Term>',
  },
  Callout: {
    children: 'any',
    attributes: {
      type: { required: true, values: CALLOUT_TYPES, doc: 'note | key-point | caution | review-slip' },
      title: { required: false, doc: 'optional heading' },
    },
    doc: 'A boxed aside: <Callout type="review-slip">…</Callout>',
  },
  EvidenceNote: {
    children: 'any',
    attributes: {
      context: { required: true, doc: 'where the evidence comes from, e.g. "melanoma" or "mouse models"' },
    },
    doc: 'Flags a passage whose evidence is not from NSCLC: <EvidenceNote context="melanoma">…</EvidenceNote>',
  },
  Figure: {
    children: 'block',
    attributes: { caption: { required: true, doc: 'the caption shown under the figure or table' } },
    doc: 'Captions a table or list: <Figure caption="…">| a | b |…</Figure>',
  },
  sub: { children: 'inline', attributes: {}, doc: 'Subscript' },
  sup: { children: 'inline', attributes: {}, doc: 'Superscript' },
};

export const ALLOWED_COMPONENT_NAMES = Object.keys(ALLOWED_COMPONENTS);

/** Raw HTML tags that could run or embed code; named specifically in errors. */
export const DANGEROUS_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form', 'svg', 'math']);
