/**
 * `npm run bench`: throughput of `engine.checkMany` over 1,000,000 seeded intents against a
 * preloaded memory store, a naive baseline (bench/baseline.ts) on a sample in the same process,
 * single `engine.check` latency, and retained heap per intent. Writes bench/results.json.
 * See bench/README.md.
 *
 * Environment: BENCH_INTENTS (default 1000000), BENCH_BASELINE (sample, default 50000),
 * BENCH_SEED (default 20260306), BENCH_OUT (results path, default bench/results.json; `-` = none),
 * BENCH_ONLY=checkMany (skip every other phase: for profiling).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine } from '../src/core/engine';
import type { CallIntent, Decision } from '../src/core/types';
import { createBaseline } from './baseline';
import { buildPool, makeIntents, mulberry32, preload, type PoolNumber } from './workload';

const TARGET_RATE = 300_000;
const TARGET_RATIO = 10;

const env = (name: string, fallback: number): number => {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number`);
  return Math.floor(n);
};

const INTENTS = env('BENCH_INTENTS', 1_000_000);
const BASELINE_SAMPLE = Math.min(env('BENCH_BASELINE', 50_000), INTENTS);
const SEED = env('BENCH_SEED', 20260306);
const POOL = 200_000;
const WARMUP = 20_000;
const CHECK_CALLS = 20_000;
const HEAP_INTENTS = 20_000;
/** checkMany is called on slices of this size (10 engine batches each) and the decisions dropped. */
const SLICE = 10_000;
const ONLY = process.env['BENCH_ONLY'];
const OUT = process.env['BENCH_OUT'] ?? fileURLToPath(new URL('./results.json', import.meta.url));

const now = (): bigint => process.hrtime.bigint();
const secondsSince = (t: bigint): number => Number(now() - t) / 1e9;

function gc(): void {
  const g = globalThis.gc;
  if (typeof g === 'function') {
    g();
    g();
  }
}

/** `allowed` plus the sorted denial rule:code pairs and nextPermittedAt: what must agree between engine and baseline. */
function signature(d: Decision): string {
  const denials = d.denials.map((v) => `${v.rule}:${v.code}`).sort().join(',');
  return `${d.allowed ? 'allow' : 'deny'}|${denials}|${d.nextPermittedAt?.getTime() ?? '-'}`;
}

interface Tally {
  allowed: number;
  denied: number;
  withNextPermitted: number;
  codes: Map<string, number>;
}

function tally(t: Tally, ds: readonly Decision[]): void {
  for (const d of ds) {
    if (d.allowed) t.allowed++;
    else {
      t.denied++;
      if (d.nextPermittedAt !== null) t.withNextPermitted++;
    }
    for (const v of d.denials) {
      const k = `${v.rule}:${v.code}`;
      t.codes.set(k, (t.codes.get(k) ?? 0) + 1);
    }
  }
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function timeCheckMany(engine: Engine, intents: readonly CallIntent[], onSlice?: (start: number, ds: Decision[]) => void): Promise<{ seconds: number; tally: Tally }> {
  const t: Tally = { allowed: 0, denied: 0, withNextPermitted: 0, codes: new Map() };
  let elapsed = 0n;
  for (let start = 0; start < intents.length; start += SLICE) {
    const slice = intents.slice(start, start + SLICE);
    const t0 = now();
    const ds = await engine.checkMany(slice);
    elapsed += now() - t0;
    tally(t, ds);
    onSlice?.(start, ds);
  }
  return { seconds: Number(elapsed) / 1e9, tally: t };
}

async function main(): Promise<void> {
  const started = now();
  const log = (msg: string): void => console.log(`[${secondsSince(started).toFixed(1).padStart(5)} s] ${msg}`);
  const rng = mulberry32(SEED);

  // --- pool, engine, facts
  const pool: PoolNumber[] = buildPool(rng, POOL);
  const engine = createEngine({ seller: 'default' });
  const pre = await preload(engine, pool, rng);
  log(`preloaded ${fmt(pool.length)} numbers in ${pre.seconds.toFixed(1)} s: ${fmt(pre.national)} national DNC, ${fmt(pre.internal)} internal DNC, ${fmt(pre.consents)} consents, ${fmt(pre.revocations)} revocations, ${fmt(pre.relationships)} EBR, ${fmt(pre.attempts)} attempts on ${fmt(pre.numbersWithHistory)} numbers`);

  // --- intents (generation is not timed as part of any measure)
  let t = now();
  const warmup = makeIntents(rng, pool, WARMUP);
  const intents = makeIntents(rng, pool, INTENTS);
  const checkSet = makeIntents(rng, pool, CHECK_CALLS);
  log(`generated ${fmt(INTENTS + WARMUP + CHECK_CALLS)} intents in ${secondsSince(t).toFixed(1)} s`);

  // --- warm-up (JIT, placement cache, zone offset cache)
  t = now();
  for (let k = 0; k < 2; k++) await engine.checkMany(warmup);
  log(`warm-up: 2 x ${fmt(WARMUP)} intents in ${secondsSince(t).toFixed(1)} s`);

  // --- baseline first, while the heap is small (the engine's audit log grows by 1M entries below)
  let baseline: { decisionsPerSecond: number; sampled: number; seconds: number; hoursChecked: number; hoursMismatches: number } | undefined;
  let baselineSigs: string[] | undefined;
  if (ONLY !== 'checkMany' && BASELINE_SAMPLE > 0) {
    const b = createBaseline({ storage: engine.storage, rules: engine.rules, seller: 'default' });
    await b.checkMany(warmup.slice(0, 5_000));
    const sample = intents.slice(0, BASELINE_SAMPLE);
    baselineSigs = new Array<string>(sample.length);
    let elapsed = 0n;
    for (let start = 0; start < sample.length; start += SLICE) {
      const t0 = now();
      const ds = await b.checkMany(sample.slice(start, start + SLICE));
      elapsed += now() - t0;
      for (let k = 0; k < ds.length; k++) baselineSigs[start + k] = signature(ds[k]!);
    }
    const seconds = Number(elapsed) / 1e9;
    baseline = { decisionsPerSecond: Math.round(sample.length / seconds), sampled: sample.length, seconds, hoursChecked: b.hoursChecked, hoursMismatches: b.hoursMismatches };
    log(`baseline: ${fmt(sample.length)} intents in ${seconds.toFixed(2)} s = ${fmt(baseline.decisionsPerSecond)}/s (naive-hours cross-check: ${b.hoursMismatches} mismatches of ${fmt(b.hoursChecked)})`);
  }

  // --- single check latency
  let check: { p50Micros: number; p99Micros: number; meanMicros: number; calls: number } | undefined;
  if (ONLY !== 'checkMany') {
    for (let k = 0; k < 2_000; k++) await engine.check(warmup[k]!);
    const lat = new Float64Array(checkSet.length);
    for (let k = 0; k < checkSet.length; k++) {
      const t0 = now();
      await engine.check(checkSet[k]!);
      lat[k] = Number(now() - t0) / 1e3;
    }
    const mean = lat.reduce((a, b) => a + b, 0) / lat.length;
    lat.sort();
    check = { p50Micros: Math.round(percentile(lat, 50) * 10) / 10, p99Micros: Math.round(percentile(lat, 99) * 10) / 10, meanMicros: Math.round(mean * 10) / 10, calls: lat.length };
    log(`check: ${fmt(lat.length)} sequential calls, p50 ${check.p50Micros} µs, p99 ${check.p99Micros} µs`);
  }

  // --- retained heap per intent: intents generated + checked, decisions retained (audit entries included)
  let heap: { heapBytesPerIntent: number; intentBytes: number; decisionBytes: number; gcExposed: boolean } | undefined;
  if (ONLY !== 'checkMany') {
    const heapRng = mulberry32(SEED ^ 0x5eed);
    gc();
    const h0 = process.memoryUsage().heapUsed;
    const batch = makeIntents(heapRng, pool, HEAP_INTENTS);
    gc();
    const h1 = process.memoryUsage().heapUsed;
    const decisions = await engine.checkMany(batch);
    gc();
    const h2 = process.memoryUsage().heapUsed;
    heap = {
      heapBytesPerIntent: Math.round((h2 - h0) / HEAP_INTENTS),
      intentBytes: Math.round((h1 - h0) / HEAP_INTENTS),
      decisionBytes: Math.round((h2 - h1) / HEAP_INTENTS),
      gcExposed: typeof globalThis.gc === 'function',
    };
    log(`heap: ${fmt(heap.heapBytesPerIntent)} B per intent retained (intent ${fmt(heap.intentBytes)} B + decision and audit entry ${fmt(heap.decisionBytes)} B) over ${fmt(decisions.length)} intents`);
  }

  // --- the main measure: checkMany over every intent, default engine options (audit on)
  gc();
  let mismatches = 0;
  const examples: string[] = [];
  const main = await timeCheckMany(engine, intents, (start, ds) => {
    if (baselineSigs === undefined || start >= baselineSigs.length) return;
    for (let k = 0; k < ds.length && start + k < baselineSigs.length; k++) {
      const s = signature(ds[k]!);
      if (s !== baselineSigs[start + k]) {
        mismatches++;
        if (examples.length < 3) examples.push(`#${start + k} ${JSON.stringify(intents[start + k]!.to)}: engine ${s} / baseline ${baselineSigs[start + k]}`);
      }
    }
  });
  const rate = Math.round(INTENTS / main.seconds);
  log(`checkMany: ${fmt(INTENTS)} intents in ${main.seconds.toFixed(2)} s = ${fmt(rate)} decisions/s`);
  if (baselineSigs) log(`engine vs baseline decisions on the ${fmt(baselineSigs.length)} sampled intents: ${mismatches} differ${examples.length ? `\n  ${examples.join('\n  ')}` : ''}`);

  // --- the same without the audit chain (sha256 per decision), on the first 200k, for the breakdown
  let noAudit: { decisionsPerSecond: number; sampled: number } | undefined;
  if (ONLY !== 'checkMany') {
    const quiet = createEngine({ storage: engine.storage, seller: 'default', auditDecisions: false });
    await quiet.checkMany(warmup);
    const subset = intents.slice(0, Math.min(200_000, INTENTS));
    const r = await timeCheckMany(quiet, subset);
    noAudit = { decisionsPerSecond: Math.round(subset.length / r.seconds), sampled: subset.length };
    log(`checkMany with auditDecisions: false: ${fmt(subset.length)} intents = ${fmt(noAudit.decisionsPerSecond)} decisions/s`);
  }

  const ratio = baseline ? Math.round((rate / baseline.decisionsPerSecond) * 100) / 100 : null;
  const topDenials = [...main.tally.codes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const results = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    intents: INTENTS,
    checkMany: { decisionsPerSecond: rate, seconds: Math.round(main.seconds * 1000) / 1000, audit: true, sliceSize: SLICE, batchSize: 1000 },
    baseline: baseline ? { decisionsPerSecond: baseline.decisionsPerSecond, sampled: baseline.sampled, hoursCrossChecked: baseline.hoursChecked, hoursMismatches: baseline.hoursMismatches, decisionMismatches: mismatches } : null,
    ratio,
    check: check ? { p50Micros: check.p50Micros, p99Micros: check.p99Micros, meanMicros: check.meanMicros, calls: check.calls } : null,
    heapBytesPerIntent: heap?.heapBytesPerIntent ?? null,
    heap: heap ?? null,
    checkManyNoAudit: noAudit ?? null,
    targets: { decisionsPerSecond: TARGET_RATE, ratio: TARGET_RATIO, met: { decisionsPerSecond: rate >= TARGET_RATE, ratio: ratio === null ? null : ratio >= TARGET_RATIO } },
    workload: {
      seed: SEED,
      pool: POOL,
      rules: engine.rules.length,
      rulesetVersion: engine.rulesetVersion,
      preload: pre,
      outcomes: { allowed: main.tally.allowed, denied: main.tally.denied, deniedWithNextPermittedAt: main.tally.withNextPermitted, topDenials: Object.fromEntries(topDenials) },
    },
    totalSeconds: Math.round(secondsSince(started) * 10) / 10,
  };
  if (OUT !== '-') writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);

  const row = (name: string, value: string, target = ''): string => `  ${name.padEnd(34)} ${value.padStart(16)}  ${target}`;
  const mark = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  console.log('');
  console.log(`dialguard bench — ${results.node}, ${results.cpus} x ${results.cpuModel}, ${results.workload.rules} rules`);
  console.log(row('checkMany decisions/s', fmt(rate), `target ${fmt(TARGET_RATE)}: ${mark(rate >= TARGET_RATE)}`));
  if (noAudit) console.log(row('  (auditDecisions: false)', fmt(noAudit.decisionsPerSecond)));
  if (baseline) console.log(row(`baseline decisions/s (${fmt(baseline.sampled)})`, fmt(baseline.decisionsPerSecond)));
  if (ratio !== null) console.log(row('ratio', `${ratio.toFixed(2)}x`, `target ${TARGET_RATIO}x: ${mark(ratio >= TARGET_RATIO)}`));
  if (check) console.log(row('check p50 / p99 (µs)', `${check.p50Micros} / ${check.p99Micros}`));
  if (heap) console.log(row('heap bytes per intent', fmt(heap.heapBytesPerIntent), heap.gcExposed ? '' : '(no --expose-gc: noisy)'));
  console.log(row('allowed / denied', `${fmt(main.tally.allowed)} / ${fmt(main.tally.denied)}`));
  console.log(`  top denials: ${topDenials.slice(0, 6).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
  console.log(`  total ${results.totalSeconds} s${OUT !== '-' ? `; wrote ${OUT}` : ''}`);
}

if (typeof globalThis.gc !== 'function' && process.env['DIALGUARD_BENCH_CHILD'] === undefined) {
  // Re-run with --expose-gc so the heap figure is measured after a full collection.
  const r = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, DIALGUARD_BENCH_CHILD: '1' },
  });
  process.exit(r.status ?? 1);
} else {
  await main();
}
