export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare const HSTS: string;
export declare const CSP_MANIFEST: string;
export declare const NOT_FOUND_KEY: string;
export declare function malformedPath(target: string): boolean;
export declare function servedOverHttps(r: {
  encrypted?: boolean;
  forwardedProto?: string | string[] | undefined;
  siteUrl?: string | undefined;
}): boolean;
export declare function withScriptSources(policy: string, sources: readonly string[]): string;
export declare function pageKey(pathname: string): string;
export declare const ZH_NOT_FOUND_PATH: string;
export declare function unknownChinesePath(
  pathname: string,
  pages: Readonly<Record<string, readonly string[]>>,
  dynamicPages: ReadonlySet<string>,
): boolean;
export declare function scriptSourcesFor(pathname: string, pages: Readonly<Record<string, readonly string[]>>): readonly string[];
export declare function responseHeaders(o: { scripts?: readonly string[]; https?: boolean }): Record<string, string>;
export declare function exitStatus(code: number | null, signal: NodeJS.Signals | null): number;
export declare function exitWithLauncher(proc: NodeJS.Process): void;
export declare function perRequestPages(appPathRoutes: Record<string, string>, prerenderedRoutes: Record<string, unknown>): Set<string>;
