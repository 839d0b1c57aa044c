// Types for web-globals.ts's use of the url shim (the shim itself is plain JS).
export declare const URL: typeof globalThis.URL;
export declare const URLSearchParams: typeof globalThis.URLSearchParams;
