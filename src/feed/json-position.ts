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

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * The offset of the first character that makes `text` not JSON (`text.length` when it ends too
 * early), or `undefined` when it is JSON. A loop with its own stack, not recursion, so a hostile
 * document nested a million deep cannot overflow the call stack.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  // What each open bracket expects next.
  const stack: ('object' | 'array')[] = [];
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  /** Reads a string at `i`; the offset of an error in it, or undefined. */
  const string = (): number | undefined => {
    if (text[i] !== '"') return i;
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) return i;
          i += 6;
        } else if (next !== undefined && ESCAPES.has(next)) {
          i += 2;
        } else {
          return i;
        }
      } else if (c < ' ') {
        return i;
      } else {
        i++;
      }
    }
    return i;
  };
  /** Reads `"name":` before a member's value; the offset of an error, or undefined. */
  const name = (): number | undefined => {
    skipSpace();
    const bad = string();
    if (bad !== undefined) return bad;
    skipSpace();
    if (text[i] !== ':') return i;
    i++;
    return undefined;
  };
  /** Reads a string, number, true, false or null; the offset of an error, or undefined. */
  const scalar = (): number | undefined => {
    if (text[i] === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) return i;
    i = NUMBER.lastIndex;
    return undefined;
  };

  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          expectValue = false;
        } else if (c === '{') {
          stack.push('object');
          const bad = name();
          if (bad !== undefined) return bad;
        } else {
          stack.push('array');
        }
        continue;
      }
      const bad = scalar();
      if (bad !== undefined) return bad;
      expectValue = false;
      continue;
    }
    const open = stack.at(-1);
    if (!open) return i < text.length ? i : undefined;
    const c = text[i];
    if (c === ',') {
      i++;
      if (open === 'object') {
        const bad = name();
        if (bad !== undefined) return bad;
      }
      expectValue = true;
    } else if (c === (open === 'object' ? '}' : ']')) {
      i++;
      stack.pop();
    } else {
      return i;
    }
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
