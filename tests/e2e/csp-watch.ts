/** Collects Content-Security-Policy violations in a page: the DOM's securitypolicyviolation events and console reports. */
import type { Page } from '@playwright/test';

export interface CspWatch {
  /** Every violation seen so far, as "url: directive blocked-uri" or the console text. */
  violations(): Promise<string[]>;
}

export async function watchCsp(page: Page): Promise<CspWatch> {
  const consoleReports: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(m.text()))
      consoleReports.push(`${page.url()}: ${m.text()}`);
  });
  // Registered by the browser before any page script (and outside the page's policy).
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${location.pathname}: ${e.effectiveDirective} ${e.blockedURI || '(inline)'}`),
    );
  });
  return {
    async violations() {
      const fromDom = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
      return [...fromDom, ...consoleReports];
    },
  };
}

/** Appends an inline script to the page; true when it ran (the policy let it through). */
export async function injectedInlineScriptRuns(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const w = window as unknown as { __injected?: number };
    delete w.__injected;
    const s = document.createElement('script');
    s.textContent = 'window.__injected = 1;';
    document.body.appendChild(s);
    return w.__injected === 1;
  });
}
