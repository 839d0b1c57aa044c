// Types for web-globals.ts's use of the url shim (the shim itself is plain JS).
export declare const URL: typeof globalThis.URL;
export declare const URLSearchParams: typeof globalThis.URLSearchParams;
export declare function fileURLToPath(url: string | URL): string;
export declare function pathToFileURL(path: string): URL;
export declare function domainToASCII(domain: string): string;
export declare function domainToUnicode(domain: string): string;
export declare function parse(url: string, parseQueryString?: boolean): unknown;
export declare function format(url: unknown): string;
export declare function Url(): void;
declare const url: { URL: typeof URL; URLSearchParams: typeof URLSearchParams };
export default url;
