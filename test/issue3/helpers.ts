/**
 * Shared fixtures for the issue-3 audit tests (state law, Reg F, abandonment, ethics). Not a test
 * file: vitest only collects `*.test.ts`. Everything goes through the public entry point.
 */
import { expect } from 'vitest';
import { Temporal } from '@js-temporal/polyfill';
import { createEngine, states, type CallIntent, type Decision, type Engine, type EngineOptions, type Rule, type Verdict } from '../../src/index';

/** One number per state (area code → state and zones, checked in the tests that use them). */
export const PHONE = {
  AL: '(205) 555-0123', // America/Chicago
  AK: '(907) 555-0123', // America/Anchorage + America/Adak
  AR: '(501) 555-0123',
  AZ: '(602) 555-0123',
  CA: '(213) 555-0123', // America/Los_Angeles
  CO: '(303) 555-0123',
  CT: '(203) 555-0123',
  DC: '(202) 555-0123',
  DE: '(302) 555-0123',
  FL: '(305) 555-0123', // America/New_York
  GA: '(404) 555-0123',
  HI: '(808) 555-0123',
  IA: '(515) 555-0123',
  ID: '(208) 555-0123', // America/Boise + America/Los_Angeles
  IL: '(312) 555-0123',
  IN: '(317) 555-0123',
  KS: '(785) 555-0123', // America/Chicago
  KY: '(502) 555-0123', // America/New_York
  LA: '(504) 555-0123', // America/Chicago
  MA: '(617) 555-0123',
  MD: '(410) 555-0123',
  ME: '(207) 555-0123',
  MI: '(313) 555-0123', // America/New_York
  MN: '(612) 555-0123', // America/Chicago
  MO: '(314) 555-0123',
  MS: '(601) 555-0123', // America/Chicago
  MT: '(406) 555-0123',
  NC: '(919) 555-0123',
  ND: '(701) 555-0123', // America/Denver + America/North_Dakota/Center (main: Central)
  NE: '(402) 555-0123', // America/Chicago
  NH: '(603) 555-0123',
  NJ: '(201) 555-0123',
  NM: '(505) 555-0123', // America/Denver
  NV: '(702) 555-0123', // America/Los_Angeles
  NY: '(212) 555-0123',
  OH: '(614) 555-0123',
  OK: '(405) 555-0123', // America/Chicago
  OR: '(503) 555-0123', // America/Los_Angeles
  PA: '(215) 555-0123',
  RI: '(401) 555-0123',
  SC: '(803) 555-0123',
  SD: '(605) 555-0123', // America/Denver + America/North_Dakota/Center
  TN: '(615) 555-0123',
  TX: '(214) 555-0123', // America/Chicago
  UT: '(801) 555-0123', // America/Denver
  VA: '(804) 555-0123',
  VT: '(802) 555-0123',
  WA: '(206) 555-0123', // America/Los_Angeles
  WI: '(414) 555-0123',
  WV: '(304) 555-0123',
  WY: '(307) 555-0123', // America/Denver
} as const;

export type St = keyof typeof PHONE;

/** The main zone of each number above (the first candidate zone). */
export const ZONE: Record<St, string> = {
  AL: 'America/Chicago', AK: 'America/Anchorage', AR: 'America/Chicago', AZ: 'America/Phoenix', CA: 'America/Los_Angeles',
  CO: 'America/Denver', CT: 'America/New_York', DC: 'America/New_York', DE: 'America/New_York', FL: 'America/New_York',
  GA: 'America/New_York', HI: 'Pacific/Honolulu', IA: 'America/Chicago', ID: 'America/Boise', IL: 'America/Chicago',
  IN: 'America/New_York', KS: 'America/Chicago', KY: 'America/New_York', LA: 'America/Chicago', MA: 'America/New_York',
  MD: 'America/New_York', ME: 'America/New_York', MI: 'America/New_York', MN: 'America/Chicago', MO: 'America/Chicago',
  MS: 'America/Chicago', MT: 'America/Denver', NC: 'America/New_York', ND: 'America/North_Dakota/Center', NE: 'America/Chicago',
  NH: 'America/New_York', NJ: 'America/New_York', NM: 'America/Denver', NV: 'America/Los_Angeles', NY: 'America/New_York',
  OH: 'America/New_York', OK: 'America/Chicago', OR: 'America/Los_Angeles', PA: 'America/New_York', RI: 'America/New_York',
  SC: 'America/New_York', SD: 'America/Denver', TN: 'America/Chicago', TX: 'America/Chicago', UT: 'America/Denver',
  VA: 'America/New_York', VT: 'America/New_York', WA: 'America/Los_Angeles', WI: 'America/Chicago', WV: 'America/New_York',
  WY: 'America/Denver',
};

/** The instant of a local wall-clock time in a zone (Temporal, independent of src/time). */
export function local(zone: string, date: string, time: string): Date {
  const zdt = Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone, { disambiguation: 'compatible' });
  return new Date(zdt.epochMilliseconds);
}

/** A local wall-clock time in a state's main zone. */
export const at = (st: St, date: string, time: string): Date => local(ZONE[st], date, time);

/** The next calendar date. */
export const nextDate = (date: string, n = 1): string => Temporal.PlainDate.from(date).add({ days: n }).toString();

/** Day of week 1 (Mon) .. 7 (Sun). */
export const dow = (date: string): number => Temporal.PlainDate.from(date).dayOfWeek;

/** An engine with the given rules (default: the states pack), seller 'Firm', no audit. */
export function engineOf(rules: readonly Rule[] = states, options: Omit<EngineOptions, 'rules' | 'seller'> = {}): Engine {
  return createEngine({ rules, seller: 'Firm', auditDecisions: false, ...options });
}

/** A live telemarketing voice call, with overrides. */
export const tm = (to: string, when: Date | string, over: Partial<CallIntent> = {}): CallIntent => ({
  to,
  at: when,
  callType: 'live',
  purpose: 'telemarketing',
  ...over,
});

/** The verdicts of one rule in a decision. */
export const verdicts = (d: Decision, id: string): Verdict[] => d.verdicts.filter((v) => v.rule === id);

/** The one verdict of a rule (fails the test when there is not exactly one). */
export function only(d: Decision, id: string): Verdict {
  const vs = verdicts(d, id);
  expect(vs, `${id} in ${JSON.stringify(d.verdicts.map((v) => `${v.rule}:${v.outcome}:${v.code}`))}`).toHaveLength(1);
  return vs[0]!;
}

/** Every verdict of a state rule (id `state.*`). */
export const stateVerdicts = (d: Decision): Verdict[] => d.verdicts.filter((v) => v.rule.startsWith('state.'));

export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** The local calendar date of an instant in a zone (Temporal). */
export function localDateOf(zone: string, instant: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(zone).toPlainDate().toString();
}
