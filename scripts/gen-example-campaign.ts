/**
 * Generates the example campaign scrubbed by `examples/scrub.ts` (`npm run demo`): synthetic
 * contacts, one call intent per contact, and the stored facts a firm would already have
 * (consents, revocations, do-not-call lists, call history, business relationships).
 *
 * Deterministic: a fixed-seed PRNG (mulberry32) written inline, no clock, no randomness from the
 * environment, so re-running it rewrites byte-identical files. Every date is relative to the fixed
 * campaign instant {@link CAMPAIGN_AT}.
 *
 * All people are invented. Line numbers are in the 01xx range (the 555-01xx fictional-number
 * convention), on valid NANP exchanges (NXX 2-9, not N11) chosen so that the time-zone tables
 * resolve them: split-zone area codes get exchanges on each side of the line (e.g. an 850 NXX
 * mapped to Central). IP addresses are in TEST-NET-3 (203.0.113.0/24), URLs under `.test`.
 *
 * Usage:
 *   npx tsx scripts/gen-example-campaign.ts           # (re)write examples/data/*.json
 *   npx tsx scripts/gen-example-campaign.ts --check   # exit 1 if the committed files differ
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookupNanp, stateForZip } from '../src/index';
import { mulberry32 } from './prng';
import type {
  Address,
  AttemptRecord,
  CallIntent,
  CallType,
  Channel,
  ConsentGrant,
  LineType,
  Outcome,
  Purpose,
  ReassignedNumberQuery,
  Relationship,
  RelationshipEvent,
  Revocation,
} from '../src/index';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'examples', 'data');

/** The fixed campaign instant: every date in the data is relative to it. */
const CAMPAIGN_AT = '2026-03-10T14:00:00-05:00';
/** The campaign id on every intent. */
const CAMPAIGN_ID = 'intake-march';
/** The calling firm (the engine's seller in the demo). */
const SELLER = 'Smith & Lee LLP';
const CALLER_ID = '+12125550100';
const SEED = 20260310;
const CONTACTS = 520; // valid-looking numbers; the bad numbers come on top

const T = Date.parse(CAMPAIGN_AT);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// --- PRNG -----------------------------------------------------------------------------------

const rnd = mulberry32(SEED);
const chance = (p: number): boolean => rnd() < p;
const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
function pick<T>(xs: readonly T[]): T {
  const x = xs[Math.floor(rnd() * xs.length)];
  if (x === undefined) throw new Error('pick from an empty list');
  return x;
}
function weighted<T>(xs: readonly (readonly [T, number])[]): T {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let r = rnd() * total;
  for (const [x, w] of xs) {
    r -= w;
    if (r < 0) return x;
  }
  return xs[xs.length - 1]![0];
}
function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

// --- Area codes -----------------------------------------------------------------------------

/** An exchange to draw numbers from: NXX, a ZIP in the matching area, and the zones we expect. */
interface Exchange {
  nxx: number;
  zip: string;
  /** Expected zones (checked against lookupNanp so the data cannot silently drift). */
  zones?: string;
  note?: string;
}
interface AreaCode {
  npa: number;
  state: string;
  weight: number;
  exchanges: Exchange[];
}

const ET = 'America/New_York';
const CT = 'America/Chicago';
const MT = 'America/Denver';
const PT = 'America/Los_Angeles';
const x = (nxx: number, zip: string, zones?: string, note?: string): Exchange => ({ nxx, zip, ...(zones ? { zones } : {}), ...(note ? { note } : {}) });

const AREA_CODES: AreaCode[] = [
  // Split-zone area codes (RULES.md §7): an exchange on each side of the line.
  { npa: 850, state: 'FL', weight: 3, exchanges: [x(432, '32501', CT, '850 NXX mapped to Central (Pensacola side)'), x(456, '32501', CT), x(201, '32301', ET, '850 NXX on Eastern (Tallahassee side)')] },
  { npa: 448, state: 'FL', weight: 1, exchanges: [x(201, '32501', `${CT}&${ET}`, '850 overlay without NXX data: both zones')] },
  { npa: 208, state: 'ID', weight: 2, exchanges: [x(201, '83702', MT, 'southern Idaho, Mountain'), x(215, '83814', PT, 'northern Idaho, Pacific'), x(200, '83702', `America/Boise&${PT}`, 'exchange the map cannot place: both zones')] },
  { npa: 541, state: 'OR', weight: 2, exchanges: [x(881, '97914', MT, 'Ontario, Malheur County: Mountain'), x(299, '97401', PT)] },
  { npa: 270, state: 'KY', weight: 2, exchanges: [x(202, '42101', CT, 'western Kentucky: Central'), x(296, '42701', ET)] },
  { npa: 364, state: 'KY', weight: 1, exchanges: [x(201, '42001', `${CT}&${ET}`, '270 overlay without NXX data: both zones')] },
  { npa: 812, state: 'IN', weight: 2, exchanges: [x(422, '47708', CT, 'Evansville area: Central'), x(293, '47401', ET)] },
  { npa: 219, state: 'IN', weight: 1, exchanges: [x(226, '46320', CT), x(291, '46320', `${CT}&${ET}`, 'unlisted 219 NXX: both zones')] },
  { npa: 423, state: 'TN', weight: 1, exchanges: [x(202, '37402', ET), x(308, '37402', `${CT}&${ET}`, 'unlisted 423 NXX: both zones')] },
  { npa: 906, state: 'MI', weight: 1, exchanges: [x(563, '49801', CT, 'Upper Peninsula, Central counties'), x(299, '49855', ET)] },
  { npa: 605, state: 'SD', weight: 2, exchanges: [x(297, '57104', CT), x(343, '57701', MT, 'West River: Mountain'), x(296, '57104', `${MT}&America/North_Dakota/Center`, 'area-code default: both zones')] },
  { npa: 701, state: 'ND', weight: 2, exchanges: [x(236, '58102', CT), x(227, '58601', MT, 'southwest North Dakota: Mountain'), x(333, '58501', `${MT}&America/North_Dakota/Center`, 'area-code default: both zones')] },
  { npa: 308, state: 'NE', weight: 1, exchanges: [x(235, '69361', MT, 'western Nebraska: Mountain'), x(310, '68801', CT)] },
  { npa: 620, state: 'KS', weight: 1, exchanges: [x(376, '67879', MT, 'Tribune, Greeley County: Mountain'), x(227, '67801', CT)] },
  { npa: 775, state: 'NV', weight: 1, exchanges: [x(324, '89501', PT), x(664, '89883', MT, 'West Wendover: Mountain'), x(293, '89801', `America/Boise&${PT}`)] },
  { npa: 907, state: 'AK', weight: 2, exchanges: [x(243, '99801', 'America/Juneau'), x(340, '99501', 'America/Adak&America/Anchorage'), x(581, '99685', 'America/Adak&America/Anchorage', 'Unalaska: RULES.md §7 override')] },
  // No DST: Arizona (Navajo Nation excepted), Hawaii, Puerto Rico.
  { npa: 602, state: 'AZ', weight: 3, exchanges: [x(256, '85004', 'America/Phoenix'), x(555, '85004', 'America/Phoenix')] },
  { npa: 520, state: 'AZ', weight: 2, exchanges: [x(298, '85701', 'America/Phoenix')] },
  { npa: 480, state: 'AZ', weight: 2, exchanges: [x(350, '85201', 'America/Phoenix')] },
  { npa: 928, state: 'AZ', weight: 1, exchanges: [x(298, '86001', 'America/Phoenix'), x(673, '86515', `${MT}&America/Phoenix`, 'Navajo Nation exchange: observes DST')] },
  { npa: 808, state: 'HI', weight: 3, exchanges: [x(295, '96813', 'Pacific/Honolulu'), x(555, '96813', 'Pacific/Honolulu')] },
  { npa: 787, state: 'PR', weight: 2, exchanges: [x(294, '00901', 'America/Puerto_Rico')] },
  // Big states and the rest.
  { npa: 212, state: 'NY', weight: 6, exchanges: [x(736, '10001', ET), x(555, '10016', ET)] },
  { npa: 718, state: 'NY', weight: 4, exchanges: [x(389, '11201', ET)] },
  { npa: 917, state: 'NY', weight: 4, exchanges: [x(555, '10016', ET)] },
  { npa: 213, state: 'CA', weight: 5, exchanges: [x(555, '90012', PT), x(687, '90012', PT)] },
  { npa: 310, state: 'CA', weight: 4, exchanges: [x(394, '90401', PT)] },
  { npa: 415, state: 'CA', weight: 4, exchanges: [x(555, '94103', PT)] },
  { npa: 619, state: 'CA', weight: 3, exchanges: [x(236, '92101', PT)] },
  { npa: 916, state: 'CA', weight: 3, exchanges: [x(445, '95814', PT)] },
  { npa: 713, state: 'TX', weight: 5, exchanges: [x(555, '77002', CT), x(650, '77002', CT)] },
  { npa: 214, state: 'TX', weight: 4, exchanges: [x(555, '75201', CT)] },
  { npa: 512, state: 'TX', weight: 3, exchanges: [x(472, '78701', CT)] },
  { npa: 210, state: 'TX', weight: 3, exchanges: [x(555, '78205', CT)] },
  { npa: 915, state: 'TX', weight: 1, exchanges: [x(533, '79901', MT, 'El Paso: Mountain')] },
  { npa: 305, state: 'FL', weight: 5, exchanges: [x(555, '33101', ET), x(374, '33101', ET)] },
  { npa: 407, state: 'FL', weight: 4, exchanges: [x(555, '32801', ET)] },
  { npa: 813, state: 'FL', weight: 3, exchanges: [x(223, '33602', ET)] },
  { npa: 904, state: 'FL', weight: 3, exchanges: [x(555, '32202', ET)] },
  { npa: 312, state: 'IL', weight: 4, exchanges: [x(555, '60601', CT)] },
  { npa: 773, state: 'IL', weight: 3, exchanges: [x(288, '60614', CT)] },
  { npa: 215, state: 'PA', weight: 3, exchanges: [x(555, '19103', ET)] },
  { npa: 412, state: 'PA', weight: 2, exchanges: [x(391, '15222', ET)] },
  { npa: 404, state: 'GA', weight: 3, exchanges: [x(555, '30303', ET)] },
  { npa: 617, state: 'MA', weight: 3, exchanges: [x(555, '02108', ET)] },
  { npa: 206, state: 'WA', weight: 3, exchanges: [x(555, '98101', PT)] },
  { npa: 303, state: 'CO', weight: 3, exchanges: [x(555, '80202', MT)] },
  { npa: 313, state: 'MI', weight: 2, exchanges: [x(555, '48226', ET)] },
  { npa: 612, state: 'MN', weight: 2, exchanges: [x(555, '55401', CT)] },
  { npa: 704, state: 'NC', weight: 2, exchanges: [x(555, '28202', ET)] },
  { npa: 919, state: 'NC', weight: 2, exchanges: [x(555, '27601', ET)] },
  { npa: 614, state: 'OH', weight: 2, exchanges: [x(555, '43215', ET)] },
  { npa: 216, state: 'OH', weight: 2, exchanges: [x(555, '44113', ET)] },
  { npa: 615, state: 'TN', weight: 2, exchanges: [x(555, '37203', CT)] },
  { npa: 702, state: 'NV', weight: 2, exchanges: [x(555, '89101', PT)] },
  { npa: 503, state: 'OR', weight: 2, exchanges: [x(555, '97201', PT)] },
  { npa: 801, state: 'UT', weight: 2, exchanges: [x(555, '84101', MT)] },
  { npa: 504, state: 'LA', weight: 2, exchanges: [x(555, '70112', CT)] },
  { npa: 405, state: 'OK', weight: 2, exchanges: [x(555, '73102', CT)] },
  { npa: 410, state: 'MD', weight: 2, exchanges: [x(555, '21201', ET)] },
  { npa: 203, state: 'CT', weight: 2, exchanges: [x(555, '06510', ET)] },
  { npa: 401, state: 'RI', weight: 1, exchanges: [x(555, '02903', ET)] },
  { npa: 202, state: 'DC', weight: 2, exchanges: [x(555, '20001', ET)] },
  { npa: 201, state: 'NJ', weight: 2, exchanges: [x(555, '07302', ET)] },
  { npa: 703, state: 'VA', weight: 2, exchanges: [x(555, '22201', ET)] },
  { npa: 314, state: 'MO', weight: 2, exchanges: [x(555, '63101', CT)] },
  { npa: 317, state: 'IN', weight: 2, exchanges: [x(555, '46204', ET)] },
  { npa: 502, state: 'KY', weight: 1, exchanges: [x(555, '40202', ET)] },
  { npa: 205, state: 'AL', weight: 1, exchanges: [x(555, '35203', CT)] },
  { npa: 843, state: 'SC', weight: 1, exchanges: [x(555, '29401', ET)] },
  { npa: 601, state: 'MS', weight: 1, exchanges: [x(555, '39201', CT)] },
  { npa: 505, state: 'NM', weight: 1, exchanges: [x(555, '87102', MT)] },
  { npa: 406, state: 'MT', weight: 1, exchanges: [x(555, '59601', MT)] },
  { npa: 307, state: 'WY', weight: 1, exchanges: [x(555, '82001', MT)] },
  { npa: 802, state: 'VT', weight: 1, exchanges: [x(555, '05401', ET)] },
  { npa: 207, state: 'ME', weight: 1, exchanges: [x(555, '04101', ET)] },
  { npa: 603, state: 'NH', weight: 1, exchanges: [x(555, '03301', ET)] },
  { npa: 302, state: 'DE', weight: 1, exchanges: [x(555, '19801', ET)] },
  { npa: 304, state: 'WV', weight: 1, exchanges: [x(555, '25301', ET)] },
  { npa: 501, state: 'AR', weight: 1, exchanges: [x(555, '72201', CT)] },
  { npa: 515, state: 'IA', weight: 1, exchanges: [x(555, '50309', CT)] },
  { npa: 402, state: 'NE', weight: 1, exchanges: [x(555, '68102', CT)] },
  { npa: 316, state: 'KS', weight: 1, exchanges: [x(555, '67202', CT)] },
  { npa: 414, state: 'WI', weight: 1, exchanges: [x(555, '53202', CT)] },
];

/** Addresses used for area-code / address mismatches (a number that moved with its owner). */
const MOVED_TO: readonly Address[] = [
  { state: 'CA', zip: '94103' },
  { state: 'TX', zip: '77002' },
  { state: 'NY', zip: '10001' },
  { state: 'AZ', zip: '85004' },
  { state: 'HI', zip: '96813' },
  { state: 'FL', zip: '33101' },
  { state: 'WA', zip: '98101' },
  { state: 'IL', zip: '60601' },
];

/** Numbers the engine must refuse to decide on (engine.unsupported-number). */
const BAD_NUMBERS: readonly { phone: string; note: string }[] = [
  { phone: '555-0142', note: 'bad number: seven digits, no area code' },
  { phone: '(900) 555-0123', note: 'bad number: 900 premium-rate code' },
  { phone: '+1 416 555 0199', note: 'bad number: Toronto (Canada), not a US number' },
  { phone: '(800) 555-0100', note: 'bad number: toll-free, no location' },
  { phone: '212-011-0155', note: 'bad number: exchange starts with 0' },
  { phone: '+44 20 7946 0958', note: 'bad number: United Kingdom' },
];

const FIRST = ['Avery', 'Blake', 'Casey', 'Dana', 'Eli', 'Frankie', 'Gray', 'Harper', 'Indy', 'Jordan', 'Kai', 'Logan', 'Morgan', 'Noel', 'Oakley', 'Parker', 'Quinn', 'Riley', 'Sage', 'Tatum', 'Uma', 'Val', 'Wren', 'Yael', 'Zion', 'Ari', 'Bo', 'Cam', 'Drew', 'Emery'];
const LAST = ['Abbott', 'Brightwater', 'Castellano', 'Delacroix', 'Eastwood', 'Fairbanks', 'Galloway', 'Hollis', 'Ingram', 'Jernigan', 'Kowalczyk', 'Lindqvist', 'Marchetti', 'Nakashima', 'Okafor', 'Pellegrino', 'Quintero', 'Rasmussen', 'Szabo', 'Thibodeaux', 'Underhill', 'Vasquez', 'Whitlock', 'Yamamoto', 'Zielinski'];

// --- Plan: one row per contact ----------------------------------------------------------------

interface Plan {
  id: string;
  name: string;
  phone: string;
  e164?: string;
  npa?: number;
  state?: string;
  lineType: LineType;
  address?: Address;
  relationship?: Relationship;
  subject?: string;
  note?: string;
  callType: CallType;
  channel: Channel;
  purpose: Purpose;
  callerId?: string;
  sensitivity?: 'sensitive';
  doNotSolicit?: true;
  bad?: true;
}

function formatPhone(npa: number, nxx: number, line: number, style: number): string {
  const l = String(line).padStart(4, '0');
  switch (style) {
    case 0:
      return `(${npa}) ${nxx}-${l}`;
    case 1:
      return `${npa}-${nxx}-${l}`;
    case 2:
      return `+1 ${npa} ${nxx} ${l}`;
    default:
      return `1${npa}${nxx}${l}`;
  }
}

function checkExchanges(): void {
  for (const ac of AREA_CODES) {
    for (const ex of ac.exchanges) {
      if (ex.nxx < 200 || ex.nxx % 100 === 11) throw new Error(`${ac.npa}-${ex.nxx}: not a valid NXX`);
      const loc = lookupNanp(ac.npa, ex.nxx);
      if (!loc || loc.region !== 'US' || !loc.states.includes(ac.state)) throw new Error(`${ac.npa}-${ex.nxx}: not a ${ac.state} number in the NANP tables`);
      if (ex.zones !== undefined && loc.zones.join('&') !== ex.zones) {
        throw new Error(`${ac.npa}-${ex.nxx}: expected zones ${ex.zones}, the tables say ${loc.zones.join('&')}`);
      }
      if (stateForZip(ex.zip) !== ac.state) throw new Error(`${ac.npa}-${ex.nxx}: ZIP ${ex.zip} is not in ${ac.state}`);
    }
  }
}

function buildPlans(): Plan[] {
  checkExchanges();
  const used = new Set<string>();
  const draws: { ac: AreaCode; ex: Exchange }[] = [];
  // Every exchange at least once, then weighted draws.
  for (const ac of AREA_CODES) for (const ex of ac.exchanges) draws.push({ ac, ex });
  const byWeight = AREA_CODES.map((ac) => [ac, ac.weight] as const);
  while (draws.length < CONTACTS) {
    const ac = weighted(byWeight);
    draws.push({ ac, ex: pick(ac.exchanges) });
  }
  shuffle(draws);

  const plans: Plan[] = [];
  const showcased = new Set<Exchange>();
  for (const { ac, ex } of draws) {
    let line = 0;
    let e164 = '';
    do {
      line = int(100, 199);
      e164 = `+1${ac.npa}${ex.nxx}${String(line).padStart(4, '0')}`;
    } while (used.has(e164));
    used.add(e164);
    const purpose = weighted<Purpose>([['telemarketing', 45], ['informational', 30], ['debt-collection', 25]]);
    const channel: Channel = purpose !== 'debt-collection' && chance(0.2) ? 'sms' : 'voice';
    const callType: CallType = channel === 'sms' ? (chance(0.85) ? 'autodialed' : 'live') : weighted<CallType>([['autodialed', 30], ['prerecorded', 30], ['live', 40]]);
    const lineType: LineType = channel === 'sms' ? (chance(0.9) ? 'wireless' : 'unknown') : weighted<LineType>([['wireless', 50], ['landline', 25], ['voip', 5], ['unknown', 20]]);
    const p: Plan = {
      id: '',
      name: `${pick(FIRST)} ${pick(LAST)}`,
      phone: formatPhone(ac.npa, ex.nxx, line, int(0, 3)),
      e164,
      npa: ac.npa,
      state: ac.state,
      lineType,
      callType,
      channel,
      purpose,
    };
    if (ex.note) p.note = ex.note;
    // The first number of a noted exchange has no address, so its area-code zones show alone.
    const showcase = ex.note !== undefined && !showcased.has(ex);
    if (showcase) showcased.add(ex);
    // Address on file for about 55%; a few live elsewhere than their area code says.
    if (chance(0.55) && !showcase) {
      if (chance(0.06)) {
        const moved = pick(MOVED_TO.filter((a) => a.state !== ac.state));
        p.address = { ...moved };
        p.note = `area code ${ac.npa} (${ac.state}) but address in ${moved.state}`;
      } else {
        const zip = ex.zip.slice(0, 3) + String(int(0, 99)).padStart(2, '0');
        p.address = chance(0.15) ? { state: ac.state } : chance(0.15) ? { zip } : { state: ac.state, zip };
      }
    }
    if (purpose === 'telemarketing') {
      const rel = weighted<Relationship | undefined>([['prospect', 45], ['client', 15], ['former-client', 15], [undefined, 25]]);
      if (rel) p.relationship = rel;
      if (channel === 'voice' && chance(0.9)) p.callerId = CALLER_ID;
    } else if (purpose === 'informational') {
      const rel = weighted<Relationship | undefined>([['client', 70], ['former-client', 10], [undefined, 20]]);
      if (rel) p.relationship = rel;
      if (chance(0.6)) p.subject = `matter-${String(int(1000, 9999))}`;
      if (chance(0.05)) p.sensitivity = 'sensitive';
      if (channel === 'voice') p.callerId = CALLER_ID;
    } else {
      p.subject = 'debt-'; // numbered with the contact id below
      if (chance(0.3)) p.relationship = 'former-client';
      p.callerId = CALLER_ID;
    }
    plans.push(p);
  }
  // Two prospects asked not to be solicited (ABA Model Rule 7.3(c)).
  for (const p of plans.filter((q) => q.relationship === 'prospect').slice(0, 2)) p.doNotSolicit = true;

  // The bad numbers, at fixed positions (one within the first rows the demo prints).
  const positions = [5, 17, 120, 260, 390, 470];
  BAD_NUMBERS.forEach((b, k) => {
    plans.splice(positions[k]!, 0, {
      id: '',
      name: `${pick(FIRST)} ${pick(LAST)}`,
      phone: b.phone,
      lineType: 'unknown',
      callType: 'autodialed',
      channel: 'voice',
      purpose: 'telemarketing',
      relationship: 'prospect',
      callerId: CALLER_ID,
      note: b.note,
      bad: true,
    });
  });
  plans.forEach((p, k) => {
    p.id = `C-${String(k + 1).padStart(4, '0')}`;
    if (p.subject === 'debt-') p.subject = `debt-${2600 + k + 1}`;
  });
  return plans;
}

// --- Facts ----------------------------------------------------------------------------------

const DISCLOSURE =
  'By signing, I agree that Smith & Lee LLP may call and text me at the number above about legal services, ' +
  'including calls and texts made with an autodialer and prerecorded or artificial-voice messages. ' +
  'I understand that my consent is not a condition of any purchase or service and that I can revoke it at any time.';

function consentFor(p: Plan, capturedAt: number, k: number): ConsentGrant {
  const written = p.purpose === 'telemarketing' ? chance(0.7) : chance(0.4);
  const g: ConsentGrant = written
    ? {
        phone: p.phone,
        kind: 'prior-express-written',
        evidence: chance(0.6)
          ? {
              method: 'web-form',
              capturedAt: iso(capturedAt),
              disclosureText: DISCLOSURE,
              signature: `/s/ ${p.name} (E-SIGN Act checkbox)`,
              ip: `203.0.113.${int(1, 254)}`,
              userAgent: 'Mozilla/5.0 (example)',
              certificateUrl: `https://consent.example.test/certificates/${p.id}`,
            }
          : {
              method: 'e-sign',
              capturedAt: iso(capturedAt),
              disclosureText: DISCLOSURE,
              signature: `/s/ ${p.name}`,
              documentRef: `engagement-docs/${p.id}-consent.pdf`,
            },
      }
    : {
        phone: p.phone,
        kind: 'prior-express',
        evidence: chance(0.5)
          ? { method: 'recorded-oral', capturedAt: iso(capturedAt), documentRef: `recordings/intake-${p.id}.wav` }
          : { method: 'verbal', capturedAt: iso(capturedAt) },
      };
  // A few consents with a narrow scope.
  if (k % 23 === 4) g.scope = { channels: ['sms'] };
  else if (k % 23 === 15) g.scope = { purposes: ['informational'] };
  else if (k % 37 === 11) g.scope = { callTypes: ['live', 'autodialed'] };
  return g;
}

interface Facts {
  consents: ConsentGrant[];
  revocations: Revocation[];
  dnc: { national: string[]; internal: string[] };
  history: AttemptRecord[];
  relationships: RelationshipEvent[];
  reassigned: ReassignedNumberQuery[];
}

function buildFacts(plans: Plan[]): Facts {
  const good = plans.filter((p) => !p.bad);
  const consents: ConsentGrant[] = [];
  const revocations: Revocation[] = [];
  const national: string[] = [];
  const internal: string[] = [];
  const history: AttemptRecord[] = [];
  const relationships: RelationshipEvent[] = [];
  const digits = (p: Plan): string => p.e164!.slice(2);

  // Consents: ~30% of contacts, more often where the call type needs one.
  const consented: Plan[] = [];
  for (const p of good) {
    const needsOne = p.callType !== 'live';
    if (chance(needsOne ? 0.4 : 0.12)) consented.push(p);
  }
  consented.forEach((p, k) => consents.push(consentFor(p, T - int(5, 420) * DAY - int(0, 8) * HOUR, k)));
  // Two consents given to another firm: they do not count for this seller.
  for (const p of good.filter((q) => !consented.includes(q) && q.callType === 'autodialed').slice(0, 2)) {
    consents.push({ ...consentFor(p, T - 60 * DAY, 0), seller: 'Other Firm LLP' });
  }

  // Revocations: a few consenting contacts withdrew consent, by various means.
  const revokers = consented.filter((_, k) => k % 19 === 3).slice(0, 8);
  const how: readonly Pick<Revocation, 'via' | 'text'>[] = [
    { via: 'sms', text: 'STOP' },
    { via: 'voice', text: 'please stop calling me' },
    { via: 'email', text: 'Unsubscribe me from your calls.' },
    { via: 'dtmf', text: '9' },
    { via: 'web', text: 'Preference center: no calls or texts' },
    { via: 'sms', text: 'REVOKE' },
    { via: 'in-person', text: 'Told the receptionist not to call again' },
    { via: 'mail', text: 'Letter asking to stop all calls' },
  ];
  revokers.forEach((p, k) => {
    revocations.push({ phone: p.phone, ...how[k % how.length]!, at: iso(T - int(1, 20) * DAY - int(0, 6) * HOUR) });
    if (p.purpose === 'telemarketing') internal.push(p.e164!);
  });
  // One of them later consented again (a new grant after the revocation counts).
  const renewed = revokers[1];
  if (renewed) {
    consents.push({
      phone: renewed.phone,
      kind: 'prior-express-written',
      evidence: { method: 'e-sign', capturedAt: iso(T - 12 * HOUR), disclosureText: DISCLOSURE, signature: `/s/ ${renewed.name}`, documentRef: `engagement-docs/${renewed.id}-reconsent.pdf` },
    });
  }
  // A stand-alone opt-out from someone with no consent on file.
  const optOut = good.find((p) => p.purpose === 'telemarketing' && !consented.includes(p));
  if (optOut) revocations.push({ phone: optOut.phone, via: 'sms', text: 'stop texting me', at: iso(T - 3 * DAY) });

  // National DNC ~10%, internal ~3% (plus the telemarketing revokers above).
  for (const p of good) {
    if (chance(0.1)) national.push(digits(p));
    if (chance(0.025) && !internal.includes(p.e164!)) internal.push(p.e164!);
  }

  // EBR: a relationship for some contacts on the national list (valid and expired), and clients.
  const nationalSet = new Set(national);
  for (const p of good) {
    const onDnc = nationalSet.has(digits(p));
    if (onDnc ? chance(0.45) : p.relationship === 'client' || p.relationship === 'former-client' ? chance(0.12) : chance(0.02)) {
      const kind = chance(0.6) ? 'transaction' : 'inquiry';
      const valid = chance(0.6);
      // 64.1200(f)(5): transaction within 18 months, inquiry within 3 months.
      const daysAgo = kind === 'transaction' ? (valid ? int(30, 500) : int(560, 800)) : valid ? int(5, 80) : int(100, 200);
      relationships.push({ phone: p.phone, kind, at: iso(T - daysAgo * DAY - int(0, 6) * HOUR) });
    }
  }

  // Call history for ~20% of contacts.
  const withHistory = new Set<string>();
  const add = (p: Plan, a: Omit<AttemptRecord, 'phone' | 'campaignId'> & { campaignId?: string }): void => {
    withHistory.add(p.id);
    history.push({ phone: p.phone, ...a });
  };
  // (a) Earlier dials of this campaign since 2026-03-02 (the abandonment rate's base).
  const campaignStart = Date.parse('2026-03-02T10:00:00-05:00');
  const earlier = good.filter((p) => p.purpose === 'telemarketing' && p.channel === 'voice').filter(() => chance(0.3));
  for (const p of earlier) {
    const n = int(1, 2);
    for (let i = 0; i < n; i++) {
      const at = campaignStart + int(0, 6) * DAY + int(0, 7) * HOUR + int(0, 59) * 60_000;
      add(p, { at: iso(at), callType: p.callType === 'prerecorded' ? 'prerecorded' : p.callType, purpose: 'telemarketing', campaignId: CAMPAIGN_ID, outcome: weighted<Outcome>([['answered-live', 55], ['voicemail', 25], ['no-answer', 15], ['busy', 5]]) });
    }
  }
  // Keep the campaign under the 3% abandonment ceiling (47 CFR 64.1200(a)(7)): abandon 2.5% of live answers.
  const live = history.filter((a) => a.campaignId === CAMPAIGN_ID && a.outcome === 'answered-live');
  const abandon = Math.floor(live.length * 0.025);
  for (let i = 0; i < abandon; i++) live[i * 7]!.outcome = 'abandoned';
  // (b) Three telemarketing calls in the past 24 hours (state 3-per-24h caps: FL, OK, MD, OR).
  const capStates = new Set(['FL', 'OK', 'MD', 'OR']);
  const threeIn24 = [
    ...good.filter((p) => p.purpose === 'telemarketing' && p.channel === 'voice' && capStates.has(p.state!)).slice(0, 8),
    ...good.filter((p) => p.purpose === 'telemarketing' && p.channel === 'voice' && !capStates.has(p.state!) && !withHistory.has(p.id)).slice(0, 3),
  ];
  for (const p of threeIn24) {
    p.subject ??= `lead-${p.id}`;
    for (const h of [22, 4, 1]) {
      add(p, { at: iso(T - h * HOUR), callType: p.callType, purpose: 'telemarketing', subject: p.subject, campaignId: CAMPAIGN_ID, outcome: h === 1 ? 'voicemail' : 'no-answer' });
    }
  }
  // (c) Debt collection: conversations in the past week, and 7 calls in 7 days.
  const debts = good.filter((p) => p.purpose === 'debt-collection' && p.channel === 'voice' && !withHistory.has(p.id));
  for (const p of debts.slice(0, 6)) {
    add(p, { at: iso(T - int(1, 5) * DAY - int(0, 5) * HOUR), callType: 'live', purpose: 'debt-collection', subject: p.subject!, outcome: 'answered-live', conversation: true });
  }
  for (const p of debts.slice(6, 11)) {
    for (let d = 6; d >= 0; d--) {
      add(p, { at: iso(T - d * DAY - 3 * HOUR - int(0, 50) * 60_000), callType: d % 2 ? 'autodialed' : 'live', purpose: 'debt-collection', subject: p.subject!, outcome: d % 3 ? 'no-answer' : 'voicemail' });
    }
  }
  for (const p of debts.slice(11, 26)) {
    const n = int(1, 4);
    for (let i = 0; i < n; i++) {
      add(p, { at: iso(T - int(1, 20) * DAY - int(0, 6) * HOUR), callType: pick<CallType>(['live', 'autodialed']), purpose: 'debt-collection', subject: p.subject!, outcome: pick<Outcome>(['no-answer', 'voicemail', 'busy']) });
    }
  }
  // (d) Exempt prerecorded calls to residential lines: 3 in the past 30 days (47 CFR 64.1200(a)(3)).
  // Most of these have no consent on file: with one, the caps do not apply (FCC 22-100).
  const residential = good.filter((p) => p.callType === 'prerecorded' && p.lineType === 'landline' && p.purpose !== 'telemarketing' && !withHistory.has(p.id));
  const capped = [...residential.filter((p) => !consented.includes(p)).slice(0, 5), ...residential.filter((p) => consented.includes(p)).slice(0, 1)];
  for (const p of capped) {
    for (const d of [25, 12, 3]) {
      add(p, { at: iso(T - d * DAY - 2 * HOUR), callType: 'prerecorded', purpose: p.purpose, ...(p.subject ? { subject: p.subject } : {}), outcome: 'voicemail' });
    }
  }
  // (e) Top up with ordinary informational history to reach about 20% of contacts.
  for (const p of good) {
    if (withHistory.size >= Math.round(good.length * 0.2)) break;
    if (withHistory.has(p.id) || p.purpose !== 'informational') continue;
    if (!chance(0.5)) continue;
    add(p, { at: iso(T - int(2, 28) * DAY - int(0, 6) * HOUR), callType: p.callType, channel: p.channel, purpose: 'informational', ...(p.subject ? { subject: p.subject } : {}), outcome: pick<Outcome>(['answered-live', 'voicemail', 'no-answer']) });
  }
  history.sort((a, b) => Date.parse(String(a.at)) - Date.parse(String(b.at)));

  // Reassigned Numbers Database answers (47 CFR 64.1200(m)) for some consented contacts whose call
  // relies on consent, queried with the consent date. Chosen by position, not by the PRNG, so the
  // data above stays as it was: every 6th gets "no" (safe harbor), one "no data", one "yes" (the
  // number was disconnected and reassigned: the consent no longer counts).
  const reassigned: ReassignedNumberQuery[] = [];
  const revoked = new Set(revokers.map((p) => p.id));
  const relying = consented.map((p, k) => ({ p, g: consents[k]! })).filter(({ p }) => p.callType !== 'live' && !revoked.has(p.id));
  // the "yes" goes to a written consent of this firm with no narrowed scope: one the call relies on
  const reassignedTo = relying.filter(({ g }) => g.kind === 'prior-express-written' && g.scope === undefined && g.seller === undefined)[2]?.p;
  relying.forEach(({ p, g }, k) => {
    const since = String(g.at ?? g.evidence.capturedAt);
    const result = p === reassignedTo ? 'yes' : k === 10 ? 'no-data' : k % 6 === 0 ? 'no' : undefined;
    if (result) reassigned.push({ phone: p.phone, since, result, queriedAt: iso(T - (3 + (k % 5)) * DAY) });
  });
  return { consents, revocations, dnc: { national, internal }, history, relationships, reassigned };
}

// --- Output ---------------------------------------------------------------------------------

/** JSON with one array element per line: small, readable, diff-friendly. */
function stringify(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + JSON.stringify(v)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = indent + '  ';
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringify(v, inner)}`);
    return `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function intentOf(p: Plan): CallIntent {
  const i: CallIntent = { to: p.phone, callType: p.callType, channel: p.channel, purpose: p.purpose, lineType: p.lineType, campaignId: CAMPAIGN_ID };
  if (p.address) i.address = p.address;
  if (p.subject) i.subject = p.subject;
  if (p.relationship) i.relationship = p.relationship;
  if (p.callerId) i.callerId = p.callerId;
  if (p.sensitivity) i.sensitivity = p.sensitivity;
  if (p.doNotSolicit) i.doNotSolicit = true;
  return i;
}

/** Builds every output file's text, keyed by file name. */
function generate(): Record<string, string> {
  const plans = buildPlans();
  const facts = buildFacts(plans);
  const contacts = plans.map((p) => {
    const c: Record<string, unknown> = { id: p.id, name: p.name, phone: p.phone, lineType: p.lineType };
    if (p.address) c['address'] = p.address;
    if (p.relationship) c['relationship'] = p.relationship;
    if (p.subject) c['subject'] = p.subject;
    if (p.note) c['note'] = p.note;
    return c;
  });
  const campaign = {
    campaignId: CAMPAIGN_ID,
    seller: SELLER,
    at: CAMPAIGN_AT,
    description: 'March intake campaign: one intent per contact (synthetic data, see scripts/gen-example-campaign.ts)',
    intents: plans.map((p) => ({ contactId: p.id, intent: intentOf(p) })),
  };
  const out: Record<string, string> = {
    'contacts.json': stringify(contacts),
    'campaign.json': stringify(campaign),
    'consents.json': stringify(facts.consents),
    'revocations.json': stringify(facts.revocations),
    'dnc.json': stringify(facts.dnc),
    'history.json': stringify(facts.history),
    'relationships.json': stringify(facts.relationships),
    'reassigned.json': stringify(facts.reassigned),
  };
  for (const k of Object.keys(out)) out[k] += '\n';
  return out;
}

function main(): void {
  const files = generate();
  const check = process.argv.includes('--check');
  let stale = 0;
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const path = join(OUT_DIR, name);
    if (check) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        // missing counts as stale
      }
      if (current !== text) {
        stale++;
        process.stderr.write(`examples/data/${name} is stale: run npx tsx scripts/gen-example-campaign.ts\n`);
      }
    } else {
      writeFileSync(path, text);
      process.stdout.write(`wrote examples/data/${name} (${text.length} bytes)\n`);
    }
  }
  if (stale > 0) process.exitCode = 1;
}

main();
