import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/*.test.ts'],
    testTimeout: 60_000,
    globalSetup: ['tests/setup/corpus-artifact.ts'],
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: '.cache/test-results/vitest.json' }]],
  },
});
