export interface HeaderRule {
  path: string;
  headers: [string, string][];
}
export declare function staticHeaderRules(site: {
  pages: Readonly<Record<string, readonly string[]>>;
  files: readonly string[];
}): HeaderRule[];
export declare function formatHeadersFile(rules: readonly HeaderRule[], comment?: string): string;
export declare function parseHeadersFile(text: string): HeaderRule[];
export declare function ruleMatches(pattern: string, path: string): boolean;
export declare function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string>;
