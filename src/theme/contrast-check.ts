/**
 * The contrast guard's checks (contrast-guard.ts), fetched only for a page that set one of the
 * colour properties: each pair of colours that sit on each other in the elements, worked out as
 * WCAG 2.2 does, and a sentence for each pair below its minimum.
 */
import { PAGE_COLOURS, PRESSED, PRESSED_TEXT } from './contrast-guard.js';

interface Token {
  /** The private property the element's styles read (theme.ts and each element's styles). */
  name: string;
  /** The public properties a page sets it with, first the one that wins. */
  from: readonly string[];
  /** What it colours, for the warning. */
  what: string;
}

const token = (name: string, what: string, ...from: string[]): Token => ({ name: `--_${name}`, from, what });
type PageColour = (typeof PAGE_COLOURS)[number];
const page = (name: PageColour, what: string): Token => token(name, what, `--map-${name}-colour`, `--nhsuk-${name}-colour`);

const text = page('text', 'text');
const secondaryText = page('secondary-text', 'secondary text');
const cardBackground = page('card-background', 'the card background');
const focus = page('focus', 'the focus highlight');
const focusText = page('focus-text', 'focused text');
const button = page('button', 'the button');
const buttonHover = page('button-hover', 'the button under the pointer');
const buttonActive = page('button-active', 'the button being pressed');
const buttonText = page('button-text', 'button text');
const secondaryButtonText = page('secondary-button-text', 'outlined button text and edge');
const secondaryButtonHover = page('secondary-button-hover', 'the outlined button under the pointer');
const secondaryButtonActive = page('secondary-button-active', 'the outlined button being pressed');
const pressed = token('pressed-background', 'the pressed bookmark button', PRESSED, ...secondaryButtonText.from);
const pressedText = token('pressed-text', 'pressed bookmark text', PRESSED_TEXT, ...cardBackground.from);

/**
 * WCAG 2.2's minimums: 1.4.3 for text, 1.4.11 for what marks out a control or its state. Large
 * text may go down to 3:1, but every text colour here is also used for text of ordinary size.
 */
const TEXT = { ratio: 4.5, criterion: '1.4.3 (text)' } as const;
const PART = { ratio: 3, criterion: '1.4.11 (parts of a control)' } as const;

/**
 * Foreground, background and the minimum between them. Not checked, on purpose: the card border
 * and the loading skeleton (decoration, not a control's edge), the button shadow (drawn under an
 * edge that is checked), and the rating star's fill (the chosen star is also marked by its bar
 * and every star by its outline, both in the text colour).
 */
const PAIRS: readonly (readonly [Token, Token, typeof TEXT | typeof PART])[] = [
  [text, cardBackground, TEXT],
  [secondaryText, cardBackground, TEXT],
  [page('link', 'link text'), cardBackground, TEXT],
  [page('link-visited', 'visited link text'), cardBackground, TEXT],
  [page('link-hover', 'link text under the pointer'), cardBackground, TEXT],
  [page('link-active', 'link text being clicked'), cardBackground, TEXT],
  [page('error', 'error text and edges'), cardBackground, TEXT],
  [focusText, focus, TEXT],
  [focusText, cardBackground, PART],
  [buttonText, button, TEXT],
  [buttonText, buttonHover, TEXT],
  [buttonText, buttonActive, TEXT],
  [button, cardBackground, PART],
  [secondaryButtonText, cardBackground, TEXT],
  [secondaryButtonText, secondaryButtonHover, TEXT],
  [secondaryButtonText, secondaryButtonActive, TEXT],
  [pressedText, pressed, TEXT],
];

type Rgba = [number, number, number, number];

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

/** Any CSS colour as sRGB numbers, read back through a canvas (which parses colours as CSS does). */
function parse(value: string): Rgba | undefined {
  context ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : document.createElement('canvas').getContext('2d');
  if (!context || !value) return undefined;
  // Two different starting colours: a value the canvas refuses leaves each as it was.
  context.fillStyle = '#000000';
  context.fillStyle = value;
  const first = context.fillStyle;
  context.fillStyle = '#ffffff';
  context.fillStyle = value;
  if (context.fillStyle !== first) return undefined;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(first);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16), 1];
  const rgba = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(first);
  return rgba ? [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), rgba[4] === undefined ? 1 : Number(rgba[4])] : undefined;
}

/** `top` drawn over an opaque `under`. */
const over = (top: Rgba, under: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])).concat(1) as Rgba;

/** WCAG 2.2 relative luminance. */
function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const hex = (colour: Rgba) => `#${colour.slice(0, 3).map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * The contrast problems of an element's colours (`style`, its computed style), given the colour
 * properties its page `set`, as console sentences: only pairs with one of those are checked.
 */
export function contrastProblems(style: CSSStyleDeclaration, set: readonly string[]): string[] {
  const problems: string[] = [];
  const white: Rgba = [255, 255, 255, 1];
  for (const [fg, bg, need] of PAIRS) {
    if (![...fg.from, ...bg.from].some((name) => set.includes(name))) continue;
    const back = parse(style.getPropertyValue(bg.name).trim());
    const fore = parse(style.getPropertyValue(fg.name).trim());
    if (!back || !fore) continue;
    const under = over(back, white);
    const on = over(fore, under);
    const ratio = contrastRatio(on, under);
    if (ratio >= need.ratio) continue;
    // The first property of each side that the page set is the one in force.
    const causes = [fg, bg].map((t) => t.from.find((name) => set.includes(name))).filter(Boolean);
    problems.push(
      `${causes.join(' and ')} ${causes.length > 1 ? 'make' : 'makes'} ${fg.what} ${hex(on)} on ${bg.what} ${hex(under)}: ` +
        `contrast ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1, below the ${need.ratio}:1 WCAG 2.2 asks for in ${need.criterion}.`,
    );
  }
  return problems;
}
