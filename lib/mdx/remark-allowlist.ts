/**
 * Remark plugin: MDX is code, so an entry may use only the allowlisted components with literal attributes.
 * It reports and REMOVES anything else: import/export, {expressions}, raw HTML such as <script>, event-handler
 * attributes, javascript: URLs, images and h1 headings. Removal means unsafe input never reaches the compiled
 * code even if a caller ignored the reported issues.
 */
import { ALLOWED_COMPONENTS, ALLOWED_COMPONENT_NAMES, DANGEROUS_TAGS } from './allowed-components';
import type { Collected } from './collected';
import { startOf, walk, type MdNode } from './mdast';
import { didYouMean } from '../core/suggest';

const UNSAFE_URL = /^\s*(javascript|vbscript|data|file):/i;

/** True when `url` uses a scheme that can run code or read local files. */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore tabs/newlines and control characters inside the scheme: strip them first.
  return UNSAFE_URL.test(url.replace(/[\u0000-\u001f\u007f]+/g, ''));
}

export function remarkAllowlist(out: Collected) {
  return () => (tree: MdNode) => {
    const report = (node: MdNode, message: string, hint: string) => {
      const p = startOf(node);
      out.issues.push({ line: p.line, column: p.column, message, hint });
    };
    const removals: { parent: MdNode; node: MdNode }[] = [];
    walk(tree, (node, parents) => {
      const parent = parents[parents.length - 1];
      const remove = () => parent && removals.push({ parent, node });
      switch (node.type) {
        case 'mdxjsEsm':
          report(
            node,
            'import/export statements are not allowed in entries',
            'Delete the line: components are provided by the site, and entries cannot run code.',
          );
          remove();
          return 'skip';
        case 'mdxFlowExpression':
        case 'mdxTextExpression': {
          const body = node.data?.estree?.body ?? [];
          if (body.length > 0) {
            report(
              node,
              'JavaScript expressions {…} are not allowed in entries',
              'Write plain text; for a comment use {/* … */}. To show braces, escape them as \\{ \\}.',
            );
          }
          remove();
          return 'skip';
        }
        case 'image':
          report(node, 'Images are not supported in entries', 'Describe the finding in text or a table inside <Figure caption="…">.');
          remove();
          return 'skip';
        case 'heading':
          if (node.depth === 1) {
            report(node, 'Level-1 headings are not allowed in the body', 'The title is the page heading: start sections at "## ".');
          }
          return;
        case 'link':
        case 'definition':
          if (node.url !== undefined && isUnsafeUrl(node.url)) {
            report(
              node,
              `Unsafe link URL "${node.url.slice(0, 60)}"`,
              'Link to an entry id (e.g. [text](stk11-lkb1-loss)) or an https:// address.',
            );
            node.url = '#';
          }
          return;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const name = node.name;
          if (!name) {
            report(node, 'JSX fragments <>…</> are not allowed', 'Remove the fragment markers.');
            remove();
            return 'skip';
          }
          const spec = Object.hasOwn(ALLOWED_COMPONENTS, name) ? ALLOWED_COMPONENTS[name] : undefined;
          if (!spec) {
            const lower = name.toLowerCase();
            if (DANGEROUS_TAGS.has(lower)) {
              report(node, `Raw HTML <${name}> is not allowed in MDX`, 'Entries cannot embed code or styles; remove the tag.');
            } else if (/^[a-z]/.test(name)) {
              report(
                node,
                `Raw HTML <${name}> is not allowed in MDX`,
                `Use Markdown, or one of the components: ${ALLOWED_COMPONENT_NAMES.filter((n) => /^[A-Z]/.test(n)).join(', ')}.`,
              );
            } else {
              const guess = didYouMean(name, ALLOWED_COMPONENT_NAMES);
              report(
                node,
                `Unknown component <${name}>`,
                guess ? `Did you mean <${guess}>?` : `Allowed components: ${ALLOWED_COMPONENT_NAMES.join(', ')}.`,
              );
            }
            remove();
            return 'skip';
          }
          let bad = false;
          const seen = new Set<string>();
          for (const a of node.attributes ?? []) {
            if (a.type === 'mdxJsxExpressionAttribute' || !a.name) {
              report(node, `Spread attributes {…} are not allowed on <${name}>`, 'Write attributes as name="value".');
              bad = true;
              continue;
            }
            seen.add(a.name);
            if (/^on/i.test(a.name)) {
              report(
                node,
                `Event-handler attribute "${a.name}" is not allowed on <${name}>`,
                'Entries cannot run code; remove the attribute.',
              );
              bad = true;
              continue;
            }
            const aspec = Object.hasOwn(spec.attributes, a.name) ? spec.attributes[a.name] : undefined;
            if (!aspec) {
              const guess = didYouMean(a.name, Object.keys(spec.attributes));
              report(
                node,
                `Unknown attribute "${a.name}" on <${name}>`,
                guess
                  ? `Did you mean "${guess}"?`
                  : Object.keys(spec.attributes).length
                    ? `<${name}> takes: ${Object.keys(spec.attributes).join(', ')}.`
                    : `<${name}> takes no attributes.`,
              );
              bad = true;
              continue;
            }
            if (a.value !== null && a.value !== undefined && typeof a.value !== 'string') {
              report(node, `Attribute "${a.name}" on <${name}> must be a quoted string, not an expression`, `Write ${a.name}="…".`);
              bad = true;
              continue;
            }
            const v = a.value ?? '';
            if (isUnsafeUrl(v)) {
              report(node, `Unsafe URL in attribute "${a.name}" on <${name}>`, 'Remove the javascript:/data: URL.');
              bad = true;
              continue;
            }
            if (aspec.values && !aspec.values.includes(v)) {
              const guess = didYouMean(v, aspec.values);
              report(
                node,
                `Attribute ${a.name}="${v}" on <${name}> must be one of ${aspec.values.map((x) => `"${x}"`).join(' | ')}`,
                guess ? `Did you mean "${guess}"?` : '',
              );
              bad = true;
            }
            if (aspec.required && v.trim() === '') {
              report(node, `Attribute "${a.name}" on <${name}> is empty`, `Give ${aspec.doc}.`);
              bad = true;
            }
          }
          for (const [an, aspec] of Object.entries(spec.attributes)) {
            if (aspec.required && !seen.has(an)) {
              report(node, `<${name}> is missing the required attribute "${an}"`, `Add ${an}="…" (${aspec.doc}).`);
              bad = true;
            }
          }
          if (spec.children === 'none' && (node.children?.length ?? 0) > 0) {
            report(node, `<${name}> takes no content`, `Write it self-closing: <${name} … />.`);
            bad = true;
          }
          if (bad) {
            remove();
            return 'skip';
          }
          return;
        }
        default:
          return;
      }
    });
    for (const { parent, node } of removals) {
      const i = parent.children?.indexOf(node) ?? -1;
      if (i >= 0) parent.children?.splice(i, 1);
    }
  };
}
