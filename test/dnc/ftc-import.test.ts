/**
 * importFtcDnc / engine.suppressions.importFtc (TELEPHONY.md §H.1) and the registry scrub interval
 * of tcpa.national-dnc: a telemarketer must scrub against a registry copy obtained no more than 31
 * days before the call (47 CFR 64.1200(c)(2)(i)(D); 16 CFR 310.4(b)(3)(iv); RULES.md §1.6; 3 months
 * before 2005-01-01, §1.14).
 */
import { Readable } from 'node:stream';
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEngine, importFtcDnc, InvalidInputError, memoryStorage, StorageError, type Storage } from '../../src/index';
import { makeEngine, rules, verdictOf } from '../rules/helpers';

const DL = '2026-03-01T08:00:00-05:00';
const AT = '2026-03-10T12:00:00-05:00'; // 9 days after the download
const tm = (to: string, at = AT) => ({ to, at, callType: 'live' as const, purpose: 'telemarketing' as const, relationship: 'client' as const });
const DNC = rules('tcpa.national-dnc');

describe('importFtcDnc: full lists', () => {
  it('reads AAA,NNNNNNN / NNNNNNNNNN / 1NNNNNNNNNN / AAA-NNN-NNNN lines, skips a header and blank lines, and lists the numbers', async () => {
    const e = makeEngine(DNC);
    const text = 'AreaCode,PhoneNumber\r\n305,5550101\r\n3055550102\n\n13055550103\n305-555-0104\n';
    const r = await importFtcDnc(e, text, { kind: 'full', downloadedAt: DL });
    expect(r).toMatchObject({ kind: 'full', added: 4, removed: 0, numbers: 4, areaCodes: [305] });
    expect(r.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    for (const n of ['(305) 555-0101', '(305) 555-0104']) expect(await e.suppressions.has('national', n)).toBe(true);
    expect(verdictOf(await e.check(tm('(305) 555-0102')), 'tcpa.national-dnc').code).toBe('on_national_dnc');
    expect(verdictOf(await e.check(tm('(305) 555-0199')), 'tcpa.national-dnc').code).toBe('not_on_dnc');
  });

  it('a new full list replaces its area codes: numbers no longer registered come off, other area codes are untouched', async () => {
    const e = makeEngine(DNC);
    await importFtcDnc(e, '3055550101\n3055550102\n', { kind: 'full', downloadedAt: DL });
    await e.suppressions.add('national', '(212) 736-0101');
    const r = await importFtcDnc(e, '3055550102\n3055550103\n', { kind: 'full', downloadedAt: '2026-03-05T08:00:00-05:00' });
    expect(r).toMatchObject({ added: 1, removed: 1 });
    expect(await e.suppressions.has('national', '(305) 555-0101')).toBe(false);
    expect(await e.suppressions.has('national', '(305) 555-0103')).toBe(true);
    expect(await e.suppressions.has('national', '(212) 736-0101')).toBe(true);
  });

  it('a covered area code with no registered number is emptied; a number outside the listed area codes refuses the file', async () => {
    const e = makeEngine(DNC);
    await importFtcDnc(e, '3055550101\n', { kind: 'full', downloadedAt: DL });
    // an empty or truncated download is refused, and nothing changes...
    await expect(importFtcDnc(e, '', { kind: 'full', areaCodes: [305], downloadedAt: DL })).rejects.toMatchObject({ issues: [{ path: ['areaCodes'] }] });
    await expect(importFtcDnc(e, '', { kind: 'full', downloadedAt: DL })).rejects.toMatchObject({ issues: [{ path: ['input'] }] });
    expect(await e.suppressions.has('national', '(305) 555-0101')).toBe(true);
    // ...unless the host says the list is really empty
    const r = await importFtcDnc(e, '', { kind: 'full', areaCodes: [305], downloadedAt: DL, allowEmpty: true });
    expect(r.removed).toBe(1);
    await expect(importFtcDnc(e, 'x,3055550104,ADD\n', { kind: 'changes', columns: { number: 1, action: 2 }, since: DL, downloadedAt: DL, allowEmpty: true })).rejects.toMatchObject({ issues: [{ path: ['allowEmpty'] }] });
    await expect(importFtcDnc(e, '2127360101\n', { kind: 'full', areaCodes: [305], downloadedAt: DL })).rejects.toMatchObject({ issues: [{ path: ['areaCodes'] }] });
  });

  it('streams: a Node Readable of byte chunks split mid-line reads the same', async () => {
    const e = makeEngine(DNC);
    const bytes = Buffer.from('3055550101\n3055550102\n3055550103\n');
    const r = await importFtcDnc(e, Readable.from([bytes.subarray(0, 7), bytes.subarray(7, 19), bytes.subarray(19)]), { kind: 'full', downloadedAt: DL });
    expect(r.numbers).toBe(3);
    expect(await e.suppressions.has('national', '(305) 555-0102')).toBe(true);
  });

  it('fail closed: a line that is not a NANP number refuses the whole file, naming the line; nothing is imported', async () => {
    const e = makeEngine(DNC);
    const err = await importFtcDnc(e, '3055550101\n305555010\n1055550102\n', { kind: 'full', downloadedAt: DL }).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).issues.map((i) => i.path)).toEqual([['line', 2], ['line', 3]]);
    expect(await e.suppressions.has('national', '(305) 555-0101')).toBe(false);
  });
});

describe('importFtcDnc: change lists', () => {
  it('adds and deletes by the flag field (number and flag in any columns; a date column is ignored)', async () => {
    const e = makeEngine(DNC);
    await importFtcDnc(e, '3055550101\n3055550102\n', { kind: 'full', downloadedAt: DL });
    const r = await importFtcDnc(e, '3055550103,A,20260305\n305,5550101,D,2026-03-05\n', { kind: 'changes', since: DL, downloadedAt: '2026-03-06T08:00:00-05:00' });
    expect(r).toMatchObject({ kind: 'changes', added: 1, removed: 1, areaCodes: [305] });
    expect(await e.suppressions.has('national', '(305) 555-0103')).toBe(true);
    expect(await e.suppressions.has('national', '(305) 555-0101')).toBe(false);
  });

  it('explicit columns; a number both added and deleted in one file stays listed (conservative)', async () => {
    const e = makeEngine(DNC);
    await importFtcDnc(e, '', { kind: 'full', areaCodes: [305], downloadedAt: DL, allowEmpty: true });
    await importFtcDnc(e, 'x,3055550104,ADD\nx,3055550104,DELETE\n', { kind: 'changes', columns: { number: 1, action: 2 }, since: DL, downloadedAt: DL });
    expect(await e.suppressions.has('national', '(305) 555-0104')).toBe(true);
  });

  it('TELEPHONY.md §H.1: a row whose add/delete flag cannot be identified refuses the file', async () => {
    const e = makeEngine(DNC);
    await importFtcDnc(e, '', { kind: 'full', areaCodes: [305], downloadedAt: DL, allowEmpty: true });
    await expect(importFtcDnc(e, '3055550103,X\n', { kind: 'changes', since: DL, downloadedAt: DL })).rejects.toMatchObject({ issues: [{ path: ['line', 1] }] });
    await expect(importFtcDnc(e, '3055550103\n', { kind: 'changes', since: DL, downloadedAt: DL })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('an ambiguous row (a date or time that also reads as a number) is refused: give columns', async () => {
    const e = makeEngine(DNC);
    await importFtcDnc(e, '', { kind: 'full', areaCodes: [305, 202], downloadedAt: DL, allowEmpty: true });
    await expect(importFtcDnc(e, '305,5550101,2026030108,A\n', { kind: 'changes', since: DL, downloadedAt: DL })).rejects.toMatchObject({ issues: [{ path: ['line', 1] }] });
    expect(await e.suppressions.has('national', '(202) 603-0108')).toBe(false);
  });

  it('TELEPHONY.md §H.1: a change list applies only on top of a full list of its area codes', async () => {
    const e = makeEngine(DNC);
    await expect(importFtcDnc(e, '3055550103,A\n', { kind: 'changes', since: DL, downloadedAt: DL })).rejects.toMatchObject({ issues: [{ path: ['areaCodes'] }] });
    expect(await e.suppressions.has('national', '(305) 555-0103')).toBe(false);
  });

  it('options are validated (typed errors naming the field)', async () => {
    const e = makeEngine(DNC);
    await expect(importFtcDnc(e, '', { kind: 'partial' as 'full', downloadedAt: DL })).rejects.toMatchObject({ issues: [{ path: ['kind'] }] });
    await expect(importFtcDnc(e, '', { kind: 'full', downloadedAt: DL, columns: { number: 0, action: 1 } })).rejects.toMatchObject({ issues: [{ path: ['columns'] }] });
    await expect(importFtcDnc(e, '', { kind: 'full', downloadedAt: DL, areaCodes: [99] })).rejects.toMatchObject({ issues: [{ path: ['areaCodes', 0] }] });
    await expect(importFtcDnc(e, '', { kind: 'full', downloadedAt: '2026-03-01' })).rejects.toMatchObject({ issues: [{ path: ['downloadedAt'] }] });
    // the download time is required: the import time is not the download time
    await expect(importFtcDnc(e, '', { kind: 'full' } as never)).rejects.toMatchObject({ issues: [{ path: ['downloadedAt'] }] });
  });
});

describe('tcpa.national-dnc: the 31-day scrub interval of an imported registry copy (47 CFR 64.1200(c)(2)(i)(D); 16 CFR 310.4(b)(3)(iv))', () => {
  async function imported() {
    const e = makeEngine(DNC);
    await importFtcDnc(e, '3055550101\n', { kind: 'full', downloadedAt: DL });
    return e;
  }
  it('31 days after the download a number not on the copy may be solicited; 31 days and a minute later it is denied (dnc_registry_stale), not time-based', async () => {
    const e = await imported();
    const dl = Date.parse(DL);
    expect((await e.check(tm('(305) 555-0199', new Date(dl + 31 * 86_400_000).toISOString()))).allowed).toBe(true);
    const d = await e.check(tm('(305) 555-0199', new Date(dl + 31 * 86_400_000 + 60_000).toISOString()));
    const v = verdictOf(d, 'tcpa.national-dnc');
    expect(v).toMatchObject({ outcome: 'deny', code: 'dnc_registry_stale', citation: '47 CFR 64.1200(c)(2)(i)(D); 16 CFR 310.4(b)(3)(iv)', details: { areaCode: 305, ageDays: 31, maxAge: '31 days' } });
    expect(v.reason).toContain('Import a new download');
    expect(d.nextPermittedAt).toBeNull();
  });

  it('once imports are in use, an area code with no imported copy is denied too; an engine that never imported holds nothing to it; an EBR still exempts a stale area code', async () => {
    const e = await imported();
    const late = '2026-05-01T12:00:00-04:00';
    const missing = verdictOf(await e.check(tm('(212) 736-0199', AT)), 'tcpa.national-dnc');
    expect(missing).toMatchObject({ outcome: 'deny', code: 'dnc_registry_stale', details: { areaCode: 212, downloadedAt: null } });
    expect(missing.reason).toContain('Import the area code');
    expect((await makeEngine(DNC).check(tm('(212) 736-0199', late))).allowed).toBe(true);
    await e.relationships.record({ phone: '(305) 555-0199', kind: 'transaction', at: '2026-01-15T12:00:00-05:00' });
    expect(verdictOf(await e.check(tm('(305) 555-0199', late)), 'tcpa.national-dnc').code).toBe('dnc_ebr_exemption');
  });

  it('a new download (full or change list) restarts the clock', async () => {
    const e = await imported();
    const late = '2026-04-10T12:00:00-04:00';
    expect((await e.check(tm('(305) 555-0199', late))).allowed).toBe(false);
    await importFtcDnc(e, '', { kind: 'changes', areaCodes: [305], since: DL, downloadedAt: '2026-04-05T08:00:00-04:00' });
    expect((await e.check(tm('(305) 555-0199', late))).allowed).toBe(true);
  });

  it('a check at an instant before the download was not scrubbed with it: denied', async () => {
    const e = await imported();
    const v = verdictOf(await e.check(tm('(305) 555-0199', '2026-02-27T12:00:00-05:00')), 'tcpa.national-dnc');
    expect(v.code).toBe('dnc_registry_stale');
    expect(v.reason).toContain('after this call');
  });

  it('before 2005-01-01 the interval was 3 months (RULES.md §1.14 [S])', async () => {
    const e = makeEngine(DNC);
    await importFtcDnc(e, '3055550101\n', { kind: 'full', downloadedAt: '2004-06-01T08:00:00-04:00' });
    expect((await e.check(tm('(305) 555-0199', '2004-08-30T12:00:00-04:00'))).allowed).toBe(true);
    expect(verdictOf(await e.check(tm('(305) 555-0199', '2004-09-02T12:00:00-04:00')), 'tcpa.national-dnc').details).toMatchObject({ maxAge: '3 months' });
  });

  it('the import is audited with its counts and hash; a storage without the import methods refuses it with StorageError', async () => {
    const e = createEngine({ seller: 'Firm' });
    await importFtcDnc(e, '3055550101\n', { kind: 'full', downloadedAt: DL, source: '305.txt' });
    const lines: string[] = [];
    for await (const l of e.audit.export()) lines.push(l);
    expect(lines.some((l) => l.includes('"import-ftc"') && l.includes('305.txt') && l.includes('"added":1'))).toBe(true);
    const { setRegistryDownload: _s, ...rest } = memoryStorage();
    const bare = createEngine({ seller: 'Firm', storage: rest as Storage });
    await expect(importFtcDnc(bare, '3055550101\n', { kind: 'full', downloadedAt: DL })).rejects.toBeInstanceOf(StorageError);
  });
});

describe('importFtcDnc: refused before anything changes, and partial imports on the record', () => {
  it('a change list given as a full list is refused (a line is a number alone)', async () => {
    const e = makeEngine(DNC);
    await importFtcDnc(e, '3055550101\n3055550105\n', { kind: 'full', downloadedAt: DL });
    await expect(importFtcDnc(e, '3055550106,A\n3055550105,D\n', { kind: 'full', downloadedAt: '2026-03-02T08:00:00-05:00' })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await e.suppressions.has('national', '(305) 555-0101')).toBe(true);
  });

  it('download times: not in the future; not older than the copy already held (an old file re-imported would undo newer registrations)', async () => {
    const e = makeEngine(DNC, { clock: () => new Date('2026-03-10T12:00:00-05:00') });
    await expect(importFtcDnc(e, '', { kind: 'full', areaCodes: [305], downloadedAt: '2027-03-01T08:00:00-05:00' })).rejects.toMatchObject({ issues: [{ path: ['downloadedAt'] }] });
    await importFtcDnc(e, '3055550101\n3055550102\n', { kind: 'full', downloadedAt: DL });
    await expect(importFtcDnc(e, '3055550101\n', { kind: 'full', downloadedAt: '2026-02-01T08:00:00-05:00' })).rejects.toMatchObject({ issues: [{ path: ['downloadedAt'] }] });
    expect(await e.suppressions.has('national', '(305) 555-0102')).toBe(true);
  });

  it('a storage failure half-way is audited (status failed, what was applied) and rethrown', async () => {
    const inner = memoryStorage();
    const storage: Storage = { ...inner, removeSuppressions: () => Promise.reject(new Error('disk full')) };
    const e = createEngine({ seller: 'Firm', storage });
    await importFtcDnc(e, '3055550101\n', { kind: 'full', downloadedAt: DL });
    await expect(importFtcDnc(e, '3055550102\n', { kind: 'full', downloadedAt: '2026-03-02T08:00:00-05:00' })).rejects.toThrow('disk full');
    const lines: string[] = [];
    for await (const l of e.audit.export()) lines.push(l);
    expect(lines.some((l) => l.includes('"import-ftc"') && l.includes('"status":"failed"') && l.includes('"added":1') && l.includes('disk full'))).toBe(true);
  });

  it('TELEPHONY.md §H.1: a change list that does not follow the copy held (a change list is missing in between) is refused', async () => {
    const e = makeEngine(DNC);
    await importFtcDnc(e, '3055550101\n', { kind: 'full', downloadedAt: '2026-02-01T08:00:00-05:00' });
    await expect(importFtcDnc(e, '3055550109,A\n', { kind: 'changes', since: '2026-03-01T08:00:00-05:00', downloadedAt: '2026-03-09T08:00:00-05:00' })).rejects.toMatchObject({ issues: [{ path: ['since'] }] });
    await expect(importFtcDnc(e, '3055550109,A\n', { kind: 'changes', downloadedAt: '2026-03-09T08:00:00-05:00' } as never)).rejects.toMatchObject({ issues: [{ path: ['since'] }] });
    expect(await e.suppressions.has('national', '(305) 555-0109')).toBe(false);
  });

  it('a number in another layout next to a date that reads as a number is ambiguous: refused, nothing deleted', async () => {
    const e = makeEngine(DNC);
    await importFtcDnc(e, '2026030512\n3055550101\n', { kind: 'full', areaCodes: [202, 305], downloadedAt: DL });
    await expect(importFtcDnc(e, '(305) 555-0101,2026030512,D\n', { kind: 'changes', since: DL, downloadedAt: DL })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await e.suppressions.has('national', '(202) 603-0512')).toBe(true);
  });

  it('two imports started together run one after the other: the older file is refused, the newer copy stays whole', async () => {
    const e = makeEngine(DNC);
    await importFtcDnc(e, '3055550101\n', { kind: 'full', downloadedAt: '2026-02-01T08:00:00-05:00' });
    const [older, newer] = await Promise.allSettled([
      importFtcDnc(e, '3055550102\n', { kind: 'full', downloadedAt: '2026-03-09T08:00:00-05:00' }),
      importFtcDnc(e, '3055550101\n', { kind: 'full', downloadedAt: '2026-02-15T08:00:00-05:00' }),
    ]);
    expect(older.status).toBe('fulfilled');
    expect(newer.status).toBe('rejected');
    expect(await e.suppressions.has('national', '(305) 555-0102')).toBe(true);
  });

  it('a download time after the engine clock is refused; download times a storage reports unavailable refuse the import', async () => {
    const e = makeEngine(DNC, { clock: () => new Date('2026-03-10T12:00:00-05:00') });
    await expect(importFtcDnc(e, '', { kind: 'full', areaCodes: [305], downloadedAt: '2026-03-10T12:01:00-05:00' })).rejects.toMatchObject({ issues: [{ path: ['downloadedAt'] }] });
    const inner = memoryStorage();
    const storage: Storage = { ...inner, loadFacts: (q) => inner.loadFacts(q).then((snap) => ({ ...snap, registry: new Map(), unavailable: ['registry'] })) };
    await expect(importFtcDnc(createEngine({ seller: 'Firm', storage }), '3055550101\n', { kind: 'full', downloadedAt: DL })).rejects.toBeInstanceOf(StorageError);
  });

  it('a CRLF split across two chunks is one line break (the line numbers in errors stay right)', async () => {
    const e = makeEngine(DNC);
    const err = await importFtcDnc(e, ['3055550101\r', '\n3055550102\r', '\nbad\r\n'], { kind: 'full', downloadedAt: DL }).catch((x: unknown) => x);
    expect((err as InvalidInputError).issues.map((i) => i.path)).toEqual([['line', 3]]);
  });
});

describe('importFtcDnc: the file is read when the import is called, not when its turn comes', () => {
  it('a stream that fails while another import is running rejects its own import and does not block the next one', async () => {
    const e = makeEngine(DNC);
    async function* slow() {
      await new Promise((r) => setTimeout(r, 50));
      yield '3055550101\n';
    }
    const first = importFtcDnc(e, slow(), { kind: 'full', downloadedAt: DL });
    // a file stream that errors (ENOENT) while the first import runs: read at once, its error is this import's
    const second = importFtcDnc(e, createReadStream('/nonexistent/dnc-305.txt'), { kind: 'full', downloadedAt: '2026-03-02T08:00:00-05:00' });
    await expect(second).rejects.toThrow('ENOENT');
    await expect(first).resolves.toMatchObject({ added: 1 });
    await expect(importFtcDnc(e, '3055550103\n', { kind: 'full', downloadedAt: '2026-03-03T08:00:00-05:00' })).resolves.toMatchObject({ added: 1, removed: 1 });
  });
});
