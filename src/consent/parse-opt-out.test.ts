import { describe, expect, it } from 'vitest';
import { parseOptOut, PER_SE_KEYWORDS } from './parse-opt-out';

const REG = '47 CFR 64.1200(a)(10) (FCC 24-24)';

describe(`parseOptOut — ${REG}`, () => {
  it.each(['stop', 'STOP', 'Stop.', ' quit ', 'END', 'revoke', 'opt out', 'OPT-OUT', 'optout', 'cancel', 'Unsubscribe', 'stop please', 'STOP ALL'])(
    `${REG} per-se revocation word: %j`,
    (text) => {
      const r = parseOptOut(text);
      expect(r.revoked).toBe(true);
      expect(r.kind).toBe('keyword');
    },
  );

  it.each<[string, string]>([
    ['STOP- thanks', 'stop'],
    ['please stop', 'stop'],
    ['yes stop', 'stop'],
    ['STOP STOP STOP', 'stop'],
    ['STOP\nSent from my iPhone', 'stop'],
    ['Ｓｔｏｐ', 'stop'],
    ['stop!!!', 'stop'],
    ['🛑 STOP', 'stop'],
    ['Stoppppp', 'stop'],
    ['St\u200Bop', 'stop'],
    ['UNSUBSCRIBE ME', 'unsubscribe'],
    ['opt-out', 'opt out'],
    ['Opt me out', 'opt out'],
    ['Cancel please', 'cancel'],
    ['End', 'end'],
    ['quit it', 'quit'],
    ['wrong number, stop', 'stop'],
    ['I said STOP', 'stop'],
  ])(`${REG} per-se word with noise or filler revokes: %j`, (text, matched) => {
    expect(parseOptOut(text)).toEqual({ revoked: true, matched, kind: 'keyword' });
  });

  it.each([
    'please stop calling me',
    "Don't text me again",
    'do not call this number',
    'remove me from your list',
    'take me off your list',
    'no more messages',
    'I want to revoke my consent',
    'revoke my consent',
    'Leave me alone',
    'put me on your do not call list',
    'Stop texting me!!',
    'Stop texting me please',
    'stop emailing me',
    'Please cease all communication',
    'do not contact me again',
    'dont text me',
    "don't call",
    'don’t you ever call me again',
    'Do not, under any circumstances, call me.',
    'I do not want to be contacted',
    'Never call me again',
    'Cancel my subscription to these texts',
    'I withdraw my permission',
    'Please delete my number',
    'How do I unsubscribe from these messages you keep sending every day',
  ])(`${REG} reasonable-person revocation: %j`, (text) => {
    expect(parseOptOut(text).revoked).toBe(true);
  });

  it.each([
    "I'll stop by your office",
    "I'll stop by your office to call you",
    'can you stop by tomorrow?',
    'the bus stop',
    'Which stop do I get off at?',
    'at the end of the week',
    'The end of the month works for me',
    'what time do you end?',
    // Cancelling an appointment is not a request to stop contact, and the reply takes it back.
    'I want to cancel my appointment? no wait, keep it',
    'cancel my appointment on Friday and reschedule',
    'Can you call me at 5?',
    'please call me back',
    'Yes, please call me tomorrow',
    "Don't forget to call me",
    "Don't hesitate to text us",
    "Don't worry, I'll call you",
    "Don't stop calling me",
    'You never called me back?',
    'I quit my job so call me anytime',
    'yes',
    'ok',
    'thanks',
    'ok thanks',
    '',
    '🛑',
  ])(`${REG} not a revocation: %j`, (text) => {
    expect(parseOptOut(text).revoked).toBe(false);
  });

  it('every per-se word of 47 CFR 64.1200(a)(10) is recognized alone', () => {
    for (const k of PER_SE_KEYWORDS) expect(parseOptOut(k)).toEqual({ revoked: true, matched: k, kind: 'keyword' });
  });

  it('DTMF: the configured opt-out digit revokes, others do not (64.1200(b)(3) key-press opt-out)', () => {
    expect(parseOptOut('9', { dtmf: true })).toEqual({ revoked: true, matched: '9', kind: 'dtmf' });
    expect(parseOptOut('1', { dtmf: true }).revoked).toBe(false);
    expect(parseOptOut('2', { dtmf: true, optOutDigits: ['2'] }).revoked).toBe(true);
  });
});
