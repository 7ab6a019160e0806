/** After `next build`: gives every prerendered HTML page a hash-based script policy (see lib/site/csp.ts). */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { injectCspMeta } from '../lib/site/csp';

// Next 16 serves prerendered HTML from server/route-cache as well as server/app: both get the policy.
const dir = join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server');
let pages = 0;
const visit = (d: string) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) visit(p);
    else if (name.endsWith('.html')) {
      writeFileSync(p, injectCspMeta(readFileSync(p, 'utf8')));
      pages++;
    }
  }
};
visit(dir);
console.log(`CSP: hash-based script policy added to ${pages} prerendered pages.`);
