/**
 * The README's and the guides' TypeScript examples run against the source, and every value their
 * comments state holds (conventions in ./examples.ts). A doc that says `night.allowed; // false`
 * is a test: change the behaviour and the doc fails here.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as dialguard from '../../src/index';
import { blocksOf, compare, expectedOf, instrument, mismatches, type Check, type DocBlock } from './examples';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SRC = join(ROOT, 'src/index');
const OUT = join(ROOT, 'test/docs/.out');
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs/guide')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/guide/${f}`)];
const EXPORTS = new Set(Object.keys(dialguard));

/** Files the examples read, relative to the working directory they run in. */
const FIXTURES: Record<string, string> = {
  'dnc/305-786.txt': 'AreaCode,PhoneNumber\n305,5550123\n305,5550188\n786,5550199\n',
  'dnc/changes.txt': '3055550123,DELETE\n7865550101,ADD\n',
};

/** Blocks that run in one scope: a ts block and its `continue` blocks, and the json checks after them. */
interface Group {
  file: string;
  line: number;
  blocks: DocBlock[];
  json: { block: DocBlock; expr: string; ignore: string[] }[];
}

function groupsOf(file: string, markdown: string): Group[] {
  const groups: Group[] = [];
  for (const b of blocksOf(markdown, file)) {
    const d = b.directive ?? '';
    if (d.startsWith('skip')) continue;
    if (b.lang === 'json' && d.startsWith('json-of ')) {
      const m = /^json-of\s+(.+?)(?:\s+ignore=(\S+))?$/.exec(d);
      const g = groups.at(-1);
      if (!m || !g) throw new Error(`${file}:${b.line}: json-of needs an expression and a ts block before it`);
      g.json.push({ block: b, expr: m[1]!, ignore: m[2]?.split(',') ?? [] });
      continue;
    }
    if (b.lang !== 'ts') continue;
    if (d === 'continue') {
      const g = groups.at(-1);
      if (!g) throw new Error(`${file}:${b.line}: nothing to continue`);
      g.blocks.push(b);
    } else if (d === '') groups.push({ file, line: b.line, blocks: [b], json: [] });
    else throw new Error(`${file}:${b.line}: unknown docs-test directive '${d}'`);
  }
  return groups;
}

const identifiers = (code: string) => new Set(code.match(/[A-Za-z_$][\w$]*/g) ?? []);

/** The module text of a group and the checks it makes. */
function moduleOf(group: Group): { text: string; checks: Check[] } {
  const imports = new Set<string>();
  const bodies: string[] = [];
  const checks: Check[] = [];
  for (const b of group.blocks) {
    const r = instrument(b.code, checks.length);
    for (const imp of r.imports) imports.add(imp.replace(/from\s+'dialguard'/, `from '${SRC}'`));
    bodies.push(r.body);
    checks.push(...r.checks.map((c) => ({ ...c, line: b.line + c.line })));
  }
  group.json.forEach((j, k) => bodies.push(`__json(${k}, (${j.expr}));`));
  const code = group.blocks.map((b) => b.code).join('\n');
  const imported = new Set([...imports].flatMap((i) => [...identifiers(/\{([^}]*)\}/.exec(i)?.[1] ?? '')]));
  const declared = new Set([...code.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!));
  const names = [...identifiers(code)].filter((n) => EXPORTS.has(n) && !imported.has(n) && !declared.has(n));
  const prelude = [`const { ${names.join(', ')} } = __dg;`];
  if (!declared.has('engine') && identifiers(code).has('engine')) prelude.push(`const engine = __dg.createEngine({ seller: 'Smith & Lee LLP' });`);
  const text = [
    `import * as __dg from '${SRC}';`,
    ...imports,
    'export default async function (__check: (i: number, v: unknown) => void, __json: (i: number, v: unknown) => void) {',
    ...prelude,
    ...bodies,
    '}',
  ].join('\n');
  return { text, checks };
}

let serial = 0;

/** Runs a group in a directory holding the fixtures; returns what differs from the doc. */
async function runGroup(group: Group): Promise<{ problems: string[]; checks: number }> {
  const { text, checks } = moduleOf(group);
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${group.file.replace(/[^\w]+/g, '-')}-${group.line}-${serial++}.ts`);
  writeFileSync(path, text);
  const problems: string[] = [];
  const seen = new Set<number>();
  const cwd = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), 'dialguard-docs-'));
  for (const [f, content] of Object.entries(FIXTURES)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), content);
  }
  process.chdir(dir);
  try {
    const mod = (await import(/* @vite-ignore */ path)) as { default: (c: (i: number, v: unknown) => void, j: (i: number, v: unknown) => void) => Promise<void> };
    await mod.default(
      (i, v) => {
        seen.add(i);
        const c = checks[i]!;
        for (const m of mismatches(v, c.expected)) problems.push(`${group.file}:${c.line} \`${c.expr.replace(/\s+/g, ' ')}\`: ${m}`);
      },
      (i, v) => {
        const j = group.json[i]!;
        for (const m of compare(JSON.parse(JSON.stringify(v)), JSON.parse(j.block.code), '$', 'shortened', j.ignore)) problems.push(`${group.file}:${j.block.line} json-of ${j.expr}: ${m}`);
      },
    );
  } finally {
    process.chdir(cwd);
  }
  checks.forEach((c, i) => {
    if (!seen.has(i)) problems.push(`${group.file}:${c.line} \`${c.expr}\`: never evaluated`);
  });
  return { problems, checks: checks.length + group.json.length };
}

const ALL = DOCS.flatMap((f) => groupsOf(f, readFileSync(join(ROOT, f), 'utf8')));

describe('the docs: every TypeScript example runs and the values its comments state hold', () => {
  let total = 0;
  for (const g of ALL) {
    it(`${g.file}:${g.line}`, async () => {
      const r = await runGroup(g);
      total += r.checks;
      expect(r.problems).toEqual([]);
    });
  }
  it('every example type-checks against the package types (tsconfig.json options)', () => {
    const dir = join(OUT, 'types');
    mkdirSync(dir, { recursive: true });
    const files = ALL.map((g) => {
      const f = join(dir, `${g.file.replace(/[^\w]+/g, '-')}-${g.line}.ts`);
      writeFileSync(f, moduleOf(g).text);
      return f;
    });
    const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(String(d.messageText)); } })!;
    const program = ts.createProgram(files, { ...config.options, noEmit: true });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${relative(ROOT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(errors).toEqual([]);
  });

  it('the docs state values to check (the harness is not checking nothing)', () => {
    // 24 when this test was written (README 7, decisions 1 JSON document, facts 3, rules 3, time zones 10):
    // removing stated values from the docs needs this floor lowered on purpose
    expect(total).toBeGreaterThanOrEqual(24);
  });
});

describe('the docs harness', () => {
  it('reads values from comments: instants, literals over several lines, prose left alone', () => {
    expect(expectedOf('2026-03-11T12:00:00.000Z (08:00 in New York)')).toEqual({ kind: 'instant', iso: '2026-03-11T12:00:00.000Z' });
    expect(expectedOf("'nxx': the area-code zones came from an NPA-NXX entry")).toEqual({ kind: 'value', text: "'nxx'" });
    expect(expectedOf("['a',\n 'b'] and prose")).toEqual({ kind: 'value', text: "['a',\n 'b']" });
    expect(expectedOf('true')).toEqual({ kind: 'value', text: 'true' });
    expect(expectedOf('allowed: 850-432 is Central only')).toBeUndefined();
    expect(expectedOf('-> { kind, added }')).toBeUndefined();
  });

  it('wraps expression statements that state a value, not declarations or prose, across lines', () => {
    const r = instrument("const a = [1,\n  2];\na.length; // 2\nconst b = 'x // y'; // 'x // y'\nfoo(\n  1,\n);\n// [1]\nbar(); // prose\n");
    expect(r.checks.map((c) => [c.line, c.expr, c.expected])).toEqual([
      [3, 'a.length', { kind: 'value', text: '2' }],
      [5, 'foo(\n  1,\n)', { kind: 'value', text: '[1]' }],
    ]);
    expect(r.body).toContain('__check(0, (a.length));');
    expect(r.body).toContain('bar();');
  });

  it('compares objects by the keys a comment names, JSON docs exactly unless shortened with "..."', () => {
    expect(compare({ a: 1, b: 2 }, { a: 1 }, '$', 'subset')).toEqual([]);
    expect(compare({ a: 1, b: 2 }, { a: 1 }, '$', 'shortened')).toEqual(['$.b: not in the doc (2)']);
    expect(compare({ a: 1, b: 2 }, { a: 1, '...': '...' }, '$', 'shortened')).toEqual([]);
    expect(compare([1, 2], [1], '$', 'subset')).toEqual(['$: expected 1 items, got 2: [1,2]']);
    expect(compare({ id: 'x', n: 1 }, { id: 'y' }, '$', 'shortened', ['id'])).toEqual(['$.n: not in the doc (1)']);
    expect(mismatches(new Date('2026-03-11T12:00:00Z'), { kind: 'instant', iso: '2026-03-11T12:00:00.000Z' })).toEqual([]);
  });

  it('fails a doc whose stated value is wrong, and one whose check never runs', async () => {
    const wrong: Group = { file: 'fake.md', line: 1, json: [], blocks: [{ file: 'fake.md', line: 1, lang: 'ts', code: "const d = await engine.check({ to: '(212) 736-0142', callType: 'live', purpose: 'telemarketing', relationship: 'client', at: '2026-03-10T21:30:00-04:00' });\nd.allowed; // true\nd.intent.zones; // ['America/New_York']\nif (d.allowed === false) return;\nd.intent.states; // ['NY']" }] };
    const r = await runGroup(wrong);
    expect(r.problems).toEqual([expect.stringContaining('fake.md:3 `d.allowed`: $: expected true, got false'), 'fake.md:6 `d.intent.states`: never evaluated']);
    expect(relative(ROOT, OUT)).toBe(join('test', 'docs', '.out'));
  });
});

describe('examples/basic.ts (the README links it)', () => {
  it('runs and prints what the README says: denied at 21:30 New York time, allowed at 08:00 the next morning', async () => {
    const printed: unknown[][] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void printed.push(args);
    try {
      await import('../../examples/basic');
    } finally {
      console.log = log;
    }
    expect(printed[0]).toEqual([false]);
    expect(printed[1]).toEqual([expect.arrayContaining(['tcpa.calling-hours: It is 2026-03-10 21:30 in America/New_York, outside the permitted window 08:00–21:00.'])]);
    expect(printed[2]).toEqual(['2026-03-11T12:00:00.000Z']);
    expect(printed[4]).toEqual([true]);
    expect(printed[5]).toEqual([['identify_caller_and_seller', 'identify_at_start', 'state_callback_number', 'interactive_opt_out', 'voicemail_toll_free_opt_out', 'ring_duration', 'transmit_caller_id']]);
  });
});

describe('the time-zones guide: its lookup table is what the tables give', () => {
  const md = readFileSync(join(ROOT, 'docs/guide/time-zones.md'), 'utf8');
  const rows = md.split('\n').slice(md.split('\n').findIndex((l) => l.startsWith('| number | zones | source |')) + 2);
  const table = rows.slice(0, rows.findIndex((l) => !l.startsWith('|')));

  it('RULES.md §7: every row (exchange, zones, source; an address adds its state\'s zones)', () => {
    expect(table.length).toBeGreaterThanOrEqual(8);
    for (const row of table) {
      const [numbers, zones, source] = row.split('|').slice(1, 4).map((c) => c.trim());
      const nums = [...numbers!.matchAll(/(\d{3})-(\d{3})/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      const zoneGroups = zones!.split(' / ').map((g) => [...g.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
      const sources = [...source!.matchAll(/`(\w+)`/g)].map((m) => m[1]!);
      expect(zoneGroups.length, row).toBe(nums.length);
      const zip = /ZIP (\d{5})/.exec(numbers!)?.[1];
      nums.forEach(([npa, nxx], k) => {
        const placed = dialguard.placeNumber(npa, nxx, zip ? { zip } : undefined);
        expect(placed.ok && [...placed.zones].sort(), row).toEqual([...zoneGroups[k]!].sort());
        expect(placed.ok && placed.zoneSource, row).toBe(sources.length === 1 ? sources[0] : sources[k]);
      });
    }
  });

  it('the zones per state it names for addresses are zonesForState', () => {
    const sentence = /Zones per state used for addresses include ([^]*?)\.\n\n/.exec(md)![1]!;
    const named = [...sentence.matchAll(/`([A-Z]{2})`: ([^;]+)/g)];
    expect(named.length).toBeGreaterThanOrEqual(5);
    for (const [, st, list] of named) {
      const cities = list!.split(',').map((c) => c.replace(/\(.*?\)|and/g, '').trim().replace(/ /g, '_'));
      expect(dialguard.zonesForState(st!).map((z) => z.split('/').at(-1)).sort(), st).toEqual(cities.sort());
    }
  });
});
