export const INSTALL_BUDGET: number;
export function folderSize(dir: string): number;
export function packList(): { files: string[]; unpackedSize: number };
export function dependencyTree(): Map<string, string>;
export function estimate(): { total: number; self: number; packages: { name: string; bytes: number }[] };
