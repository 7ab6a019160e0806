/**
 * The page's fragment, decoded ("term-耐药" for #term-%E8%80%90%E8%8D%AF), or '' when there is none or it is not
 * valid percent-encoding (a hand-typed "#%" must not throw). Read by the redirects that keep old one-page links
 * (glossary, bibliography) working.
 */
export function decodedFragment(hash: string = location.hash): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}
