// Types for minify-templates.js, which vite.config.ts imports.
import type { Plugin } from 'vite';
export function minifyCss(text: string): string;
export function minifyHtml(text: string): string;
export function minifyTemplates(code: string, fileName: string): string;
export function minifyTemplateLiterals(): Plugin;
