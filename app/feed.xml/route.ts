import { getSite } from '@/lib/site/get-site';
import { atomFeed } from '@/lib/site/feed';
import { siteUrl } from '@/lib/site/metadata';

export const dynamic = 'force-static';

export async function GET() {
  const site = await getSite();
  return new Response(atomFeed(site.entries, siteUrl()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
