// ESLint flat config: Next's own rules (core web vitals + TypeScript), nothing added.
import Module from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';

// ============================================================================================================
// TypeScript 7 has no JavaScript API, and typescript-eslint (inside eslint-config-next) refuses to load without
// one. As the TS 7 release notes advise, the TS 6 API runs side by side: inside this ESLint process only,
// `require('typescript')` resolves to @typescript/typescript6. `tsc` and `next build` keep using TypeScript 7.
// Remove this (and the devDependency) once typescript-eslint supports TS 7
// (https://github.com/typescript-eslint/typescript-eslint/issues/10940).
// ============================================================================================================
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'typescript' ? '@typescript/typescript6' : request, ...rest);
};
const { default: nextVitals } = await import('eslint-config-next/core-web-vitals');
const { default: nextTs } = await import('eslint-config-next/typescript');

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Pages are static HTML joined by plain links on purpose (no client router or prefetching; see STACK-NOTES).
      '@next/next/no-html-link-for-pages': 'off',
      // A leading underscore marks a deliberately unused name (type-level `infer _R`, placeholder parameters).
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // Build output (.next-static is the static export's staging copy), caches and reports: generated, not ours.
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'out/**',
    'build/**',
    '.bench/**',
    '.atlas/**',
    'next-env.d.ts',
    '.cache/**',
    'content/**',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
