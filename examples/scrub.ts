/**
 * Compliance scrub of an example campaign: 500+ synthetic contacts across 80+ area codes,
 * checked in one `engine.checkMany` call against the consents, revocations, do-not-call lists,
 * call history and business relationships the firm already has on file.
 *
 *   npm run demo                                         # at the fixed campaign instant
 *   npm run demo -- --at 2026-03-10T23:30:00-05:00       # pin another instant (ISO with offset)
 *   npm run demo -- --all                                # every row, not only the first 40
 *   npm run demo -- --json                               # machine-readable output
 *
 * The data comes from `examples/data/*.json`, written by `scripts/gen-example-campaign.ts`.
 * Every verdict, time and count printed here comes from the engine's decisions.
 * @module
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine, instantSchema, memoryStorage } from '../src/index';
import type {
  AttemptRecord,
  CallIntent,
  ConsentGrant,
  Decision,
  Engine,
  ReassignedNumberQuery,
  RelationshipEvent,
  Revocation,
  Verdict,
} from '../src/index';

/** The fixed campaign instant: the default `--at`, so the output is reproducible. */
export const CAMPAIGN_AT = '2026-03-10T14:00:00-05:00';

/** A contact of `examples/data/contacts.json`. */
export interface Contact {
  id: string;
  name: string;
  phone: string;
  lineType: string;
  address?: { state?: string; zip?: string };
  relationship?: string;
  subject?: string;
  note?: string;
}

/** `examples/data/campaign.json`. */
export interface Campaign {
  campaignId: string;
  seller: string;
  at: string;
  description: string;
  intents: { contactId: string; intent: CallIntent }[];
}

/** Options of {@link runScrub}. */
export interface ScrubOptions {
  /** The instant to scrub at: an ISO string with an offset, or a Date. Default {@link CAMPAIGN_AT}. */
  at?: string | Date;
  /** Where the JSON files are. Default `examples/data/` next to this file. */
  dataDir?: URL;
}

/** How one intent came out. */
export type Verdict3 = 'CALL NOW' | 'LATER' | 'BLOCKED';

/** One printed row, derived from one decision. */
export interface ScrubRow {
  contactId: string;
  name: string;
  input: string;
  /** E.164, or '' when the number could not be parsed. */
  e164: string;
  zones: readonly string[];
  /** The instant in each candidate zone, e.g. `Tue 15:00 EDT` (deduplicated). */
  localTimes: string[];
  callType: string;
  channel: string;
  purpose: string;
  verdict: Verdict3;
  /** For LATER: the earliest permitted instant (ISO, UTC). */
  nextPermittedAt: string | null;
  /** For LATER: that instant in each candidate zone. */
  nextPermittedLocal: string[];
  /** The deciding denial: for LATER the latest time-based one, for BLOCKED the most telling one. */
  reason?: { rule: string; code: string; text: string };
}

/** Counts by rule id and reason code. */
export interface ReasonCount {
  rule: string;
  code: string;
  count: number;
}

/** The scrub summary. */
export interface ScrubSummary {
  at: string;
  campaignId: string;
  seller: string;
  rulesetVersion: string;
  rules: number;
  contacts: number;
  areaCodes: number;
  intents: number;
  callableNow: number;
  callableLater: number;
  blocked: number;
  /** Earliest and latest nextPermittedAt among the LATER rows. */
  earliestLater: { at: string; contactId: string; local: string[] } | null;
  latestLater: { at: string; contactId: string; local: string[] } | null;
  /** Blocked decisions by denial (rule + code); a blocked call can count under several. */
  blockingReasons: ReasonCount[];
  /** LATER decisions by time-based denial. */
  laterReasons: ReasonCount[];
  /** Warnings on decisions (e.g. a missing caller ID), by rule + code. */
  warnings: ReasonCount[];
  unsupportedNumbers: number;
  abandonment: { rate: number; abandoned: number; answered: number; periodStart: string | null; periodEnd: string | null };
  audit: { ok: boolean; entries: number; brokenAt?: number };
  facts: { consents: number; revocations: number; national: number; internal: number; attempts: number; relationships: number };
  /** Milliseconds spent in `engine.checkMany` and in the whole run (facts loading included). */
  timing: { checkManyMs: number; totalMs: number };
}

/** What {@link runScrub} returns. */
export interface ScrubResult {
  summary: ScrubSummary;
  rows: ScrubRow[];
  decisions: Decision[];
  intents: CallIntent[];
  contacts: Contact[];
  /** The engine the scrub ran on, with every fact loaded (for follow-up checks). */
  engine: Engine;
}

const DATA_DIR = new URL('./data/', import.meta.url);

function readJson<T>(dir: URL, name: string): T {
  return JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;
}

// --- local-time formatting -------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
    formatters.set(zone, f);
  }
  return f;
}

/** The instant in each zone, `Tue 15:00 EDT`, deduplicated (Boise and Denver read the same). */
export function localLabels(zones: readonly string[], at: Date): string[] {
  const out: string[] = [];
  for (const z of zones) {
    const parts = fmt(z).formatToParts(at);
    const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
    const label = `${get('weekday')} ${get('hour')}:${get('minute')} ${get('timeZoneName')}`;
    if (!out.includes(label)) out.push(label);
  }
  return out;
}

// --- classification ----------------------------------------------------------------------------

/** Which denial best explains a block: lists and revocations before consent, consent before the rest. */
const BLOCK_RANK: readonly RegExp[] = [
  /^engine\./,
  /internal-dnc$/,
  /revocation$/,
  /national-dnc$/,
  /^state\..*\.dnc$/,
  /^ethics\./,
  /^tcpa\.consent$/,
];
function rank(v: Verdict): number {
  const i = BLOCK_RANK.findIndex((re) => re.test(v.rule));
  return i < 0 ? BLOCK_RANK.length : i;
}

function classify(d: Decision): { verdict: Verdict3; reason?: Verdict } {
  if (d.allowed) return { verdict: 'CALL NOW' };
  if (d.nextPermittedAt !== null) {
    // The time-based denial that waits longest decided the wait.
    const timed = d.denials.filter((v) => v.retryAt !== undefined).sort((a, b) => b.retryAt!.getTime() - a.retryAt!.getTime());
    return { verdict: 'LATER', ...(timed[0] ? { reason: timed[0] } : {}) };
  }
  const untimed = d.denials.filter((v) => v.retryAt === undefined);
  const pool = untimed.length > 0 ? untimed : d.denials;
  const best = [...pool].sort((a, b) => rank(a) - rank(b))[0];
  return { verdict: 'BLOCKED', ...(best ? { reason: best } : {}) };
}

function countBy(verdicts: Iterable<Verdict>): ReasonCount[] {
  const m = new Map<string, ReasonCount>();
  for (const v of verdicts) {
    const k = `${v.rule}|${v.code}`;
    const c = m.get(k);
    if (c) c.count++;
    else m.set(k, { rule: v.rule, code: v.code, count: 1 });
  }
  return [...m.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule) || a.code.localeCompare(b.code));
}

function uniqueBy<T>(xs: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// --- the scrub ---------------------------------------------------------------------------------

/**
 * Runs the scrub: loads the example data into a fresh engine (memory storage, fixed clock), checks
 * every intent with `engine.checkMany`, and summarizes the decisions.
 * @param options - the instant (default {@link CAMPAIGN_AT}) and data folder
 * @returns the summary, one row per intent, the raw decisions and the engine
 */
export async function runScrub(options: ScrubOptions = {}): Promise<ScrubResult> {
  const t0 = performance.now();
  const atInput = options.at ?? CAMPAIGN_AT;
  const parsed = instantSchema.safeParse(atInput);
  if (!parsed.success) throw new RangeError(`--at must be an ISO-8601 date-time with an offset, e.g. ${CAMPAIGN_AT}; got ${String(atInput)}`);
  const at = new Date(typeof atInput === 'string' ? Date.parse(atInput) : atInput.getTime());
  const dir = options.dataDir ?? DATA_DIR;

  const contacts = readJson<Contact[]>(dir, 'contacts.json');
  const campaign = readJson<Campaign>(dir, 'campaign.json');
  const consents = readJson<ConsentGrant[]>(dir, 'consents.json');
  const revocations = readJson<Revocation[]>(dir, 'revocations.json');
  const dnc = readJson<{ national: string[]; internal: string[] }>(dir, 'dnc.json');
  const history = readJson<AttemptRecord[]>(dir, 'history.json');
  const relationships = readJson<RelationshipEvent[]>(dir, 'relationships.json');
  const reassigned = readJson<ReassignedNumberQuery[]>(dir, 'reassigned.json');

  const engine = createEngine({ storage: memoryStorage(), clock: () => new Date(at.getTime()), seller: campaign.seller });

  // Load what the firm already knows, through the public API.
  for (const g of consents) await engine.consents.grant(g);
  for (const r of revocations) await engine.consents.revoke(r);
  await engine.suppressions.add('national', dnc.national, { source: 'examples/data/dnc.json' });
  await engine.suppressions.add('internal', dnc.internal, { source: 'examples/data/dnc.json' });
  await engine.attempts.record(history);
  for (const r of relationships) await engine.relationships.record(r);
  for (const q of reassigned) await engine.reassignedNumbers.record(q);

  const intents = campaign.intents.map((x) => x.intent);
  const t1 = performance.now();
  const decisions = await engine.checkMany(intents);
  const checkManyMs = performance.now() - t1;

  const byId = new Map(contacts.map((c) => [c.id, c]));
  const rows: ScrubRow[] = decisions.map((d, k) => {
    const { contactId, intent } = campaign.intents[k]!;
    const { verdict, reason } = classify(d);
    const next = d.nextPermittedAt;
    return {
      contactId,
      name: byId.get(contactId)?.name ?? '',
      input: intent.to,
      e164: d.intent.e164,
      zones: d.intent.zones,
      localTimes: localLabels(d.intent.zones, d.intent.instant),
      callType: d.intent.callType,
      channel: d.intent.channel,
      purpose: d.intent.purpose,
      verdict,
      nextPermittedAt: verdict === 'LATER' && next ? next.toISOString() : null,
      nextPermittedLocal: verdict === 'LATER' && next ? localLabels(d.intent.zones, next) : [],
      ...(reason ? { reason: { rule: reason.rule, code: reason.code, text: reason.reason } } : {}),
    };
  });

  const later = rows.filter((r) => r.verdict === 'LATER').sort((a, b) => Date.parse(a.nextPermittedAt!) - Date.parse(b.nextPermittedAt!));
  const edge = (r: ScrubRow | undefined) => (r ? { at: r.nextPermittedAt!, contactId: r.contactId, local: r.nextPermittedLocal } : null);
  const blockedDecisions = decisions.filter((d, k) => rows[k]!.verdict === 'BLOCKED');
  const laterDecisions = decisions.filter((d, k) => rows[k]!.verdict === 'LATER');
  const abandonment = await engine.campaigns.abandonmentRate(campaign.campaignId, at);
  const audit = await engine.audit.verify();

  const summary: ScrubSummary = {
    at: typeof atInput === 'string' ? atInput : at.toISOString(),
    campaignId: campaign.campaignId,
    seller: campaign.seller,
    rulesetVersion: engine.rulesetVersion,
    rules: engine.rules.length,
    contacts: contacts.length,
    areaCodes: new Set(decisions.filter((d) => d.intent.npa > 0).map((d) => d.intent.npa)).size,
    intents: intents.length,
    callableNow: rows.filter((r) => r.verdict === 'CALL NOW').length,
    callableLater: later.length,
    blocked: blockedDecisions.length,
    earliestLater: edge(later[0]),
    latestLater: edge(later[later.length - 1]),
    // one count per decision and (rule, code), even when a rule gives two verdicts
    blockingReasons: countBy(blockedDecisions.flatMap((d) => uniqueBy(d.denials, (v) => `${v.rule}|${v.code}`))),
    laterReasons: countBy(laterDecisions.flatMap((d) => uniqueBy(d.denials, (v) => `${v.rule}|${v.code}`))),
    warnings: countBy(decisions.flatMap((d) => uniqueBy(d.warnings, (v) => `${v.rule}|${v.code}`))),
    unsupportedNumbers: decisions.filter((d) => d.denials.some((v) => v.rule === 'engine.unsupported-number')).length,
    abandonment: {
      rate: abandonment.rate,
      abandoned: abandonment.abandoned,
      answered: abandonment.answered,
      periodStart: abandonment.periodStart?.toISOString() ?? null,
      periodEnd: abandonment.periodEnd?.toISOString() ?? null,
    },
    audit,
    facts: {
      consents: consents.length,
      revocations: revocations.length,
      national: dnc.national.length,
      internal: dnc.internal.length,
      attempts: history.length,
      relationships: relationships.length,
    },
    timing: { checkManyMs: Math.round(checkManyMs * 10) / 10, totalMs: 0 },
  };
  summary.timing.totalMs = Math.round((performance.now() - t0) * 10) / 10;
  return { summary, rows, decisions, intents, contacts, engine };
}

// --- printing ----------------------------------------------------------------------------------

function cut(s: string, n: number): string {
  return s.length <= n ? s.padEnd(n) : `${s.slice(0, n - 1)}…`;
}

const SHORT: Record<string, string> = { autodialed: 'auto', prerecorded: 'prerec', live: 'live' };

/** Renders the table (first `limit` rows) and the summary as text. */
export function formatReport(result: ScrubResult, limit: number): string {
  const { rows, summary: s } = result;
  const out: string[] = [];
  out.push(`dialguard demo: compliance scrub of campaign ${s.campaignId} for ${s.seller}`);
  out.push(`at ${s.at}: ${s.intents} intents, ${s.contacts} contacts, ${s.areaCodes} area codes; ${s.rules} rules (${s.rulesetVersion})`);
  out.push(
    `facts loaded: ${s.facts.consents} consents, ${s.facts.revocations} revocations, ${s.facts.national} national DNC, ` +
      `${s.facts.internal} internal DNC, ${s.facts.attempts} past attempts, ${s.facts.relationships} EBR events`,
  );
  out.push('');
  const shown = rows.slice(0, limit);
  const localOf = (r: ScrubRow): string => (r.localTimes.length ? r.localTimes.join(' / ') : '(no zone: unsupported number)');
  const localWidth = Math.min(48, Math.max(12, ...shown.map((r) => localOf(r).length)));
  const header = `${'#'.padStart(4)}  ${cut('contact', 24)} ${cut('number', 16)} ${cut('local time', localWidth)}  ${cut('call', 28)} verdict`;
  out.push(header);
  out.push('-'.repeat(header.length + 44));
  shown.forEach((r, k) => {
    const number = r.e164 || r.input;
    const call = `${SHORT[r.callType] ?? r.callType} ${r.channel} ${r.purpose}`;
    let verdict: string = r.verdict;
    if (r.verdict === 'LATER') verdict = `LATER    ${r.nextPermittedLocal.join(' / ')}  (${r.reason?.rule ?? '?'})`;
    else if (r.verdict === 'BLOCKED') verdict = `BLOCKED  ${r.reason ? `${r.reason.rule}: ${r.reason.code}` : ''}`;
    out.push(`${String(k + 1).padStart(4)}  ${cut(`${r.contactId} ${r.name}`, 24)} ${cut(number, 16)} ${cut(localOf(r), localWidth)}  ${cut(call, 28)} ${verdict}`);
  });
  if (limit < rows.length) out.push(`… ${rows.length - limit} more rows (use --all to print every row, --json for machine-readable output)`);
  out.push('');
  out.push('Summary');
  const pct = (n: number) => `${((100 * n) / s.intents).toFixed(1)}%`;
  out.push(`  intents checked      ${s.intents}`);
  out.push(`  CALL NOW             ${s.callableNow} (${pct(s.callableNow)})`);
  const edge = (e: ScrubSummary['earliestLater']) => (e ? `${e.at} = ${e.local.join(' / ')} (${e.contactId})` : '—');
  out.push(`  LATER                ${s.callableLater} (${pct(s.callableLater)})`);
  if (s.callableLater > 0) {
    out.push(`    earliest           ${edge(s.earliestLater)}`);
    out.push(`    latest             ${edge(s.latestLater)}`);
  }
  out.push(`  BLOCKED              ${s.blocked} (${pct(s.blocked)}), of which ${s.unsupportedNumbers} unsupported numbers`);
  out.push('');
  out.push('  Top blocking reasons (blocked intents per rule and reason code; one intent can have several):');
  for (const r of s.blockingReasons.slice(0, 10)) out.push(`    ${String(r.count).padStart(4)}  ${r.rule} / ${r.code}`);
  if (s.laterReasons.length) {
    out.push('  Waits (LATER intents per time-based denial):');
    for (const r of s.laterReasons.slice(0, 6)) out.push(`    ${String(r.count).padStart(4)}  ${r.rule} / ${r.code}`);
  }
  if (s.warnings.length) {
    out.push('  Warnings (the call may go out, but fix this):');
    for (const r of s.warnings.slice(0, 6)) out.push(`    ${String(r.count).padStart(4)}  ${r.rule} / ${r.code}`);
  }
  out.push('');
  const a = s.abandonment;
  out.push(
    `  abandonment rate     ${(a.rate * 100).toFixed(2)}% (${a.abandoned} abandoned of ${a.answered} live-answered; ` +
      `period ${a.periodStart?.slice(0, 10) ?? '—'} to ${a.periodEnd?.slice(0, 10) ?? '—'}; limit 3%)`,
  );
  out.push(`  audit chain          ${s.audit.ok ? 'verified' : `BROKEN at entry ${s.audit.brokenAt}`}: ${s.audit.entries} entries`);
  out.push(`  time                 checkMany ${s.timing.checkManyMs} ms; whole run ${s.timing.totalMs} ms`);
  out.push('');
  out.push('Synthetic data; not legal advice.');
  return out.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      at: { type: 'string' },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write('usage: npm run demo -- [--at <ISO date-time with offset>] [--all | --limit N] [--json]\n');
    return;
  }
  let result: ScrubResult;
  try {
    result = await runScrub(values.at !== undefined ? { at: values.at } : {});
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
    return;
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ summary: result.summary, rows: result.rows }, null, 2)}\n`);
    return;
  }
  const limit = values.all ? result.rows.length : values.limit !== undefined ? Math.max(0, Number(values.limit) || 0) : 40;
  process.stdout.write(`${formatReport(result, limit)}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `npm run demo | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  await main(process.argv.slice(2));
}
