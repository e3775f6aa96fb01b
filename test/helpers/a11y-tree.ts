/**
 * What a screen reader is given for part of a page, as text: each element with a role, its
 * accessible name and states, nested as the browser's accessibility tree nests them (shadow
 * roots and slots followed, hidden content left out). Roles and names are worked out by
 * dom-accessibility-api (the W3C algorithms) from the DOM and the CSS each engine computed, so
 * the same snapshot taken in each engine shows where one hides or shows something differently.
 */
import { computeAccessibleDescription, computeAccessibleName, getRole, isInaccessible } from 'dom-accessibility-api';

/** Roles that only group their children: left out, their children taken up a level. */
const PLAIN = new Set(['generic', 'none', 'presentation', 'paragraph', 'time']);

const STATES = ['aria-busy', 'aria-pressed', 'aria-checked', 'aria-current', 'aria-disabled', 'aria-expanded', 'aria-invalid', 'aria-live', 'aria-roledescription', 'aria-required'];

function states(element: Element): string[] {
  const found: string[] = [];
  for (const name of STATES) {
    const value = element.getAttribute(name);
    if (value !== null) found.push(`${name.slice(5)}=${value}`);
  }
  if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) found.push(`checked=${element.checked}`);
  if ((element as HTMLButtonElement).disabled) found.push('disabled');
  if (/^H[1-6]$/.test(element.tagName)) found.push(`level=${element.tagName[1]}`);
  else if (element.getAttribute('aria-level')) found.push(`level=${element.getAttribute('aria-level')}`);
  return found;
}

/** The children as the accessibility tree sees them: a shadow host's shadow tree, a slot's assigned nodes. */
function children(node: Element): Node[] {
  if (node.shadowRoot) return [...node.shadowRoot.childNodes];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  return [...node.childNodes];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function walk(node: Node, depth: number, lines: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = squash(node.textContent ?? '');
    if (text) lines.push(`${'  '.repeat(depth)}text "${text}"`);
    return;
  }
  if (!(node instanceof Element) || /^(STYLE|SCRIPT|TEMPLATE)$/.test(node.tagName)) return;
  if (isInaccessible(node)) return;
  const role = getRole(node);
  const shown = role !== null && !PLAIN.has(role);
  let next = depth;
  if (shown) {
    const name = computeAccessibleName(node);
    const description = computeAccessibleDescription(node);
    const parts = [role, name ? `"${squash(name)}"` : '', ...states(node), description ? `description="${squash(description)}"` : ''];
    lines.push(`${'  '.repeat(depth)}${parts.filter(Boolean).join(' ')}`);
    next = depth + 1;
    // A control's text is its name, already said.
    if (name && /^(button|link|radio|checkbox|img|heading|textbox|option|tab)$/.test(role)) return;
  }
  for (const child of children(node)) walk(child, next, lines);
}

/** The accessibility tree of `root` (usually a map-* element), one node a line. */
export function accessibilityTree(root: Element): string {
  const lines: string[] = [];
  walk(root, 0, lines);
  return lines.join('\n');
}

/** Which engine this is, for snapshots kept per engine. */
export function engine(): 'chromium' | 'firefox' | 'webkit' {
  const agent = navigator.userAgent;
  if (agent.includes('Firefox/')) return 'firefox';
  if (/Chrome\/|Chromium\//.test(agent)) return 'chromium';
  return 'webkit';
}
