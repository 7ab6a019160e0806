import type { IncomingMessage, ServerResponse } from 'node:http';
export const URL_PREFIX: string;
export const MANIFEST_FILE: string;
export const PRECOMPRESSED: readonly (readonly [string, string])[];
export const ZH_INDEX_FOLDER: string;
export function indexFilePath(rest: string): string | null;
export function isManifestPath(path: string): boolean;
export function chooseEncoding(
  acceptEncoding: string | null | undefined,
  available: (encoding: string) => boolean,
): 'br' | 'gzip' | 'identity';
export function indexFileHeaders(path: string, encoding: 'br' | 'gzip' | 'identity'): Record<string, string>;
export function serveIndexFile(req: IncomingMessage, res: ServerResponse, dir: string): boolean;
export function install(dir?: string): void;
