import { Disclaimer } from '../entry/disclaimer';

export function SiteFooter() {
  return (
    <footer className="site-footer border-t hairline soft mt-12">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm space-y-2">
        <Disclaimer compact />
        <p className="muted m-0">
          Built from a Chinese review of immunotherapy resistance in NSCLC and a bibliography whose DOIs and PubMed ids were verified.
          Content is open; contributions by pull request (see AUTHORING.md).
        </p>
      </div>
    </footer>
  );
}
