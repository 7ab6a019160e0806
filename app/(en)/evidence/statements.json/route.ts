import { collectStatements, compareStatements } from '@/lib/evidence/statements';
import { evidenceRows } from '@/lib/evidence/rows';
import { getSite } from '@/lib/site/get-site';

export const dynamic = 'force-static';

/** Every statement, strongest first, in the compact shape the static copy's /evidence island renders. */
export async function GET() {
  const site = await getSite();
  const rows = evidenceRows([...collectStatements(site.entries)].sort(compareStatements), site);
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
