/**
 * The demo (`npm run demo`): a compliance scrub of the example campaign in examples/data/.
 * These tests check properties that must hold whatever the rules decide, so they stay true as
 * packs are added: counts add up, "callable now" never hides a denial, bad numbers never pass,
 * "later" means allowed at nextPermittedAt, and no telephone solicitation is callable at night.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGN_AT, formatReport, runScrub, type ScrubResult } from '../examples/scrub';
import { localTime } from '../src/index';

const digits = (phone: string): string => phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

describe('demo: compliance scrub of the example campaign', () => {
  let r: ScrubResult;
  beforeAll(async () => {
    r = await runScrub();
  });

  it('scrubs at least 500 contacts across at least 40 area codes, one intent each', () => {
    expect(r.contacts.length).toBeGreaterThanOrEqual(500);
    expect(r.intents.length).toBe(r.contacts.length);
    expect(r.decisions.length).toBe(r.intents.length);
    const areaCodes = new Set(r.contacts.map((c) => digits(c.phone)).filter((d) => d.length === 10).map((d) => d.slice(0, 3)));
    expect(areaCodes.size).toBeGreaterThanOrEqual(40);
    expect(r.summary.areaCodes).toBeGreaterThanOrEqual(40);
  });

  it('includes split-zone area codes, Arizona, Hawaii and Puerto Rico numbers (issue 2), placed in their zones', () => {
    const byNpa = (npas: string[]) => r.decisions.filter((d) => !d.intent.unsupported && npas.includes(String(d.intent.npa)));
    const az = byNpa(['480', '520', '602', '623', '928']);
    const hi = byNpa(['808']);
    const pr = byNpa(['787', '939']);
    expect(az.length).toBeGreaterThan(0);
    expect(hi.length).toBeGreaterThan(0);
    expect(pr.length).toBeGreaterThan(0);
    for (const d of az) expect(d.intent.zones).toContain('America/Phoenix');
    for (const d of hi) expect(d.intent.zones).toContain('Pacific/Honolulu');
    for (const d of pr) expect(d.intent.zones).toContain('America/Puerto_Rico');
    // split-zone area codes: more than one candidate zone (e.g. 208 Idaho, 541 Oregon, 850 Florida)
    expect(r.decisions.some((d) => !d.intent.unsupported && d.intent.zones.length > 1)).toBe(true);
  });

  it('runs at the fixed campaign instant by default', () => {
    expect(r.summary.at).toBe(CAMPAIGN_AT);
    for (const d of r.decisions) expect(d.intent.instant.toISOString()).toBe(new Date(CAMPAIGN_AT).toISOString());
  });

  it('summary counts add up to the number of intents', () => {
    const s = r.summary;
    expect(s.callableNow + s.callableLater + s.blocked).toBe(s.intents);
    expect(s.callableNow).toBe(r.decisions.filter((d) => d.allowed).length);
    expect(s.callableLater).toBe(r.decisions.filter((d) => !d.allowed && d.nextPermittedAt !== null).length);
    expect(s.blocked).toBe(r.decisions.filter((d) => !d.allowed && d.nextPermittedAt === null).length);
  });

  it('every "callable now" decision has no deny verdict (any deny wins)', () => {
    const now = r.decisions.filter((_, k) => r.rows[k]!.verdict === 'CALL NOW');
    expect(now.length).toBeGreaterThan(0);
    for (const d of now) {
      expect(d.allowed).toBe(true);
      expect(d.denials).toEqual([]);
      expect(d.verdicts.filter((v) => v.outcome === 'deny')).toEqual([]);
    }
  });

  it('every blocked or later decision has at least one denial, and the row names one of them', () => {
    r.decisions.forEach((d, k) => {
      const row = r.rows[k]!;
      if (row.verdict === 'CALL NOW') return;
      expect(d.denials.length).toBeGreaterThan(0);
      expect(d.denials.some((v) => v.rule === row.reason?.rule && v.code === row.reason?.code)).toBe(true);
    });
  });

  it('unsupported numbers (invalid, 900, Canadian 416, toll-free, foreign) are blocked with engine.unsupported-number', () => {
    const bad = r.contacts.map((c, k) => ({ c, d: r.decisions[k]! })).filter(({ c }) => c.note?.startsWith('bad number'));
    expect(bad.length).toBeGreaterThanOrEqual(3);
    const inputs = bad.map(({ c }) => c.phone);
    expect(inputs).toEqual(expect.arrayContaining(['(900) 555-0123', '+1 416 555 0199']));
    for (const { d } of bad) {
      expect(d.allowed).toBe(false);
      expect(d.nextPermittedAt).toBeNull();
      expect(d.denials.map((v) => v.rule)).toContain('engine.unsupported-number');
      expect(d.denials[0]!.code).toBe('unsupported_number');
    }
    // and no valid US number is reported unsupported
    expect(r.summary.unsupportedNumbers).toBe(bad.length);
  });

  it('every "later" decision is allowed at nextPermittedAt and denied one minute before (minute precision)', async () => {
    const later = r.decisions.filter((d) => !d.allowed && d.nextPermittedAt !== null);
    expect(later.length).toBeGreaterThan(0);
    for (const d of later) {
      const k = r.decisions.indexOf(d);
      const intent = r.intents[k]!;
      const t = d.nextPermittedAt!.getTime();
      expect(t).toBeGreaterThan(d.intent.at);
      expect(t % 60_000).toBe(0);
      const at = await r.engine.check({ ...intent, at: new Date(t) });
      expect(at.allowed, `${intent.to} at ${d.nextPermittedAt!.toISOString()}: ${at.denials.map((v) => v.reason).join(' | ')}`).toBe(true);
      const before = await r.engine.check({ ...intent, at: new Date(t - 60_000) });
      expect(before.allowed, `${intent.to} one minute before ${d.nextPermittedAt!.toISOString()}`).toBe(false);
    }
  });

  it('split-zone numbers resolve per exchange and mismatched addresses add their zones (RULES.md §7)', () => {
    const byE164 = new Map(r.decisions.map((d) => [d.intent.e164, d]));
    const find = (prefix: string) => r.decisions.filter((d) => d.intent.e164.startsWith(prefix));
    // 850-432: the Central side of the Florida Panhandle
    const central850 = find('+1850432').filter((d) => d.intent.address === undefined);
    expect(central850.length).toBeGreaterThan(0);
    for (const d of central850) expect(d.intent.zones).toEqual(['America/Chicago']);
    // 907-581 (Unalaska): the RULES.md §7 override, Alaska + Hawaii-Aleutian time
    for (const d of find('+1907581').filter((x) => x.intent.address === undefined)) expect(d.intent.zones).toEqual(['America/Adak', 'America/Anchorage']);
    // an address in another state contributes that state's zones
    const moved = r.contacts.filter((c) => c.note?.includes('but address in'));
    expect(moved.length).toBeGreaterThan(0);
    for (const c of moved) {
      const d = byE164.get(`+1${digits(c.phone)}`)!;
      expect(d.intent.zoneSources).toEqual(['area-code', 'address']);
      expect(d.intent.states).toContain(c.address!.state);
    }
  });

  it('the audit chain verifies and holds a decision for every intent', () => {
    expect(r.summary.audit.ok).toBe(true);
    expect(r.summary.audit.entries).toBeGreaterThanOrEqual(r.intents.length);
  });

  it('is reproducible: the same verdicts on a second run', async () => {
    const again = await runScrub();
    expect(again.rows.map((x) => [x.verdict, x.nextPermittedAt, x.reason?.rule])).toEqual(r.rows.map((x) => [x.verdict, x.nextPermittedAt, x.reason?.rule]));
  });

  it('prints a table of the first rows and the summary', () => {
    const text = formatReport(r, 40);
    expect(text).toContain('Summary');
    expect(text).toContain(`intents checked      ${r.summary.intents}`);
    expect(text).toContain('audit chain          verified');
    expect(text.split('\n').filter((l) => /^\s+\d+ {2}C-\d{4}/.test(l))).toHaveLength(40);
  });
});

describe('demo pinned to a night instant', () => {
  // 47 CFR 64.1200(c)(1), 16 CFR 310.4(c): no telephone solicitation before 08:00 or after 21:00
  // at the called party's location. 2026-03-11T02:30-05:00 is 03:30 EDT, 23:30 AKDT and 21:30 HST:
  // outside the window in every zone of the example data.
  it('2026-03-11T02:30:00-05:00: zero telemarketing calls are callable now', async () => {
    const night = await runScrub({ at: '2026-03-11T02:30:00-05:00' });
    const tm = night.decisions.filter((d) => d.intent.purpose === 'telemarketing');
    expect(tm.length).toBeGreaterThan(200);
    expect(tm.filter((d) => d.allowed)).toEqual([]);
    // and they come back in the morning, in the called party's zone(s)
    expect(tm.some((d) => d.nextPermittedAt !== null)).toBe(true);
    expect(night.summary.callableNow + night.summary.callableLater + night.summary.blocked).toBe(night.summary.intents);
  });

  // 2026-03-10T23:30-05:00 is 00:30 EDT but only 18:30 in Honolulu and 20:30 in Anchorage: the
  // window is still open there, so "night on the East Coast" must not block Hawaii and Alaska.
  it('2026-03-10T23:30:00-05:00: a telemarketing call is callable only where it is 08:00-21:00 in every candidate zone', async () => {
    const late = await runScrub({ at: '2026-03-10T23:30:00-05:00' });
    const callable = late.decisions.filter((d) => d.intent.purpose === 'telemarketing' && d.allowed);
    for (const d of callable) {
      for (const z of d.intent.zones) {
        const m = localTime(z, d.intent.at).minuteOfDay;
        expect(m >= 8 * 60 && m < 21 * 60, `${d.intent.e164} ${z}`).toBe(true);
      }
    }
    for (const d of late.decisions.filter((x) => x.intent.purpose === 'telemarketing' && x.intent.zones.includes('America/New_York'))) {
      expect(d.allowed).toBe(false);
    }
  });

  it('rejects an --at without an offset', async () => {
    await expect(runScrub({ at: '2026-03-10T14:00:00' })).rejects.toThrow(/offset/);
  });
});
