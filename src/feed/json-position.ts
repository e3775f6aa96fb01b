/**
 * Where a JSON document stops being JSON, as a line and column an editor can go to. The engines'
 * own `JSON.parse` messages do not agree (V8 gives a character position, Firefox a line and
 * column, WebKit neither), so the place is found here, the same way in every browser and in Node.
 * Used only once `JSON.parse` has failed, for the warning and the `validate` CLI.
 */

export interface JsonPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units, as editors count. */
  column: number;
}

const SPACE = /[ \t\n\r]*/y;
/** One token: punctuation, a string, a number or a literal. */
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters (RFC 8259, section 7).
const TOKEN = /[{}[\],:]|"(?:[^"\\\0-\x1f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

// What the next token must be. Numbers, not words: this ships in every element's bundle.
const VALUE = 0;
const FIRST_VALUE = 1; // or `]`
const KEY = 2;
const FIRST_KEY = 3; // or `}`
const COLON = 4;
const AFTER = 5; // `,`, a closing bracket, or the end

/**
 * The offset of the first token that makes `text` not JSON (for a broken string, where the string
 * starts; `text.length` when it ends too early), or `undefined` when it is JSON. A loop over
 * tokens with its own stack, not recursion, so a hostile document nested a million deep cannot
 * overflow the call stack.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const closers: string[] = [];
  let expecting = VALUE;
  let i = 0;
  for (;;) {
    SPACE.lastIndex = i;
    SPACE.test(text);
    i = SPACE.lastIndex;
    if (i === text.length) return expecting === AFTER && !closers.length ? undefined : i;
    TOKEN.lastIndex = i;
    const token = TOKEN.exec(text)?.[0];
    if (!token) return i;
    const c = token[0]!;
    const closer = closers.at(-1);
    if (expecting === AFTER) {
      if (c === ',' && closer) expecting = closer === '}' ? KEY : VALUE;
      else if (c === closer) closers.pop();
      else return i;
    } else if (expecting === COLON) {
      if (c !== ':') return i;
      expecting = VALUE;
    } else if (expecting === KEY || expecting === FIRST_KEY) {
      if (c === '"') {
        expecting = COLON;
      } else if (expecting === FIRST_KEY && c === '}') {
        closers.pop();
        expecting = AFTER;
      } else {
        return i;
      }
    } else if (c === '{' || c === '[') {
      closers.push(c === '{' ? '}' : ']');
      expecting = c === '{' ? FIRST_KEY : FIRST_VALUE;
    } else if (expecting === FIRST_VALUE && c === ']') {
      closers.pop();
      expecting = AFTER;
    } else if ('}],:'.includes(c)) {
      return i;
    } else {
      expecting = AFTER;
    }
    i += token.length;
  }
}

/** The line and column of `offset` in `text`. */
export function positionAt(text: string, offset: number): JsonPosition {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where `text` stops being JSON, or `undefined` when it is JSON. */
export function jsonErrorPosition(text: string): JsonPosition | undefined {
  const offset = jsonErrorOffset(text);
  return offset === undefined ? undefined : positionAt(text, offset);
}

/** `" at line 3, column 7"`, to follow "is not valid JSON" in a message; `''` when `text` is JSON. */
export function jsonErrorAt(text: string): string {
  const position = jsonErrorPosition(text);
  return position ? ` at line ${position.line}, column ${position.column}` : '';
}
