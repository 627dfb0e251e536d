/**
 * Public types of dialguard: what a host sends in (a {@link CallIntent}) and what it gets back
 * (a {@link Decision} made of {@link Verdict}s).
 *
 * @module
 */
import type { ReasonCode } from './reasons';

/**
 * How the call is placed. `autodialed` = equipment that is an ATDS (47 U.S.C. 227(a)(1));
 * `prerecorded` = an artificial or prerecorded voice (incl. AI voices, ringless voicemail);
 * `live` = a person dials and speaks.
 * @category Types
 */
export type CallType = 'autodialed' | 'prerecorded' | 'live';

/** Voice call or text message. Texts are "calls" under 47 U.S.C. 227(b). @category Types */
export type Channel = 'voice' | 'sms';

/**
 * Why the call is made; drives which rules apply.
 * @category Types
 */
export type Purpose =
  | 'telemarketing'
  | 'informational'
  | 'debt-collection'
  | 'emergency'
  | 'healthcare'
  | 'opt-out-confirmation';

/** The kind of line called. `unknown` is treated as wireless (the stricter case). @category Types */
export type LineType = 'wireless' | 'landline' | 'voip' | 'unknown';

/**
 * What the called number is to the person: `'personal'` = their residence, cell phone or another
 * number they gave as their personal number; `'work'` = their place of employment; `'other'` =
 * anything else. Some debt-collection caps differ by it (940 CMR 7.04(1)(f): 2 per 7 days to a
 * personal number, 2 per 30 days elsewhere; WA collection agencies: 1 per week at work). When it
 * is not given, every such cap applies (the stricter case).
 * @category Types
 */
export type NumberUse = 'personal' | 'work' | 'other';

/** The called person's relation to the firm (attorney-ethics rules). @category Types */
export type Relationship =
  | 'client'
  | 'former-client'
  | 'prospect'
  | 'lawyer'
  | 'family'
  | 'business-user';

/** Matter sensitivity, used by the opt-in `firm` pack. @category Types */
export type Sensitivity = 'routine' | 'sensitive';

/** How a call attempt ended. @category Types */
export type Outcome = 'answered-live' | 'voicemail' | 'no-answer' | 'busy' | 'abandoned' | 'failed';

/** The confidence mark a rule carries, from RULES.md: primary text checked, secondary only, or unverified. @category Types */
export type Confidence = 'V' | 'S' | 'unverified';

/** An address on file for the called party. @category Types */
export interface Address {
  /** USPS state code, e.g. `'FL'`. */
  state?: string;
  /** 5-digit ZIP or ZIP+4; mapped to a state by its 3-digit prefix. */
  zip?: string;
  /** County name, for county-level emergency declarations. */
  county?: string;
}

/**
 * A call or text the host intends to place. Validated by {@link callIntentSchema}.
 * @category Types
 */
export interface CallIntent {
  /** The number to call, in any common US format, or E.164. */
  to: string;
  callType: CallType;
  /** Default `'voice'`. */
  channel?: Channel;
  purpose: Purpose;
  /** When the call would be placed: a Date, or an ISO-8601 string WITH an offset. Default: the engine clock. */
  at?: Date | string;
  /** Default `'unknown'`, treated as wireless. */
  lineType?: LineType;
  /** What the number is to the person (residence/cell, work, other). Default unknown: every use-specific cap applies. */
  numberUse?: NumberUse;
  address?: Address;
  /** The matter or debt the call is about (per-subject frequency caps). */
  subject?: string;
  campaignId?: string;
  relationship?: Relationship;
  sensitivity?: Sensitivity;
  /** The calling number / caller ID the call will present (TSR 310.4(a)(8), 47 CFR 64.1601(e)). */
  callerId?: string;
  /** Overrides the engine's seller for this intent. */
  seller?: string;
  /** The person asked not to be solicited by this lawyer (Model Rule 7.3(c)). */
  doNotSolicit?: boolean;
}

/**
 * An intent after normalization: E.164 number, instant, candidate zones and states. The engine
 * gives every optional field on every intent (`undefined` when absent; JSON omits it), so that all
 * intents share one shape and the rules' reads of them stay fast.
 * @category Types
 */
export interface NormalizedIntent {
  /** E.164, e.g. `'+13055550123'`; empty when the number could not be parsed. */
  e164: string;
  npa: number;
  nxx: number;
  /** The NANP region: `'US'` for the states, DC and territories. */
  region: string;
  callType: CallType;
  channel: Channel;
  purpose: Purpose;
  /** The instant evaluated. */
  instant: Date;
  /** Epoch milliseconds of {@link instant}. */
  at: number;
  lineType: LineType;
  /** `lineType`, with `unknown` resolved to the stricter `wireless`. */
  effectiveLineType: Exclude<LineType, 'unknown'>;
  /** Every candidate IANA time zone (area code + address). A window must be open in all. */
  zones: readonly string[];
  /** Every candidate state (area code + address). Every candidate state's law applies. */
  states: readonly string[];
  /** Where the zones came from. */
  zoneSources: readonly ('area-code' | 'address')[];
  /** How the area-code zones were found: `'nxx'`/`'npa'` from the tables, `'override'` for a known data gap, `'state'` for a state fallback. */
  zoneSource?: 'nxx' | 'npa' | 'override' | 'state';
  address?: Address;
  /** What the number is to the person; undefined when not given (every use-specific cap applies). */
  numberUse?: NumberUse;
  subject?: string;
  campaignId?: string;
  relationship?: Relationship;
  sensitivity?: Sensitivity;
  callerId?: string;
  seller: string;
  doNotSolicit: boolean;
  /** Set when the number is not a supported dialable number; the decision is then denied. */
  unsupported?: { reason: 'invalid' | 'non-nanp' | 'premium-rate' | 'non-us' | 'toll-free' | 'unassigned-area-code'; detail?: string };
}

/**
 * One rule's verdict on one intent.
 * @category Types
 */
export interface Verdict {
  /** Stable rule id, e.g. `'tcpa.calling-hours'`. */
  rule: string;
  outcome: 'allow' | 'deny' | 'warn';
  code: ReasonCode;
  /** One sentence a paralegal understands, rendered from `code` and `details`. */
  reason: string;
  citation: string;
  /** RULES.md confidence mark of the rule. */
  confidence: Confidence;
  details?: Record<string, unknown>;
  /** For time-based denials: the earliest instant at which this rule could pass. */
  retryAt?: Date;
}

/**
 * Something a permitted call must do while it is placed.
 * @category Types
 */
export interface Obligation {
  rule: string;
  code: ObligationCode;
  description: string;
  citation: string;
  details?: Record<string, unknown>;
}

/** The closed set of obligation codes. @category Types */
export type ObligationCode =
  | 'identify_at_start'
  | 'state_callback_number'
  | 'interactive_opt_out'
  | 'voicemail_toll_free_opt_out'
  | 'ring_duration'
  | 'transmit_caller_id'
  | 'abandonment_message'
  | 'advertisement_label'
  | 'honor_opt_out'
  | 'limited_content_voicemail'
  | 'electronic_opt_out'
  | 'disclose_identity_and_purpose'
  | 'identify_caller_and_seller'
  | 'natural_voice_introduction'
  | 'offer_to_end_or_remove'
  | 'end_call_on_request';

/**
 * The result of a check. A denial is a value: `allowed: false`, never an exception.
 * @category Types
 */
export interface Decision {
  /** A random UUID; the decision's audit entry carries it. */
  decisionId: string;
  /** The engine clock when the decision was made (one Date shared by the decisions of a checkMany batch: read it, don't mutate it). */
  evaluatedAt: Date;
  /** The package version and a hash of the rules' ids, dates and citations. */
  rulesetVersion: string;
  /** True when no rule denies. */
  allowed: boolean;
  /** One verdict per rule that applied (frozen verdicts may be shared between decisions). */
  verdicts: Verdict[];
  /** The deny verdicts. */
  denials: Verdict[];
  /** The warn verdicts: the call may go out, but something should be fixed. */
  warnings: Verdict[];
  /** What the call must do if placed (empty when denied). */
  obligations: Obligation[];
  /** Earliest instant at which the time-based denials clear; null when any denial is not time-based. */
  nextPermittedAt: Date | null;
  intent: NormalizedIntent;
}

/** Evidence that a consent was given. @category Types */
export interface ConsentEvidence {
  method: 'web-form' | 'e-sign' | 'paper' | 'recorded-oral' | 'sms-keyword' | 'verbal';
  capturedAt: Date | string;
  disclosureText?: string;
  signature?: string;
  documentRef?: string;
  ip?: string;
  userAgent?: string;
  certificateUrl?: string;
}

/** What a consent covers; an omitted list covers everything of that kind. @category Types */
export interface ConsentScope {
  callTypes?: CallType[];
  channels?: Channel[];
  purposes?: Purpose[];
}

/**
 * A consent to record. `prior-express-written` needs a signature or document reference and the
 * disclosure text (47 CFR 64.1200(f)(9)).
 * @category Types
 */
export interface ConsentGrant {
  phone: string;
  kind: 'prior-express' | 'prior-express-written';
  seller?: string;
  scope?: ConsentScope;
  evidence: ConsentEvidence;
  at?: Date | string;
}

/** A consent as stored. @category Types */
export interface ConsentRecord {
  id: string;
  phone: string;
  kind: 'prior-express' | 'prior-express-written';
  seller: string;
  scope: ConsentScope;
  evidence: Omit<ConsentEvidence, 'capturedAt'> & { capturedAt: Date };
  grantedAt: Date;
  recordedAt: Date;
}

/** A revocation of consent (47 CFR 64.1200(a)(10)). @category Types */
export interface Revocation {
  phone: string;
  via: 'sms' | 'voice' | 'dtmf' | 'email' | 'web' | 'mail' | 'in-person' | 'other';
  text?: string;
  at?: Date | string;
  seller?: string;
}

/** A revocation as stored: an appended record, never a delete. @category Types */
export interface RevocationRecord {
  id: string;
  phone: string;
  seller: string;
  via: Revocation['via'];
  text?: string;
  receivedAt: Date;
  /** The latest instant by which it must be honored: 10 business days (64.1200(a)(10)). */
  honorBy: Date;
  recordedAt: Date;
}

/** A call attempt, imported or written by reserve/complete. @category Types */
export interface AttemptRecord {
  phone: string;
  at: Date | string;
  callType: CallType;
  channel?: Channel;
  purpose: Purpose;
  subject?: string;
  campaignId?: string;
  outcome: Outcome;
  conversation?: boolean;
  seller?: string;
  /** What the number was to the person; unknown attempts count toward every use-specific cap. */
  numberUse?: NumberUse;
}

/** An attempt as stored. `pending` is a reservation not yet completed. @category Types */
export interface StoredAttempt {
  id: string;
  e164: string;
  at: number;
  callType: CallType;
  channel: Channel;
  purpose: Purpose;
  subject?: string;
  campaignId?: string;
  seller: string;
  outcome: Outcome | 'pending';
  conversation: boolean;
  /** For pending reservations: when the reservation lapses (epoch ms). */
  expiresAt?: number;
  /** What the number was to the person, when known. */
  numberUse?: NumberUse;
}

/** A list a number can be suppressed on. @category Types */
export type SuppressionList = 'national' | 'internal' | `state:${string}`;

/** An established-business-relationship event (47 CFR 64.1200(f)(5)). @category Types */
export interface RelationshipEvent {
  phone: string;
  kind: 'transaction' | 'inquiry';
  at: Date | string;
  seller?: string;
}

/** A stored relationship event. @category Types */
export interface StoredRelationship {
  e164: string;
  kind: 'transaction' | 'inquiry';
  at: number;
  seller: string;
}

/**
 * A Reassigned Numbers Database answer to record (47 CFR 64.1200(m); RULES.md §1.11). Query the
 * RND with the number and the date consent was obtained; record what it said.
 * @category Types
 */
export interface ReassignedNumberQuery {
  phone: string;
  /** The date given in the query: when consent was obtained (or the caller was reasonably certain the person could be reached). */
  since: Date | string;
  /** `'yes'`: permanently disconnected on or after `since`; `'no'`: not disconnected since; `'no-data'`: the database has no answer. */
  result: 'yes' | 'no' | 'no-data';
  /** When the database was queried. Default: the engine clock. */
  queriedAt?: Date | string;
}

/** A stored Reassigned Numbers Database answer. @category Types */
export interface StoredReassignedQuery {
  id: string;
  e164: string;
  /** Epoch ms of the date given in the query. */
  since: number;
  result: 'yes' | 'no' | 'no-data';
  /** Epoch ms of the query. */
  queriedAt: number;
}

/**
 * What a debt collector has learned that limits its communications with a consumer (Regulation F,
 * RULES.md §3): `'represented-by-counsel'` (the consumer has an attorney for the debt, 12 CFR
 * 1006.6(b)(2)); `'no-calls-at-work'` (the employer prohibits it or the consumer asked, 1006.6(b)(3));
 * `'inconvenient-time'` (the consumer said a time of day is inconvenient, 1006.6(b)(1): give the
 * `window`); `'cease-communication'` (a written refusal to pay or request to cease, 1006.6(c));
 * `'medium-refused'` (the consumer asked that a medium not be used, e.g. "don't text me",
 * 1006.14(h)).
 * @category Types
 */
export type RestrictionKind = 'represented-by-counsel' | 'no-calls-at-work' | 'inconvenient-time' | 'cease-communication' | 'medium-refused';

/**
 * A communication restriction to record for debt collection (`engine.debtCollection.restrict`).
 * Give the debt as `subject` (the intents' subject: it then holds on every number), or the
 * `phone` (every debt called at that number), or both (that debt at that number).
 * @category Types
 */
export interface CommunicationRestriction {
  kind: RestrictionKind;
  /** The debt it concerns. Omitted: every debt called at `phone`. */
  subject?: string;
  /** The number it concerns (required for `'medium-refused'` and when `subject` is omitted). */
  phone?: string;
  /** For `'medium-refused'`: the medium refused. Omitted: calls and texts to `phone`. */
  channel?: Channel;
  /**
   * For `'inconvenient-time'` (required): the hours the consumer named as inconvenient, `'HH:MM'`
   * local time at the consumer's location, every day; `start` after `end` spans midnight
   * (`{ start: '20:00', end: '10:00' }`). `end` may be `'24:00'`.
   */
  window?: { start: string; end: string };
  /** When the collector learned of it. Default: the engine clock. */
  at?: Date | string;
  /** When it ends (e.g. the attorney consented to direct communication). Default: open-ended. */
  until?: Date | string;
  /** Free text kept with the record (who said what, a document reference). */
  note?: string;
}

/** A stored communication restriction: appended, never deleted. @category Types */
export interface StoredRestriction {
  id: string;
  kind: RestrictionKind;
  subject?: string;
  e164?: string;
  channel?: Channel;
  /** For `'inconvenient-time'`: the inconvenient hours, `'HH:MM'` local time. */
  window?: { start: string; end: string };
  /** Epoch ms. */
  from: number;
  /** Epoch ms; undefined when open-ended. */
  until?: number;
  note?: string;
}

/** A declared emergency (LA, NY emergency bans). @category Types */
export interface EmergencyDeclaration {
  state: string;
  counties?: string[];
  from: Date | string;
  to: Date | string;
}

/** A stored emergency declaration. @category Types */
export interface StoredEmergency {
  id: string;
  state: string;
  counties?: string[];
  from: number;
  to: number;
}
