/**
 * Finds where JSON text first breaks the grammar, in words a non-programmer can act on.
 *
 * JSON.parse does the real parsing; this runs only after it has failed, because its error
 * messages differ between Chrome and Firefox and some carry no position at all. A small scanner
 * of our own gives the same line, column and wording in every browser.
 */
export interface JsonSyntaxProblem {
  line: number;
  column: number;
  problem: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrtu';

export function findJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  // An explicit stack instead of recursion: "[[[[…" five million deep must not overflow ours.
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (at: number, problem: string): JsonSyntaxProblem => ({ ...position(text, at), problem });
  const closer = () => (stack[stack.length - 1] === '{' ? '}' : ']');
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');

  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= text.length) {
      if (expect === 'end') return null;
      if (stack.length === 0) return fail(i, 'the file holds no data');
      return fail(i, `the file ends too early: a ${stack[stack.length - 1]} is never closed with ${closer()}`);
    }
    const c = text[i]!;
    switch (expect) {
      case 'end':
        return fail(i, 'there is more text after the end of the data');
      case 'colon':
        if (c !== ':') return fail(i, 'a colon (:) is missing after the name');
        i++;
        expect = 'value';
        break;
      case 'comma-or-close':
        if (c === ',') {
          i++;
          expect = stack[stack.length - 1] === '{' ? 'key' : 'value';
        } else if (c === closer()) {
          stack.pop();
          i++;
          expect = afterValue();
        } else {
          return fail(i, `a comma or a closing ${closer()} is missing here`);
        }
        break;
      case 'key':
      case 'key-or-close':
        if (c === '}') {
          if (expect === 'key') return fail(i, 'there is an extra comma before this }');
          stack.pop();
          i++;
          expect = afterValue();
        } else if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return fail(end.at, end.problem);
          i = end;
          expect = 'colon';
        } else if (c === "'") {
          return fail(i, `names must be in double quotation marks ("), not single ones`);
        } else {
          return fail(i, 'a name in double quotation marks, like "term", is expected here');
        }
        break;
      case 'value':
      case 'value-or-close': {
        if (c === ']' && stack[stack.length - 1] === '[') {
          if (expect === 'value') return fail(i, 'there is an extra comma before this ]');
          stack.pop();
          i++;
          expect = afterValue();
          break;
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          expect = c === '{' ? 'key-or-close' : 'value-or-close';
          break;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return fail(end.at, end.problem);
          i = end;
          expect = afterValue();
          break;
        }
        if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          const end = match ? i + match[0].length : i;
          if (!match || /[\w.]/.test(text[end] ?? '')) return fail(i, 'this number is not written the way JSON needs, like 12 or 3.5');
          i = end;
          expect = afterValue();
          break;
        }
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        if (literal) {
          i += literal.length;
          expect = afterValue();
          break;
        }
        if (c === "'") return fail(i, `text must be in double quotation marks ("), not single ones`);
        if (/[\p{L}\p{N}]/u.test(c)) return fail(i, 'text must be in double quotation marks ("), like "stroke"');
        return fail(i, `a value is expected here, but there is ${describeChar(c)}`);
      }
    }
  }
}

/** Returns the index just after the closing quote, or where and why the string is broken. */
function scanString(text: string, start: number): number | { at: number; problem: string } {
  for (let j = start + 1; j < text.length; j++) {
    const ch = text[j]!;
    if (ch === '"') return j + 1;
    if (ch === '\\') {
      const next = text[j + 1] ?? '';
      if (!ESCAPES.includes(next) || next === '') {
        return { at: j, problem: 'this backslash (\\) is not followed by something JSON understands; write \\\\ for a backslash' };
      }
      if (next === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
        return { at: j, problem: '\\u must be followed by four hexadecimal digits, like \\u00e9' };
      }
      j += next === 'u' ? 5 : 1;
      continue;
    }
    // Far more often a forgotten closing quote than a deliberate line break: point at where the text starts.
    if (ch === '\n' || ch === '\r') {
      return { at: start, problem: 'the text that starts here does not end on its line: add the missing quotation mark ("), or write a line break inside text as \\n' };
    }
    if (ch < ' ') return { at: j, problem: 'there is an invisible control character inside text' };
  }
  return { at: start, problem: 'the text that starts here is never closed with a quotation mark (")' };
}

function describeChar(c: string): string {
  if (c === '\u00a0') return 'a non-breaking space';
  if (c < ' ') return 'an invisible control character';
  return `"${c}"`;
}

/** 1-based line and column, the way text editors count them. */
function position(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < index; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: index - lineStart + 1 };
}
