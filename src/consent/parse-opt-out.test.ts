import { describe, expect, it } from 'vitest';
import { parseOptOut } from './parse-opt-out';

describe('parseOptOut — 47 CFR 64.1200(a)(10)', () => {
  it.each(['stop', 'STOP', 'Stop.', ' quit ', 'END', 'revoke', 'opt out', 'OPT-OUT', 'optout', 'cancel', 'Unsubscribe', 'stop please', 'STOP ALL'])(
    'per-se revocation word: %j',
    (text) => {
      const r = parseOptOut(text);
      expect(r.revoked).toBe(true);
      expect(r.kind).toBe('keyword');
    },
  );

  it.each([
    'please stop calling me',
    "Don't text me again",
    'do not call this number',
    'remove me from your list',
    'take me off your list',
    'no more messages',
    'I want to revoke my consent',
    'Leave me alone',
    'put me on your do not call list',
    'Stop texting me!!',
  ])('reasonable-person revocation: %j', (text) => {
    expect(parseOptOut(text).revoked).toBe(true);
  });

  it.each([
    "I'll stop by your office",
    'Can you call me at 5?',
    'The end of the month works for me',
    'ok thanks',
    'Yes, please call me tomorrow',
    'cancel my appointment on Friday and reschedule',
  ])('not a revocation: %j', (text) => {
    expect(parseOptOut(text).revoked).toBe(false);
  });

  it('DTMF: the configured opt-out digit revokes, others do not (64.1200(b)(3) key-press opt-out)', () => {
    expect(parseOptOut('9', { dtmf: true })).toEqual({ revoked: true, matched: '9', kind: 'dtmf' });
    expect(parseOptOut('1', { dtmf: true }).revoked).toBe(false);
    expect(parseOptOut('2', { dtmf: true, optOutDigits: ['2'] }).revoked).toBe(true);
  });
});
