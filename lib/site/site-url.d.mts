export declare const LOCAL_ORIGIN: string;
export declare function configuredSiteUrl(env: Record<string, string | undefined>): string | null;
export declare function siteUrlWarning(env: Record<string, string | undefined>): string | null;
