// Types for embed-elements.js, which scripts/build-sharepoint.ts imports.
import type { ElementInfo } from '../src/embed/catalogue.js';

export function embedElements(manifest?: unknown): ElementInfo[];
