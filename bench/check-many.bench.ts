/**
 * `npm run bench`: throughput of `engine.checkMany` over 1,000,000 seeded intents against a
 * preloaded memory store, a naive baseline (bench/baseline.ts) on a sample in the same process and
 * interleaved with the engine's slices,
 * single `engine.check` latency, and retained heap per intent. Writes bench/results.json.
 * See bench/README.md.
 *
 * Environment: BENCH_INTENTS (default 1000000), BENCH_BASELINE (sample, default 50000),
 * BENCH_SEED (default 20260306), BENCH_OUT (results path, default bench/results.json; `-` = none),
 * BENCH_SLICE (intents per checkMany call, default 10000), BENCH_ONLY=checkMany (skip every other
 * phase: for profiling), BENCH_PROFILE (write a CPU profile of the main checkMany phase to this path),
 * BENCH_ALLOC_PROFILE (write a sampling allocation profile of that phase to this path),
 * BENCH_RULES=floor (the main phase on the floor engine: one constant rule, no rule logic).
 * @module
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { Session } from 'node:inspector/promises';
import { createEngine, type Engine } from '../src/core/engine';
import { defineRule } from '../src/core/rule';
import type { CallIntent, Decision } from '../src/core/types';
import { createBaseline } from './baseline';
import { setOffsetCache } from '../src/time/zone';
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
/** The baseline runs its sample in chunks of this size (one fact-read batch), between checkMany slices. */
const BASELINE_CHUNK = 1_000;
/** checkMany is called on slices of this size (10 engine batches each) and the decisions dropped. */
const SLICE = env('BENCH_SLICE', 10_000) || 10_000;
const ONLY = process.env['BENCH_ONLY'];
/** BENCH_PROFILE=file.cpuprofile: a CPU profile of the main checkMany phase only. */
const PROFILE = process.env['BENCH_PROFILE'];
/** BENCH_ALLOC_PROFILE=file.heapprofile: a sampling allocation profile of the main checkMany phase only. */
const ALLOC_PROFILE = process.env['BENCH_ALLOC_PROFILE'];
// The bench runs bundled from bench/.out/ (npm run bench) or from source: results go to bench/ either way.
const OUT = process.env['BENCH_OUT'] ?? fileURLToPath(new URL(import.meta.url.includes('/bench/.out/') ? '../results.json' : './results.json', import.meta.url));

const now = (): bigint => process.hrtime.bigint();
/** 1-minute load average when the run started (other processes share the cores). */
const LOAD_AT_START = Math.round((os.loadavg()[0] ?? 0) * 100) / 100;

/** Every main-thread GC pause: start (performance.now() ms), duration (ms), minor (scavenge) or not. */
const gcEntries: { start: number; duration: number; minor: boolean }[] = [];
new PerformanceObserver((list) => {
  // detail.kind: 1 = minor (scavenge), 2 = major (mark-compact), 4 = incremental marking, 8 = weak callbacks
  for (const e of list.getEntries()) gcEntries.push({ start: e.startTime, duration: e.duration, minor: (e as unknown as { detail?: { kind?: number } }).detail?.kind === 1 });
}).observe({ entryTypes: ['gc'] });
/** [start, end) of each baseline chunk run inside the main phase (performance.now() ms): their GC pauses are the baseline's. */
const baselineSpans: number[] = [];
function inBaselineSpan(t: number): boolean {
  for (let k = baselineSpans.length - 2; k >= 0; k -= 2) if (t >= baselineSpans[k]! && t < baselineSpans[k + 1]!) return true;
  return false;
}
/** GC pauses that started in [from, to), outside the baseline's chunks (seconds). */
async function gcBetween(from: number, to: number): Promise<{ seconds: number; minorSeconds: number; majorSeconds: number; pauses: number }> {
  await new Promise((r) => setTimeout(r, 100)); // the observer is called asynchronously: let it catch up
  const out = { seconds: 0, minorSeconds: 0, majorSeconds: 0, pauses: 0 };
  for (const e of gcEntries) {
    if (e.start < from || e.start >= to || inBaselineSpan(e.start)) continue;
    out.seconds += e.duration / 1000;
    if (e.minor) out.minorSeconds += e.duration / 1000;
    else out.majorSeconds += e.duration / 1000;
    out.pauses++;
  }
  return out;
}
const secondsSince = (t: bigint): number => Number(now() - t) / 1e9;

/** The commit measured, `+dirty` when src/ has uncommitted changes. */
function revision(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    return `${head}${dirty ? '+dirty' : ''}`;
  } catch {
    return 'unknown';
  }
}

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

/** Runs checkMany over `intents` in slices; returns the time spent inside checkMany and the rate of each successive 100k intents. */
async function timeCheckMany(
  engine: Engine,
  intents: readonly CallIntent[],
  onSlice?: (start: number, ds: Decision[]) => void | Promise<void>,
): Promise<{ seconds: number; tally: Tally; ratePer100k: number[] }> {
  const t: Tally = { allowed: 0, denied: 0, withNextPermitted: 0, codes: new Map() };
  let elapsed = 0n;
  let chunkElapsed = 0n;
  let chunkCount = 0;
  const ratePer100k: number[] = [];
  for (let start = 0; start < intents.length; start += SLICE) {
    const slice = intents.slice(start, start + SLICE);
    const t0 = now();
    const ds = await engine.checkMany(slice);
    const dt = now() - t0;
    elapsed += dt;
    chunkElapsed += dt;
    chunkCount += slice.length;
    if (chunkCount >= 100_000 || start + SLICE >= intents.length) {
      ratePer100k.push(Math.round(chunkCount / (Number(chunkElapsed) / 1e9)));
      chunkElapsed = 0n;
      chunkCount = 0;
    }
    tally(t, ds);
    await onSlice?.(start, ds);
  }
  return { seconds: Number(elapsed) / 1e9, tally: t, ratePer100k };
}

// Each phase is its own function: a value awaited in a suspended async frame stays reachable until
// the slot is reused, which would distort the heap figure if the phases shared one frame.

/** Warm-up: JIT, placement cache, zone offset cache. */
async function warmUp(engine: Engine, warmup: readonly CallIntent[]): Promise<void> {
  for (let k = 0; k < 2; k++) await engine.checkMany(warmup);
}

interface HeapFigures {
  heapBytesPerIntent: number;
  /** The CallIntent objects. */
  intentBytes: number;
  /** The decisions and what checking retains (audit entries, cache growth). */
  decisionBytes: number;
  /** What stays after the decisions are dropped: the audit entry, cache growth. */
  retainedAfterDropBytes: number;
  gcExposed: boolean;
}

function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

/** Heap per intent: fresh intents generated and checked, decisions kept. */
async function measureHeap(engine: Engine, pool: readonly PoolNumber[]): Promise<HeapFigures> {
  const rng = mulberry32(SEED ^ 0x5eed);
  const h0 = heapUsed();
  const batch = makeIntents(rng, pool, HEAP_INTENTS);
  const h1 = heapUsed();
  const decisions = await engine.checkMany(batch);
  const h2 = heapUsed();
  if (batch.length !== decisions.length) throw new Error('bench: checkMany lost intents'); // keeps both alive through the measure
  const dropped = await retainedAfterDrop(engine, pool);
  return {
    heapBytesPerIntent: Math.round((h2 - h0) / HEAP_INTENTS),
    intentBytes: Math.round((h1 - h0) / HEAP_INTENTS),
    decisionBytes: Math.round((h2 - h1) / HEAP_INTENTS),
    retainedAfterDropBytes: dropped,
    gcExposed: typeof globalThis.gc === 'function',
  };
}

/** Heap growth per check once the decisions are dropped (the audit log keeps an entry per decision). */
async function retainedAfterDrop(engine: Engine, pool: readonly PoolNumber[]): Promise<number> {
  const rng = mulberry32(SEED ^ 0xd20b);
  const intents = makeIntents(rng, pool, HEAP_INTENTS);
  const h0 = heapUsed();
  await checkAndDrop(engine, intents);
  const h1 = heapUsed();
  if (intents.length !== HEAP_INTENTS) throw new Error('unreachable'); // keeps the intents alive through the measure
  return Math.round((h1 - h0) / HEAP_INTENTS);
}

async function checkAndDrop(engine: Engine, intents: readonly CallIntent[]): Promise<void> {
  await engine.checkMany(intents);
}

interface BaselineFigures {
  decisionsPerSecond: number;
  sampled: number;
  seconds: number;
  hoursChecked: number;
  hoursMismatches: number;
  signatures: string[];
}

/**
 * The naive baseline on a sample, run in chunks of one batch interleaved with the engine's slices
 * during the main phase, so that both see the same machine load and the same heap: the ratio
 * compares rates measured over the same seconds. Keeps the decision signatures for the agreement
 * check.
 */
function baselineRunner(engine: Engine, sample: readonly CallIntent[]) {
  const b = createBaseline({ storage: engine.storage, rules: engine.rules, seller: 'default' });
  const signatures = new Array<string>(sample.length);
  let done = 0;
  let elapsed = 0n;
  // Naive: no offset cache, so every local time the rules read is computed by date-fns-tz per call.
  async function naive<T>(f: () => Promise<T>): Promise<T> {
    setOffsetCache(false);
    const start = performance.now();
    try {
      return await f();
    } finally {
      baselineSpans.push(start, performance.now());
      setOffsetCache(true);
    }
  }
  return {
    async warm(warmup: readonly CallIntent[]): Promise<void> {
      await naive(() => b.checkMany(warmup.slice(0, 5_000)));
    },
    /** Runs the sample on until `upTo` intents are done. */
    async step(upTo: number): Promise<void> {
      while (done < Math.min(upTo, sample.length)) {
        const chunk = sample.slice(done, Math.min(done + BASELINE_CHUNK, sample.length));
        const ds = await naive(async () => {
          const t0 = now();
          const out = await b.checkMany(chunk);
          elapsed += now() - t0;
          return out;
        });
        for (let k = 0; k < ds.length; k++) signatures[done + k] = signature(ds[k]!);
        done += chunk.length;
      }
    },
    finish(): BaselineFigures {
      const seconds = Number(elapsed) / 1e9;
      return { decisionsPerSecond: Math.round(done / seconds), sampled: done, seconds, hoursChecked: b.hoursChecked, hoursMismatches: b.hoursMismatches, signatures };
    },
  };
}

/** Sequential single checks: latency percentiles. */
async function measureCheck(engine: Engine, warmup: readonly CallIntent[], checkSet: readonly CallIntent[]): Promise<{ p50Micros: number; p99Micros: number; meanMicros: number; calls: number }> {
  for (let k = 0; k < 2_000; k++) await engine.check(warmup[k]!);
  const lat = new Float64Array(checkSet.length);
  for (let k = 0; k < checkSet.length; k++) {
    const t0 = now();
    await engine.check(checkSet[k]!);
    lat[k] = Number(now() - t0) / 1e3;
  }
  const mean = lat.reduce((a, b) => a + b, 0) / lat.length;
  lat.sort();
  const r1 = (x: number): number => Math.round(x * 10) / 10;
  return { p50Micros: r1(percentile(lat, 50)), p99Micros: r1(percentile(lat, 99)), meanMicros: r1(mean), calls: lat.length };
}

/** checkMany with auditDecisions: false over the same storage. */
async function runNoAudit(engine: Engine, warmup: readonly CallIntent[], subset: readonly CallIntent[]): Promise<{ decisionsPerSecond: number; sampled: number }> {
  const quiet = createEngine({ storage: engine.storage, seller: 'default', auditDecisions: false });
  await quiet.checkMany(warmup);
  const r = await timeCheckMany(quiet, subset);
  return { decisionsPerSecond: Math.round(subset.length / r.seconds), sampled: subset.length };
}

/** An engine on the same storage whose only rule reads every fact kind (or none) and allows. */
function floorEngine(engine: Engine, readFacts = true): Engine {
  const needs = readFacts ? [...new Set(engine.rules.flatMap((r) => r.needs))] : [];
  const allow = Object.freeze({ outcome: 'allow' as const, code: 'not_applicable' as const });
  const floorRule = defineRule({ id: 'bench.floor', citation: 'none', effective: { from: '2000-01-01' }, needs, evaluate: () => allow });
  return createEngine({ storage: engine.storage, seller: 'default', rules: [floorRule] });
}

/**
 * The engine's fixed cost: checkMany (audit on) over the same storage with one rule that reads
 * every fact kind the default rules read and returns a constant allow. Validation, parsing,
 * placement, the fact read, the decision objects and the audit digests all happen; no rule logic.
 * Its rate bounds what any rule set can reach on this machine.
 */
async function runFloor(
  engine: Engine,
  warmup: readonly CallIntent[],
  subset: readonly CallIntent[],
): Promise<{ decisionsPerSecond: number; withoutFactReadDecisionsPerSecond: number; sampled: number }> {
  const floor = floorEngine(engine);
  const noFacts = floorEngine(engine, false);
  await floor.checkMany(warmup);
  await noFacts.checkMany(warmup);
  const r = await timeCheckMany(floor, subset);
  const n = await timeCheckMany(noFacts, subset);
  return { decisionsPerSecond: Math.round(subset.length / r.seconds), withoutFactReadDecisionsPerSecond: Math.round(subset.length / n.seconds), sampled: subset.length };
}

async function main(): Promise<void> {
  const started = now();
  const log = (msg: string): void => console.log(`[${secondsSince(started).toFixed(1).padStart(5)} s] ${msg}`);
  const rng = mulberry32(SEED);
  const full = ONLY !== 'checkMany';

  // --- pool, engine, facts
  const pool: PoolNumber[] = buildPool(rng, POOL);
  const engine = createEngine({ seller: 'default' });
  const floorMain = process.env['BENCH_RULES'] === 'floor';
  const pre = await preload(engine, pool, rng);
  log(`preloaded ${fmt(pool.length)} numbers in ${pre.seconds.toFixed(1)} s: ${fmt(pre.national)} national DNC, ${fmt(pre.internal)} internal DNC, ${fmt(pre.consents)} consents, ${fmt(pre.revocations)} revocations, ${fmt(pre.relationships)} EBR, ${fmt(pre.attempts)} attempts on ${fmt(pre.numbersWithHistory)} numbers`);

  // --- intents (generation is not part of any measure)
  let t = now();
  const warmup = makeIntents(rng, pool, WARMUP);
  const intents = makeIntents(rng, pool, INTENTS);
  const checkSet = makeIntents(rng, pool, CHECK_CALLS);
  log(`generated ${fmt(INTENTS + WARMUP + CHECK_CALLS)} intents in ${secondsSince(t).toFixed(1)} s`);

  t = now();
  await warmUp(engine, warmup);
  log(`warm-up: 2 x ${fmt(WARMUP)} intents in ${secondsSince(t).toFixed(1)} s`);

  // --- heap first, while nothing else is retained
  const heap = full ? await measureHeap(engine, pool) : undefined;
  if (heap) log(`heap: ${fmt(heap.heapBytesPerIntent)} B per intent (intent ${fmt(heap.intentBytes)} B + decision ${fmt(heap.decisionBytes)} B); ${fmt(heap.retainedAfterDropBytes)} B per check stay after the decisions are dropped (audit log)`);

  // --- baseline while the heap is small (the engine's audit log grows by 1M entries below)
  const runner = full && BASELINE_SAMPLE > 0 ? baselineRunner(engine, intents.slice(0, BASELINE_SAMPLE)) : undefined;
  if (runner) await runner.warm(warmup);

  const check = full ? await measureCheck(engine, warmup, checkSet) : undefined;
  if (check) log(`check: ${fmt(check.calls)} sequential calls, p50 ${check.p50Micros} µs, p99 ${check.p99Micros} µs`);

  // --- the main measure: checkMany over every intent, default engine options (audit on)
  gc();
  await new Promise((r) => setTimeout(r, 0)); // flush pending gc entries
  const mainStart = performance.now();
  const engineSigs: string[] = [];
  const profiler = PROFILE || ALLOC_PROFILE ? new Session() : undefined;
  if (profiler) {
    profiler.connect();
    if (PROFILE) {
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    if (ALLOC_PROFILE) {
      await profiler.post('HeapProfiler.enable');
      // every allocation sampled about every 4 KB; objects collected since are kept in the profile
      await profiler.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    }
  }
  const main = await timeCheckMany(floorMain ? floorEngine(engine) : engine, intents, async (start, ds) => {
    if (runner === undefined) return;
    for (let k = 0; k < ds.length && start + k < BASELINE_SAMPLE; k++) engineSigs.push(signature(ds[k]!));
    // the baseline keeps pace: its share of the sample for the share of the intents done
    await runner.step(Math.ceil((BASELINE_SAMPLE * (start + ds.length)) / INTENTS));
  });
  const mainEnd = performance.now();
  const rate = Math.round(INTENTS / main.seconds);
  const baseline = runner?.finish();
  let mismatches = 0;
  const examples: string[] = [];
  if (baseline) {
    for (let k = 0; k < baseline.sampled; k++) {
      if (engineSigs[k] !== baseline.signatures[k]) {
        mismatches++;
        if (examples.length < 3) examples.push(`#${k} ${JSON.stringify(intents[k]!.to)}: engine ${engineSigs[k]} / baseline ${baseline.signatures[k]}`);
      }
    }
  }
  if (profiler) {
    if (PROFILE) writeFileSync(PROFILE, JSON.stringify((await profiler.post('Profiler.stop')).profile));
    if (ALLOC_PROFILE) writeFileSync(ALLOC_PROFILE, JSON.stringify((await profiler.post('HeapProfiler.stopSampling')).profile));
    profiler.disconnect();
  }
  await new Promise((r) => setTimeout(r, 0));
  const gcMain = await gcBetween(mainStart, mainEnd);
  log(`checkMany: ${fmt(INTENTS)} intents in ${main.seconds.toFixed(2)} s = ${fmt(rate)} decisions/s; GC pauses ${gcMain.seconds.toFixed(2)} s (${((100 * gcMain.seconds) / main.seconds).toFixed(0)}%: scavenge ${gcMain.minorSeconds.toFixed(2)} s, mark-compact ${gcMain.majorSeconds.toFixed(2)} s)`);
  log(`checkMany rate per successive 100k intents: ${main.ratePer100k.map((r) => fmt(r)).join(', ')}`);
  if (baseline) {
    log(`baseline, interleaved with the slices above: ${fmt(baseline.sampled)} intents in ${baseline.seconds.toFixed(2)} s = ${fmt(baseline.decisionsPerSecond)}/s (naive-hours cross-check: ${baseline.hoursMismatches} mismatches of ${fmt(baseline.hoursChecked)})`);
    log(`engine vs baseline decisions on the ${fmt(baseline.sampled)} sampled intents: ${mismatches} differ${examples.length ? `\n  ${examples.join('\n  ')}` : ''}`);
  }

  // --- the same without the audit chain, on the first 200k, for the breakdown
  const noAudit = full ? await runNoAudit(engine, warmup, intents.slice(0, Math.min(200_000, INTENTS))) : undefined;
  if (noAudit) log(`checkMany with auditDecisions: false: ${fmt(noAudit.sampled)} intents = ${fmt(noAudit.decisionsPerSecond)} decisions/s`);

  const floorRate = full ? await runFloor(engine, warmup, intents.slice(0, Math.min(200_000, INTENTS))) : undefined;
  if (floorRate) log(`floor (one constant rule reading every fact kind, audit on): ${fmt(floorRate.sampled)} intents = ${fmt(floorRate.decisionsPerSecond)} decisions/s; without the fact read ${fmt(floorRate.withoutFactReadDecisionsPerSecond)}/s`);

  const ratio = baseline ? Math.round((rate / baseline.decisionsPerSecond) * 100) / 100 : null;
  const topDenials = [...main.tally.codes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const results = {
    generatedAt: new Date().toISOString(),
    revision: revision(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    loadAverageAtStart: LOAD_AT_START,
    intents: INTENTS,
    checkMany: {
      decisionsPerSecond: rate,
      seconds: Math.round(main.seconds * 1000) / 1000,
      microsPerDecision: Math.round((main.seconds / INTENTS) * 1e7) / 10,
      gcPauseSeconds: Math.round(gcMain.seconds * 1000) / 1000,
      ratePer100k: main.ratePer100k,
      gc: { scavengeSeconds: Math.round(gcMain.minorSeconds * 1000) / 1000, markCompactSeconds: Math.round(gcMain.majorSeconds * 1000) / 1000, pauses: gcMain.pauses },
      audit: true,
      sliceSize: SLICE,
      batchSize: 1000,
    },
    baseline: baseline
      ? { decisionsPerSecond: baseline.decisionsPerSecond, sampled: baseline.sampled, hoursCrossChecked: baseline.hoursChecked, hoursMismatches: baseline.hoursMismatches, decisionMismatches: mismatches }
      : null,
    ratio,
    check: check ?? null,
    heapBytesPerIntent: heap?.heapBytesPerIntent ?? null,
    heap: heap ?? null,
    checkManyNoAudit: noAudit ?? null,
    floor: floorRate ?? null,
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
  console.log(`dialguard bench (${results.revision}) — ${results.node}, ${results.cpus} x ${results.cpuModel}, load ${LOAD_AT_START}, ${results.workload.rules} rules`);
  console.log(row('checkMany decisions/s', fmt(rate), `target ${fmt(TARGET_RATE)}: ${mark(rate >= TARGET_RATE)}`));
  console.log(row('  GC pauses during checkMany', `${((100 * gcMain.seconds) / main.seconds).toFixed(0)}%`));
  if (noAudit) console.log(row('  with auditDecisions: false', fmt(noAudit.decisionsPerSecond)));
  if (floorRate) console.log(row('  floor: no rule logic', fmt(floorRate.decisionsPerSecond)));
  if (floorRate) console.log(row('  floor without the fact read', fmt(floorRate.withoutFactReadDecisionsPerSecond)));
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
