/**
 * Runs the TypeScript examples of the README and the guides, and checks the values their comments
 * state. The conventions a doc follows (so that a reader sees plain examples):
 *
 * - Every ```ts block runs as a module, after the engine a guide's prose assumes
 *   (`createEngine({ seller: 'Smith & Lee LLP' })`, only when the block does not make its own
 *   `engine`), with every dialguard export it names in scope and its `from 'dialguard'` imports
 *   read from `src/index.ts`.
 * - An expression statement followed by a comment whose text starts with a value states that value:
 *   `night.allowed; // false`, `d.intent.zones; // ['America/Chicago']`, an ISO instant
 *   (`2026-03-11T12:00:00.000Z`, compared with the Date's `toISOString()`), a string, a number, an
 *   array (exact), an object (the keys it names: a comment may shorten). The comment may sit on the
 *   same line or on the lines right after the statement; prose after the value is ignored. A comment
 *   that starts with a word is prose, not checked.
 * - `<!-- docs-test: skip <why> -->` on the line before a fence leaves the block out;
 *   `<!-- docs-test: continue -->` runs it in the same scope as the block before it (same file);
 *   before a ```json fence, `<!-- docs-test: json-of <expr> ignore=<key>,<key> -->` compares the
 *   JSON text of `<expr>` (evaluated after the block before it) with the block: an object holding
 *   the key `"..."` is shortened (only its other keys are compared), any other object must have
 *   exactly the keys shown, arrays must match in length and order, and the top-level keys listed
 *   in `ignore` are not compared (random ids, hashes).
 */

/** A fenced block of a markdown file. */
export interface DocBlock {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  code: string;
  /** The `docs-test` directive on the line before the fence, if any. */
  directive?: string;
}

/** The fenced blocks of a markdown text, with the directive before each. */
export function blocksOf(markdown: string, file: string): DocBlock[] {
  const lines = markdown.split('\n');
  const out: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    if (i >= lines.length) throw new Error(`${file}:${start + 1}: unclosed code fence`);
    const prev = start > 0 ? /^<!--\s*docs-test:\s*(.*?)\s*-->\s*$/.exec(lines[start - 1]!) : null;
    out.push({ file, line: start + 1, lang: open[1]!, code: body.join('\n'), ...(prev ? { directive: prev[1]! } : {}) });
  }
  return out;
}

/** What a comment says a value is. */
export type Expected = { kind: 'instant'; iso: string } | { kind: 'value'; text: string };

/** A value a comment states. */
export interface Check {
  /** 1-based line within its block. */
  line: number;
  expr: string;
  expected: Expected;
}

/** Per line: the code (comment removed) and the comment text, with string and bracket state carried across lines. */
function splitLines(code: string): { code: string; comment?: string; depthAfter: number }[] {
  let quote: string | undefined;
  let depth = 0;
  return code.split('\n').map((line) => {
    let cut = -1;
    for (let k = 0; k < line.length; k++) {
      const c = line[k]!;
      if (quote !== undefined) {
        if (c === '\\') k++;
        else if (c === quote) quote = undefined;
        continue;
      }
      if (c === "'" || c === '"' || c === '`') quote = c;
      else if (c === '/' && line[k + 1] === '/') {
        cut = k;
        break;
      } else if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
    }
    if (quote === "'" || quote === '"') quote = undefined; // not a multi-line string: a stray quote in prose
    return cut < 0 ? { code: line, depthAfter: depth } : { code: line.slice(0, cut), comment: line.slice(cut + 2).trim(), depthAfter: depth };
  });
}

const DECLARATION = /^(const|let|var|import|export|for|if|while|return|function|class|async\s+function|type|interface)\b/;

/** A block's import lines and body, with each stated value wrapped in `__check(index, expr)`. */
export function instrument(code: string, offset = 0): { imports: string[]; body: string; checks: Check[] } {
  const lines = splitLines(code);
  const imports: string[] = [];
  const body: string[] = [];
  const checks: Check[] = [];
  let stmt: number[] = []; // line indices of the statement being read
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const codeText = l.code.trim();
    if (stmt.length === 0 && codeText === '') {
      body.push(l.comment === undefined ? '' : `// ${l.comment}`);
      continue;
    }
    stmt.push(i);
    const blockStatement = codeText.endsWith('}') && /^(for|if|while|try|function|class|async\s+function)\b/.test(lines[stmt[0]!]!.code.trim());
    if (!(l.depthAfter === 0 && (codeText.endsWith(';') || blockStatement))) continue;
    // a whole statement: lines stmt[0]..i
    const text = stmt.map((k) => lines[k]!.code).join('\n').trim();
    const first = stmt[0]!;
    stmt = [];
    if (/^import\b/.test(text)) {
      imports.push(text);
      continue;
    }
    let comment = l.comment;
    let j = i + 1;
    if (comment === undefined || comment === '') {
      const parts: string[] = [];
      for (; j < lines.length && lines[j]!.code.trim() === '' && lines[j]!.comment !== undefined; j++) parts.push(lines[j]!.comment!);
      comment = parts.length ? parts.join('\n') : undefined;
    }
    const expected = comment === undefined || DECLARATION.test(text) ? undefined : expectedOf(comment);
    if (expected === undefined) {
      body.push(text);
      continue;
    }
    if (!text.endsWith(';')) throw new Error(`block line ${first + 1}: a stated value after a block statement`);
    checks.push({ line: first + 1, expr: text.slice(0, -1), expected });
    body.push(`__check(${offset + checks.length - 1}, (${text.slice(0, -1)}));`);
  }
  if (stmt.length) throw new Error(`unterminated statement at block line ${stmt[0]! + 1}: end it with ';'`);
  return { imports, body: body.join('\n'), checks };
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z/;

/** The value a comment states, or undefined when it is prose. */
export function expectedOf(comment: string): Expected | undefined {
  const iso = ISO.exec(comment);
  if (iso) return { kind: 'instant', iso: iso[0] };
  const end = literalEnd(comment);
  return end === undefined ? undefined : { kind: 'value', text: comment.slice(0, end) };
}

/** Where the JS literal at the start of `s` ends (strings, numbers, true/false/null/undefined, bracketed), or undefined. */
function literalEnd(s: string): number | undefined {
  const word = /^(true|false|null|undefined|-?\d+(\.\d+)?)(?![\w.])/.exec(s);
  if (word) return word[0].length;
  const c = s[0];
  if (c !== "'" && c !== '"' && c !== '[' && c !== '{') return undefined;
  let quote: string | undefined;
  let depth = 0;
  for (let k = 0; k < s.length; k++) {
    const ch = s[k]!;
    if (quote !== undefined) {
      if (ch === '\\') k++;
      else if (ch === quote) {
        quote = undefined;
        if (depth === 0) return k + 1;
      }
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      if (--depth === 0) return k + 1;
    }
  }
  throw new Error(`unterminated value in comment: ${s}`);
}

/** A stated value as data (`text` is a JS literal written in a doc). */
export function literalValue(text: string): unknown {
  return new Function(`return (${text.replace(/\n\s*/g, ' ')});`)();
}

/**
 * Differences between an actual value and a stated one: instants by ISO text; objects stated in a
 * comment by the keys they name; arrays exactly.
 */
export function mismatches(actual: unknown, expected: Expected, path = '$'): string[] {
  if (expected.kind === 'instant') {
    const got = actual instanceof Date ? actual.toISOString() : actual;
    return got === expected.iso ? [] : [`${path}: expected ${expected.iso}, got ${show(actual)}`];
  }
  return compare(actual, literalValue(expected.text), path, 'subset');
}

/**
 * `mode`: 'subset' (objects: the keys named), 'shortened' (JSON docs: exact keys unless the object
 * holds "..."), always exact for arrays and primitives.
 */
export function compare(actual: unknown, expected: unknown, path: string, mode: 'subset' | 'shortened', ignore: readonly string[] = []): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${show(actual)}`];
    if (actual.length !== expected.length) return [`${path}: expected ${expected.length} items, got ${actual.length}: ${show(actual)}`];
    return expected.flatMap((e, k) => compare(actual[k], e, `${path}[${k}]`, mode));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: expected an object, got ${show(actual)}`];
    const exp = expected as Record<string, unknown>;
    const act = actual as Record<string, unknown>;
    const out: string[] = [];
    const shortened = mode === 'subset' || '...' in exp;
    for (const k of Object.keys(exp)) {
      if (k === '...' || ignore.includes(k)) continue;
      if (!(k in act)) out.push(`${path}.${k}: missing`);
      else out.push(...compare(act[k], exp[k], `${path}.${k}`, mode));
    }
    if (!shortened) for (const k of Object.keys(act)) if (!(k in exp) && !ignore.includes(k)) out.push(`${path}.${k}: not in the doc (${show(act[k])})`);
    return out;
  }
  return Object.is(actual, expected) ? [] : [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}

function show(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 300 ? `${s.slice(0, 300)}…` : s;
}
