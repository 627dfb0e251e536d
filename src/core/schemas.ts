/**
 * zod schemas for every input. Errors name the field: they become {@link InvalidInputError}s
 * whose issues carry the field paths.
 * @module
 */
import { z } from 'zod';
import { InvalidInputError } from './errors';

const STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA',
  'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR',
  'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR', 'VI', 'GU', 'MP', 'AS',
] as const;

/** USPS codes accepted in addresses: 50 states, DC and 5 territories. @category Schemas */
export const stateCodeSchema = z.enum(STATES);

const INSTANT_MIN = Date.UTC(1970, 0, 1);
const INSTANT_MAX = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** @internal */
export const INSTANT_RANGE_MESSAGE = 'must be an instant from 1970-01-01 to 9999-12-31 (the years dialguard decides)';

/** The pattern zod checks for `z.iso.datetime({ offset: true })` (the fast path tests strings with it). */
const ISO_WITH_OFFSET: RegExp = z.regexes.datetime({ offset: true });

/** An instant: a valid Date, or an ISO-8601 string with an offset (`Z` or `±HH:MM`), from 1970 to 9999. @category Schemas */
export const instantSchema = z
  .union([
    z.date({ error: 'must be a valid Date' }),
    z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date-time with an offset, e.g. 2026-03-10T19:30:00-05:00' }),
  ])
  .refine((v) => instantInRange(typeof v === 'string' ? Date.parse(v) : v.getTime()), { error: INSTANT_RANGE_MESSAGE });

/**
 * The instants dialguard decides: from 1970-01-01 to the end of 9999 (UTC). A typo year
 * (`0026-…`) or a far-off Date is refused rather than evaluated with no rule in force. (The holiday
 * calendars start in 1986: a rule that needs one before then fails, and so denies.)
 * @internal
 */
export function instantInRange(ms: number): boolean {
  return ms >= INSTANT_MIN && ms <= INSTANT_MAX;
}

/** @category Schemas */
export const callTypeSchema = z.enum(['autodialed', 'prerecorded', 'live']);
/** @category Schemas */
export const channelSchema = z.enum(['voice', 'sms']);
/** @category Schemas */
export const purposeSchema = z.enum([
  'telemarketing', 'informational', 'debt-collection', 'emergency', 'healthcare', 'opt-out-confirmation',
]);
/** @category Schemas */
export const lineTypeSchema = z.enum(['wireless', 'landline', 'voip', 'unknown']);
/** @category Schemas */
export const numberUseSchema = z.enum(['personal', 'work', 'other']);
/** @category Schemas */
export const relationshipSchema = z.enum(['client', 'former-client', 'prospect', 'lawyer', 'family', 'business-user']);
/** @category Schemas */
export const outcomeSchema = z.enum(['answered-live', 'voicemail', 'no-answer', 'busy', 'abandoned', 'failed']);

/** A phone number as a host has it (any common format; parsed to E.164 by the engine). @category Schemas */
export const phoneSchema = z.string({ error: 'must be a phone number string' }).trim().min(1, 'must not be empty').max(40, 'is too long');

/** An address on file. @category Schemas */
export const addressSchema = z
  .object({
    state: stateCodeSchema.optional(),
    zip: z.string().regex(/^\d{5}(-\d{4})?$/, 'must be a 5-digit ZIP or ZIP+4').optional(),
    county: z.string().min(1).max(100).optional(),
  })
  .strict();

/** The schema of a {@link CallIntent}. @category Schemas */
export const callIntentSchema = z
  .object({
    to: phoneSchema,
    callType: callTypeSchema,
    channel: channelSchema.optional(),
    purpose: purposeSchema,
    at: instantSchema.optional(),
    lineType: lineTypeSchema.optional(),
    numberUse: numberUseSchema.optional(),
    address: addressSchema.optional(),
    subject: z.string().min(1).max(200).optional(),
    campaignId: z.string().min(1).max(200).optional(),
    relationship: relationshipSchema.optional(),
    sensitivity: z.enum(['routine', 'sensitive']).optional(),
    callerId: z.string().min(1).max(40).optional(),
    seller: z.string().min(1).max(200).optional(),
    doNotSolicit: z.boolean().optional(),
  })
  .strict();

const scopeSchema = z
  .object({
    callTypes: z.array(callTypeSchema).min(1).optional(),
    channels: z.array(channelSchema).min(1).optional(),
    purposes: z.array(purposeSchema).min(1).optional(),
  })
  .strict();

/** A piece of consent evidence: any text with at least one non-blank character, kept as given. */
const evidenceText = z.string().regex(/\S/, { error: 'must not be blank' });

/** The schema of a {@link ConsentGrant}. @category Schemas */
export const consentGrantSchema = z
  .object({
    phone: phoneSchema,
    kind: z.enum(['prior-express', 'prior-express-written']),
    seller: z.string().min(1).max(200).optional(),
    scope: scopeSchema.optional(),
    evidence: z
      .object({
        method: z.enum(['web-form', 'e-sign', 'paper', 'recorded-oral', 'sms-keyword', 'verbal']),
        capturedAt: instantSchema,
        // kept verbatim (evidence), but never blank: a signature of spaces is no signature
        disclosureText: evidenceText.optional(),
        signature: evidenceText.optional(),
        documentRef: evidenceText.optional(),
        ip: evidenceText.optional(),
        userAgent: evidenceText.optional(),
        certificateUrl: evidenceText.optional(),
      })
      .strict(),
    at: instantSchema.optional(),
  })
  .strict()
  .superRefine((g, ctx) => {
    // 47 CFR 64.1200(f)(9): a written agreement bearing the signature, with a clear disclosure.
    if (g.kind === 'prior-express-written') {
      if (!g.evidence.signature && !g.evidence.documentRef) {
        ctx.addIssue({ code: 'custom', path: ['evidence', 'signature'], message: 'prior express written consent needs a signature or documentRef (47 CFR 64.1200(f)(9))' });
      }
      if (!g.evidence.disclosureText) {
        ctx.addIssue({ code: 'custom', path: ['evidence', 'disclosureText'], message: 'prior express written consent needs the disclosure text shown (47 CFR 64.1200(f)(9))' });
      }
    }
    // a consent counts from when it was given, and there is proof of it only from when it was captured
    if (g.at !== undefined && toEpoch(g.at) < toEpoch(g.evidence.capturedAt)) {
      ctx.addIssue({ code: 'custom', path: ['at'], message: 'must not be before evidence.capturedAt: a consent cannot count before its evidence exists' });
    }
  });

/** The schema of a {@link Revocation}. @category Schemas */
export const revocationSchema = z
  .object({
    phone: phoneSchema,
    via: z.enum(['sms', 'voice', 'dtmf', 'email', 'web', 'mail', 'in-person', 'other']),
    text: z.string().max(2000).optional(),
    at: instantSchema.optional(),
    seller: z.string().min(1).max(200).optional(),
  })
  .strict();

/** The schema of an inbound opt-out message for `engine.optOuts.fromMessage`. @category Schemas */
export const optOutMessageSchema = z
  .object({
    phone: phoneSchema,
    text: z.string().max(5000),
    channel: z.enum(['sms', 'voice', 'dtmf', 'email']),
    at: instantSchema.optional(),
    seller: z.string().min(1).max(200).optional(),
  })
  .strict();

/** The schema of an {@link AttemptRecord}. @category Schemas */
export const attemptRecordSchema = z
  .object({
    phone: phoneSchema,
    at: instantSchema,
    callType: callTypeSchema,
    channel: channelSchema.optional(),
    purpose: purposeSchema,
    subject: z.string().min(1).max(200).optional(),
    campaignId: z.string().min(1).max(200).optional(),
    outcome: outcomeSchema,
    conversation: z.boolean().optional(),
    seller: z.string().min(1).max(200).optional(),
    numberUse: numberUseSchema.optional(),
  })
  .strict();

/** The schema of a relationship event (EBR). @category Schemas */
export const relationshipEventSchema = z
  .object({
    phone: phoneSchema,
    kind: z.enum(['transaction', 'inquiry']),
    at: instantSchema,
    seller: z.string().min(1).max(200).optional(),
  })
  .strict();

/** The schema of a {@link ReassignedNumberQuery}. @category Schemas */
export const reassignedNumberQuerySchema = z
  .object({
    phone: phoneSchema,
    since: instantSchema,
    result: z.enum(['yes', 'no', 'no-data']),
    queriedAt: instantSchema.optional(),
  })
  .strict();

/** The schema of a {@link CommunicationRestriction}. @category Schemas */
export const communicationRestrictionSchema = z
  .object({
    kind: z.enum(['represented-by-counsel', 'no-calls-at-work', 'inconvenient-time', 'cease-communication', 'medium-refused']),
    subject: z.string().min(1).max(200).optional(),
    phone: phoneSchema.optional(),
    channel: channelSchema.optional(),
    window: z
      .object({
        start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be 'HH:MM' (00:00–23:59)"),
        end: z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "must be 'HH:MM' (00:00–24:00)"),
      })
      .strict()
      .refine((w) => w.start !== w.end && !(w.start === '00:00' && w.end === '24:00'), { message: 'must not be empty or the whole day (record a cease-communication instead)' })
      .optional(),
    at: instantSchema.optional(),
    until: instantSchema.optional(),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.subject === undefined && r.phone === undefined) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'give the debt (subject), the phone, or both' });
    if (r.kind === 'medium-refused' && r.phone === undefined) ctx.addIssue({ code: 'custom', path: ['phone'], message: "a 'medium-refused' restriction needs the phone" });
    if (r.channel !== undefined && r.kind !== 'medium-refused') ctx.addIssue({ code: 'custom', path: ['channel'], message: "only a 'medium-refused' restriction takes a channel" });
    if (r.kind === 'inconvenient-time' && r.window === undefined) ctx.addIssue({ code: 'custom', path: ['window'], message: "an 'inconvenient-time' restriction needs the window" });
    if (r.window !== undefined && r.kind !== 'inconvenient-time') ctx.addIssue({ code: 'custom', path: ['window'], message: "only an 'inconvenient-time' restriction takes a window" });
    if (r.until !== undefined && r.at !== undefined && new Date(r.until).getTime() <= new Date(r.at).getTime()) ctx.addIssue({ code: 'custom', path: ['until'], message: 'must be after at' });
  });

/** The schema of the options of `engine.suppressions.importFtc` / `importFtcDnc`. @category Schemas */
export const ftcImportOptionsSchema = z
  .object({
    kind: z.enum(['full', 'changes']),
    downloadedAt: instantSchema,
    since: instantSchema.optional(),
    areaCodes: z.array(z.number().int().min(200).max(999)).min(1).optional(),
    columns: z.object({ number: z.number().int().nonnegative(), action: z.number().int().nonnegative() }).strict().optional(),
    source: z.string().max(500).optional(),
    allowEmpty: z.boolean().optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.allowEmpty !== undefined && o.kind !== 'full') ctx.addIssue({ code: 'custom', path: ['allowEmpty'], message: 'only a full list can empty an area code' });
    if (o.columns !== undefined && o.kind !== 'changes') ctx.addIssue({ code: 'custom', path: ['columns'], message: 'only a change list has columns' });
    if (o.columns !== undefined && o.columns.number === o.columns.action) ctx.addIssue({ code: 'custom', path: ['columns'], message: 'the number and the flag are in different columns' });
    if (o.kind === 'changes' && o.since === undefined) ctx.addIssue({ code: 'custom', path: ['since'], message: 'a change list needs the time of the previous download it follows' });
    if (o.kind === 'full' && o.since !== undefined) ctx.addIssue({ code: 'custom', path: ['since'], message: 'only a change list follows a previous download' });
    if (o.since !== undefined && new Date(o.since).getTime() > new Date(o.downloadedAt).getTime()) ctx.addIssue({ code: 'custom', path: ['since'], message: 'must not be after downloadedAt' });
  });

/** The schema of an emergency declaration. @category Schemas */
export const emergencyDeclarationSchema = z
  .object({
    state: stateCodeSchema,
    // one county per entry, named: a blank entry or a comma-joined list would match no county and narrow the ban to nothing
    counties: z
      .array(z.string().regex(/\S/, { error: 'must name a county' }).refine((c) => !c.includes(','), { error: 'one county per entry (no commas)' }))
      .min(1)
      .optional(),
    from: instantSchema,
    to: instantSchema,
  })
  .strict()
  .refine((e) => new Date(e.to).getTime() > new Date(e.from).getTime(), { path: ['to'], message: 'must be after from' });

/** The schema of `complete(reservationId, result)`. @category Schemas */
export const completionSchema = z
  .object({
    outcome: outcomeSchema,
    conversation: z.boolean().optional(),
    durationSeconds: z.number().nonnegative().optional(),
  })
  .strict();

const INTENT_KEYS = new Set(Object.keys(callIntentSchema.shape));
const CALL_TYPES = new Set<string>(callTypeSchema.options);
const CHANNELS = new Set<string>(channelSchema.options);
const PURPOSES = new Set<string>(purposeSchema.options);
const LINE_TYPES = new Set<string>(lineTypeSchema.options);
const RELATIONSHIPS = new Set<string>(relationshipSchema.options);
const NUMBER_USES = new Set<string>(numberUseSchema.options);
const STATE_CODES = new Set<string>(STATES);
const ZIP = /^\d{5}(-\d{4})?$/;

const optStr = (v: unknown, max: number): boolean => v === undefined || (typeof v === 'string' && v.length >= 1 && v.length <= max);
const optIn = (v: unknown, set: Set<string>): boolean => v === undefined || (typeof v === 'string' && set.has(v));

/**
 * A fast pre-check of a call intent for the hot path. It accepts only inputs that
 * {@link callIntentSchema} accepts unchanged (no trimming or coercion needed) and returns
 * undefined for anything else, which then goes through the zod schema (and its error messages).
 * A property test holds the two to the same answers.
 * @internal
 */
export function fastCallIntent(v: unknown, into?: FastIntent): z.output<typeof callIntentSchema> | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  for (const k in o) if (!INTENT_KEYS.has(k)) return undefined;
  // Each field read once (the host's objects come in many shapes: every read is a slow one).
  const to = o['to'];
  if (typeof to !== 'string' || to.length < 1 || to.length > 40) return undefined;
  const c0 = to.charCodeAt(0);
  const cn = to.charCodeAt(to.length - 1);
  // zod would trim: ASCII whitespace is <= 32; any other \s is beyond 127
  if (c0 <= 32 || cn <= 32 || ((c0 > 127 || cn > 127) && /^\s|\s$/.test(to))) return undefined;
  const callType = o['callType'];
  if (typeof callType !== 'string' || !CALL_TYPES.has(callType)) return undefined;
  const purpose = o['purpose'];
  if (typeof purpose !== 'string' || !PURPOSES.has(purpose)) return undefined;
  const channel = o['channel'];
  const lineType = o['lineType'];
  const relationship = o['relationship'];
  const numberUse = o['numberUse'];
  if (!optIn(channel, CHANNELS) || !optIn(lineType, LINE_TYPES) || !optIn(relationship, RELATIONSHIPS) || !optIn(numberUse, NUMBER_USES)) return undefined;
  const sens = o['sensitivity'];
  if (sens !== undefined && sens !== 'routine' && sens !== 'sensitive') return undefined;
  const subject = o['subject'];
  const campaignId = o['campaignId'];
  const seller = o['seller'];
  const callerId = o['callerId'];
  if (!optStr(subject, 200) || !optStr(campaignId, 200) || !optStr(seller, 200) || !optStr(callerId, 40)) return undefined;
  const dns = o['doNotSolicit'];
  if (dns !== undefined && typeof dns !== 'boolean') return undefined;
  const at = o['at'];
  if (typeof at === 'string') {
    if (!ISO_WITH_OFFSET.test(at) || !instantInRange(Date.parse(at))) return undefined; // zod's own pattern for z.iso.datetime({ offset: true })
  } else if (at !== undefined && !(at instanceof Date && instantInRange(at.getTime()))) return undefined;
  const a = o['address'];
  if (a !== undefined) {
    if (a === null || typeof a !== 'object' || Array.isArray(a)) return undefined;
    const ad = a as Record<string, unknown>;
    for (const k in ad) if (k !== 'state' && k !== 'zip' && k !== 'county') return undefined;
    if (ad['state'] !== undefined && !(typeof ad['state'] === 'string' && STATE_CODES.has(ad['state']))) return undefined;
    if (ad['zip'] !== undefined && !(typeof ad['zip'] === 'string' && ZIP.test(ad['zip']))) return undefined;
    if (!optStr(ad['county'], 100)) return undefined;
  }
  const out = into ?? new FastIntent();
  out.to = to;
  out.callType = callType as ParsedCallIntent['callType'];
  out.channel = channel as ParsedCallIntent['channel'];
  out.purpose = purpose as ParsedCallIntent['purpose'];
  out.at = at as ParsedCallIntent['at'];
  out.lineType = lineType as ParsedCallIntent['lineType'];
  out.numberUse = numberUse as ParsedCallIntent['numberUse'];
  out.address = a as ParsedCallIntent['address'];
  out.subject = subject as string | undefined;
  out.campaignId = campaignId as string | undefined;
  out.relationship = relationship as ParsedCallIntent['relationship'];
  out.sensitivity = sens as ParsedCallIntent['sensitivity'];
  out.callerId = callerId as string | undefined;
  out.seller = seller as string | undefined;
  out.doNotSolicit = dns as boolean | undefined;
  return out;
}

type ParsedCallIntent = z.output<typeof callIntentSchema>;

/**
 * A checked intent with every field present in one order (`undefined` when absent): the engine
 * reads it field by field, and one shape keeps those reads fast whatever shapes the host's
 * objects have.
 * @internal
 */
export class FastIntent implements ParsedCallIntent {
  to = '';
  callType: ParsedCallIntent['callType'] = 'live';
  channel: ParsedCallIntent['channel'] = undefined;
  purpose: ParsedCallIntent['purpose'] = 'informational';
  at: ParsedCallIntent['at'] = undefined;
  lineType: ParsedCallIntent['lineType'] = undefined;
  numberUse: ParsedCallIntent['numberUse'] = undefined;
  address: ParsedCallIntent['address'] = undefined;
  subject: string | undefined = undefined;
  campaignId: string | undefined = undefined;
  relationship: ParsedCallIntent['relationship'] = undefined;
  sensitivity: ParsedCallIntent['sensitivity'] = undefined;
  callerId: string | undefined = undefined;
  seller: string | undefined = undefined;
  doNotSolicit: boolean | undefined = undefined;
}

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', { error: 'must be a function' });

/** Whether an IANA zone name is known to this runtime's Intl. */
function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The options of `createEngine`, checked before the engine is built: a misspelled or mistyped option
 * is an {@link InvalidInputError} naming it, never a default silently taken or a batch silently
 * dropped (a `batchSize` of `NaN`, say). A storage must have every required method of `Storage`
 * and a rule an `id` and an `evaluate` function; the engine then uses the objects given, not copies.
 * Only the declared keys are read (an adapter's getters, such as the memory audit log's
 * `entries`, are never touched by the check).
 * @category Schemas
 */
export const engineOptionsSchema = z.strictObject({
  storage: z
    .object({
      name: z.string({ error: 'must be a string (the storage name shown in errors)' }),
      audit: z.object({ append: fn, verify: fn, export: fn }, { error: 'must be an audit sink (append, verify, export)' }),
      loadFacts: fn,
      reserve: fn,
      completeAttempt: fn,
      addConsent: fn,
      addRevocation: fn,
      listConsents: fn,
      addSuppressions: fn,
      removeSuppressions: fn,
      hasSuppression: fn,
      addRelationship: fn,
      addAttempts: fn,
      addEmergency: fn,
    }, { error: 'must be a Storage (e.g. memoryStorage())' })
    .optional(),
  rules: z
    .array(
      z.object({ id: z.string(), evaluate: fn, needs: z.array(z.string()), effective: z.object({ from: z.string() }) }, { error: 'must be a rule (see defineRule)' }),
      { error: 'must be an array of rules' },
    )
    .optional(),
  clock: fn.optional(),
  seller: z.string().min(1, { error: 'must be a non-empty string' }).optional(),
  factTimeoutMs: z.number().positive().max(2_147_483_647, { error: 'must be at most 2147483647 ms (the timer limit)' }).optional(),
  reservationTtlMs: z.number().positive().max(8.64e15).optional(),
  batchSize: z.number().int({ error: 'must be a whole number' }).positive().optional(),
  businessTimeZone: z.string().refine(knownZone, { error: 'must be an IANA time zone, e.g. America/New_York' }).optional(),
  auditDecisions: z.boolean().optional(),
  optOutDigits: z.array(z.string().regex(/^[0-9*#]$/, { error: 'must be one DTMF key: 0-9, * or #' })).optional(),
});

/** Metadata kept with suppression entries (`suppressions.add`): a plain object. @category Schemas */
export const suppressionMetaSchema = z.record(z.string(), z.unknown(), { error: 'must be a plain object' });

/**
 * Parses a value with a schema, throwing {@link InvalidInputError} naming the fields.
 * @internal
 */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new InvalidInputError(
    what,
    r.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message, code: i.code })),
    { cause: r.error },
  );
}

/** Turns a parsed instant into epoch ms. @internal */
export function toEpoch(v: Date | string): number {
  return typeof v === 'string' ? Date.parse(v) : v.getTime();
}
