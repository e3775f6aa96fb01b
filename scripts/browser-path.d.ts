// Types for browser-path.js, which the TypeScript configs (vitest.config.ts) import.
export function chromiumPath(): string | undefined;
export const CHROMIUM_ARGS: string[];
export const HOW_TO_INSTALL: string;
