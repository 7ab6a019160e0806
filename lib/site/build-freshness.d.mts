export declare const BUILD_SOURCES: readonly string[];
export declare function newestFile(root: string, paths: readonly string[]): { path: string; mtimeMs: number } | null;
export declare function buildStaleness(root: string, distDir?: string, sources?: readonly string[]): { stale: boolean; reason: string };
