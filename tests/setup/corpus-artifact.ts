/**
 * Vitest global setup: tests that render app pages read the site the way the server does, from the corpus
 * artifact. Build it once from the real content/ before any test file runs, so `vitest run` works on a fresh clone.
 */
import { writeArtifact } from '../../lib/content/artifact';
import { loadArtifact } from '../../lib/content/load';

export default async function setup(): Promise<void> {
  const root = process.cwd();
  writeArtifact(root, await loadArtifact(root));
}
