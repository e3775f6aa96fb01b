/*
 * Keyboard and media commands that work the same in Chromium, Firefox and WebKit
 * (server side: portableCommandsPlugin in scripts/browsers.js). For plain keys use sendKeys from
 * @web/test-runner-commands, with ' ' for the space bar: WebDriver BiDi (Firefox) knows no "Space".
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** Presses Shift+Tab. */
export async function shiftTab(): Promise<void> {
  await executeServerCommand('map-shift-tab');
}

type Preference = 'reduce' | 'no-preference';

const REDUCED_MOTION = /^\(\s*prefers-reduced-motion\s*:\s*reduce\s*\)$/;

let stub: { reduce: boolean; lists: Set<MediaQueryList> } | undefined;

/**
 * For engines whose driver cannot emulate the preference (Firefox through BiDi, WebKit through
 * WebDriver): `(prefers-reduced-motion: reduce)` lists stay real MediaQueryLists, but answer
 * what the test set.
 */
function installStub(): NonNullable<typeof stub> {
  const state = { reduce: false, lists: new Set<MediaQueryList>() };
  const original = window.matchMedia.bind(window);
  window.matchMedia = (query: string): MediaQueryList => {
    const list = original(query);
    if (REDUCED_MOTION.test(query.trim())) {
      Object.defineProperty(list, 'matches', { get: () => state.reduce });
      state.lists.add(list);
    }
    return list;
  };
  return state;
}

/**
 * Makes the page prefer reduced motion, or not, and tells every `matchMedia` list that is
 * listening, as a change of the system setting would. Emulated by the browser where the driver
 * can (Chromium); elsewhere `matchMedia('(prefers-reduced-motion: reduce)')` is stubbed for the
 * rest of the test file.
 */
export async function emulateReducedMotion(preference: Preference): Promise<void> {
  if (!stub) {
    const result = await executeServerCommand<string, { preference: Preference }>('map-reduced-motion', { preference });
    if (result === 'emulated') return;
    stub = installStub();
  }
  const reduce = preference === 'reduce';
  if (stub.reduce === reduce) return;
  stub.reduce = reduce;
  for (const list of stub.lists) {
    list.dispatchEvent(new MediaQueryListEvent('change', { matches: reduce, media: list.media }));
  }
}

/**
 * Turns Windows-style forced colours (`forced-colors: active`) on or off, as the system setting
 * would. Chromium only: answers false where the engine cannot emulate it.
 */
export async function emulateForcedColors(active: boolean): Promise<boolean> {
  return (await executeServerCommand<string, { active: boolean }>('map-forced-colors', { active })) === 'emulated';
}

/** What the page draws in `box` (viewport CSS px), as pixels: Chromium only (undefined elsewhere). */
export async function screenshot(box: { x: number; y: number; width: number; height: number }): Promise<ImageData | undefined> {
  const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height) };
  const png = await executeServerCommand<string, typeof clip>('map-screenshot', clip);
  if (!png || png === 'unsupported') return undefined;
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/**
 * The browser's own accessibility tree for the element `selector` finds in the page (not in a
 * shadow root), one node a line: Chromium only (undefined elsewhere).
 */
export async function browserAccessibilityTree(selector: string): Promise<string | undefined> {
  const tree = await executeServerCommand<string, { selector: string }>('map-ax-tree', { selector });
  return tree === 'unsupported' ? undefined : tree;
}
