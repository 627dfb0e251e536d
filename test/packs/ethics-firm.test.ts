import { describe, expect, it } from 'vitest';
import { createEngine, ethics, firm, type CallIntent } from '../../src/index';

const at = '2026-03-10T11:00:00-05:00'; // a Tuesday, inside every calling window
const base = { callType: 'live', purpose: 'telemarketing', at } as const;

async function verdict(rules: typeof ethics, intent: CallIntent, id: string) {
  const d = await createEngine({ rules, seller: 'Smith & Lee LLP' }).check(intent);
  return { d, v: d.verdicts.find((x) => x.rule === id) };
}

describe('ethics.solicitation — ABA Model Rule 7.3', () => {
  it('7.3(b): a live telemarketing call to a prospect is denied', async () => {
    const { d, v } = await verdict(ethics, { ...base, to: '212-555-0100', relationship: 'prospect' }, 'ethics.solicitation');
    expect(v?.outcome).toBe('deny');
    expect(v?.code).toBe('attorney_live_solicitation');
    expect(d.allowed).toBe(false);
    expect(d.nextPermittedAt).toBeNull();
  });

  it('7.3(b)(1)-(3): the relationship exceptions (lawyer, family, former client, business user, client) allow it', async () => {
    for (const relationship of ['lawyer', 'family', 'former-client', 'business-user', 'client'] as const) {
      const { v } = await verdict(ethics, { ...base, to: '212-555-0100', relationship }, 'ethics.solicitation');
      expect(v?.outcome, relationship).toBe('allow');
    }
  });

  it('an omitted relationship on a live call gives a warning, not a denial', async () => {
    const { d, v } = await verdict(ethics, { ...base, to: '212-555-0100' }, 'ethics.solicitation');
    expect(v?.outcome).toBe('warn');
    expect(d.allowed).toBe(true);
  });

  it('7.3(c)(1): a person who asked not to be solicited is denied, whatever the relationship or call type', async () => {
    for (const callType of ['live', 'prerecorded'] as const) {
      const { v } = await verdict(ethics, { ...base, callType, to: '212-555-0100', relationship: 'former-client', doNotSolicit: true }, 'ethics.solicitation');
      expect(v?.code).toBe('attorney_do_not_solicit');
      expect(v?.citation).toBe('ABA Model Rule 7.3(c)(1)');
    }
  });

  it('7.3 cmt. [2]: texts and prerecorded messages are not live person-to-person contact', async () => {
    const sms = await verdict(ethics, { ...base, channel: 'sms', to: '212-555-0100', relationship: 'prospect' }, 'ethics.solicitation');
    expect(sms.v).toBeUndefined();
    const rec = await verdict(ethics, { ...base, callType: 'prerecorded', to: '212-555-0100', relationship: 'prospect' }, 'ethics.solicitation');
    expect(rec.v).toBeUndefined();
  });

  it('informational calls to prospects are not solicitations', async () => {
    const { v } = await verdict(ethics, { ...base, purpose: 'informational', to: '212-555-0100', relationship: 'prospect' }, 'ethics.solicitation');
    expect(v).toBeUndefined();
  });

  it('R. Regulating Fla. Bar 4-7.18(a): Florida bars telephone solicitation of prospects outright, recorded calls too', async () => {
    const { v } = await verdict(ethics, { ...base, callType: 'prerecorded', to: '305-555-0100', relationship: 'prospect' }, 'ethics.solicitation');
    expect(v?.outcome).toBe('deny');
    expect(v?.code).toBe('attorney_telephone_solicitation');
    expect(v?.citation).toContain('4-7.18(a)');
  });

  it('Florida applies through the address state as well as the area code (every candidate state)', async () => {
    const { v } = await verdict(ethics, { ...base, callType: 'prerecorded', to: '212-555-0100', relationship: 'prospect', address: { state: 'FL' } }, 'ethics.solicitation');
    expect(v?.code).toBe('attorney_telephone_solicitation');
  });

  it('Tex. Disciplinary R. 7.03 (eff. 2021-07-01): live contact with a Texas prospect cites 7.03 from that date, the Model Rule before it', async () => {
    const after = await verdict(ethics, { ...base, at: '2021-07-01T10:00:00-05:00', to: '214-555-0100', relationship: 'prospect' }, 'ethics.solicitation');
    expect(after.v?.citation).toContain('7.03');
    const before = await verdict(ethics, { ...base, at: '2021-06-30T10:00:00-05:00', to: '214-555-0100', relationship: 'prospect' }, 'ethics.solicitation');
    expect(before.v?.outcome).toBe('deny');
    expect(before.v?.citation).not.toContain('7.03');
  });
});

describe('ethics.advertising-label — Tex. Disciplinary R. 7.03', () => {
  it('a recorded solicitation to a Texas prospect carries the "ADVERTISEMENT" obligation from 2021-07-01', async () => {
    const d = await createEngine({ rules: ethics }).check({ ...base, callType: 'prerecorded', to: '214-555-0100', relationship: 'prospect' });
    expect(d.obligations.map((o) => o.code)).toContain('advertisement_label');
    const before = await createEngine({ rules: ethics }).check({ ...base, at: '2021-06-30T10:00:00-05:00', callType: 'prerecorded', to: '214-555-0100', relationship: 'prospect' });
    expect(before.obligations.map((o) => o.code)).not.toContain('advertisement_label');
  });

  it('no label obligation outside Texas', async () => {
    const d = await createEngine({ rules: ethics }).check({ ...base, callType: 'prerecorded', to: '212-555-0100', relationship: 'prospect' });
    expect(d.obligations.map((o) => o.code)).not.toContain('advertisement_label');
  });
});

describe('firm pack (opt-in)', () => {
  it('firm.quiet-hours denies an informational call at 21:30 local, which no federal rule covers, and says when it opens', async () => {
    const d = await createEngine({ rules: firm }).check({ to: '212-555-0100', callType: 'live', purpose: 'informational', at: '2026-03-10T21:30:00-04:00' });
    const v = d.verdicts.find((x) => x.rule === 'firm.quiet-hours');
    expect(v?.outcome).toBe('deny');
    expect(d.nextPermittedAt?.toISOString()).toBe('2026-03-11T12:00:00.000Z');
  });

  it('firm.quiet-hours does not hold back emergency calls', async () => {
    const d = await createEngine({ rules: firm }).check({ to: '212-555-0100', callType: 'live', purpose: 'emergency', at: '2026-03-10T23:30:00-04:00' });
    expect(d.allowed).toBe(true);
  });

  it('firm.sensitive-matter: a sensitive matter goes only to a live person on a voice call', async () => {
    const engine = createEngine({ rules: firm });
    const intent = { to: '212-555-0100', purpose: 'informational', at: '2026-03-10T11:00:00-04:00', sensitivity: 'sensitive' } as const;
    expect((await engine.check({ ...intent, callType: 'prerecorded' })).denials.map((v) => v.rule)).toContain('firm.sensitive-matter');
    expect((await engine.check({ ...intent, callType: 'live', channel: 'sms' })).denials.map((v) => v.rule)).toContain('firm.sensitive-matter');
    expect((await engine.check({ ...intent, callType: 'live' })).allowed).toBe(true);
  });

  it('firm.unknown-time-zone: a data-gap area code (RULES.md §7: 448 overlay) denies without an address, allows with one', async () => {
    const engine = createEngine({ rules: firm });
    const intent = { to: '448-555-0100', callType: 'live', purpose: 'informational', at: '2026-03-10T12:00:00-05:00' } as const;
    const d = await engine.check(intent);
    expect(d.denials.map((v) => v.code)).toContain('unknown_time_zone');
    const withAddress = await engine.check({ ...intent, address: { state: 'FL' } });
    expect(withAddress.denials.map((v) => v.code)).not.toContain('unknown_time_zone');
  });

  it('firm.unknown-time-zone: an exactly mapped number passes', async () => {
    const d = await createEngine({ rules: firm }).check({ to: '212-555-0100', callType: 'live', purpose: 'informational', at: '2026-03-10T12:00:00-05:00' });
    expect(d.allowed).toBe(true);
  });
});
