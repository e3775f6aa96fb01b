// Types for elements.js, which vite.config.ts imports.
export const root: string;
export function elementNames(): string[];
export function gzipSize(code: string | Uint8Array): number;
export const LOADER_MANIFEST: string;
