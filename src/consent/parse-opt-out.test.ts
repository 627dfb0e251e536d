import { describe, expect, it } from 'vitest';
import { parseOptOut, PER_SE_KEYWORDS } from './parse-opt-out';
import { NOT_REVOCATIONS, NOT_REVOCATIONS_REVIEW } from '../../test/consent/opt-out-cases';

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
    ['Cease and desist', 'cease and desist'],
    ['CEASE', 'cease and desist'],
    ['cease now please', 'cease and desist'],
    ['Desist', 'cease and desist'],
    ["Don t call", 'do not contact'],
    ['Take this number off your list', 'remove me'],
    ['go away', 'leave me alone'],
    ['why won t you stop calling me', 'stop'],
    ["Why won't u stop texting me", 'stop'],
    ['why can t you stop calling', 'stop'],
    ['Please just go away!', 'leave me alone'],
  ])(`${REG} (reasonable person, review 2026-11-30): %j revokes (%s)`, (text, matched) => {
    expect(parseOptOut(text)).toMatchObject({ revoked: true, matched });
  });

  it.each(["The pain won't go away", 'I hope the problem will go away soon', 'a cease-fire agreement was signed', 'the case will cease to matter'])(
    `${REG} (review 2026-11-30) not a revocation: %j`,
    (text) => expect(parseOptOut(text).revoked).toBe(false),
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

  it.each(NOT_REVOCATIONS)(`${REG} not a revocation: %j`, (text) => {
    expect(parseOptOut(text).revoked).toBe(false);
  });

  // Review findings: wording a reasonable person reads as revocation that the reader used to miss.
  it.each<[string, string]>([
    ['I do not consent to these calls', 'revoke consent'],
    ['You do not have permission to call me', 'revoke consent'],
    ['consent revoked', 'revoke consent'],
    ['I withdraw my consent', 'revoke consent'],
    ['Please remove this number', 'remove me'],
    ['remove this number from your list', 'remove me'],
    ['Delete this number', 'remove me'],
    ['Remove', 'remove me'],
    ['Wrong number please remove', 'remove me'],
    ['No calls', 'do not contact'],
    ['no texts', 'do not contact'],
    ['No more calls', 'do not contact'],
    ["not interested, don't call again", 'do not contact'],
  ])(`${REG} reasonable-person revocation (review): %j`, (text, matched) => {
    expect(parseOptOut(text)).toEqual({ revoked: true, matched, kind: 'phrase' });
  });

  it.each(NOT_REVOCATIONS_REVIEW)(`${REG} not a revocation (review): %j`, (text) => {
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

describe('47 CFR 64.1200(a)(10): "wrong number" said, not asked, is read as a revocation (the consent on file was not this person\'s)', () => {
  it.each(['Wrong number', 'wrong number.', 'You have the wrong number', 'Sorry, wrong number', 'WRONG NUMBER!', 'wrong number, sorry'])('%j revokes', (text) => {
    expect(parseOptOut(text)).toMatchObject({ revoked: true, matched: 'wrong number', kind: 'phrase' });
  });
  it.each(['wrong number?', 'Is this the wrong number?', 'I think I dialed the wrong number earlier, can you call me back'])('%j does not', (text) => {
    expect(parseOptOut(text).revoked).toBe(false);
  });
});
