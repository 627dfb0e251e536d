// bench/check-many.bench.ts
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";

// src/core/engine.ts
import { randomUUID, createHash as createHash2 } from "node:crypto";

// src/core/reasons.ts
var s = (v) => v === void 0 || v === null ? "" : String(v);
var list = (v) => Array.isArray(v) ? v.join(", ") : s(v);
var hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
var win = (v) => v !== null && typeof v === "object" && "start" in v && "end" in v ? `${hhmm(Number(v.start))}\u2013${hhmm(Number(v.end))}` : s(v);
var a = (v) => /^[aeiou]/i.test(s(v)) ? `an ${s(v)}` : `a ${s(v)}`;
var REASONS = {
  // --- engine
  unsupported_number: (d) => `The number ${s(d["input"])} is not a supported dialable US number (${s(d["reason"])}${d["detail"] ? `: ${s(d["detail"])}` : ""}).`,
  fact_unavailable: (d) => `The ${list(d["facts"])} record could not be read in time, so ${s(d["forRule"])} cannot confirm the call is lawful.`,
  rule_error: (d) => `Rule ${s(d["forRule"])} failed while evaluating (${s(d["message"])}); the call is blocked to be safe.`,
  // --- consent
  consent_not_required: (d) => `No TCPA consent is needed for ${a(d["callType"])} ${s(d["channel"])} ${s(d["purpose"])} call to ${a(d["lineType"])} line.`,
  consent_on_file: (d) => `${d["required"] === "prior-express-written" ? "Prior express written consent" : "Prior express consent"} is on file (consent ${s(d["consentId"])}).`,
  consent_required: (d) => `${a(d["callType"]).replace(/^a/, "A")} ${s(d["purpose"])} ${s(d["channel"])} call to ${a(d["lineType"])} line needs ${d["required"] === "prior-express-written" ? "prior express written consent" : "prior express consent"}, and none covering it is on file.`,
  written_consent_required: (d) => `Only oral consent is on file, but ${a(d["callType"])} telemarketing call to ${a(d["lineType"])} line needs prior express written consent.`,
  consent_out_of_scope: (d) => `The consent on file does not cover this call (${list(d["mismatch"])}).`,
  consent_revoked: (d) => `The called party revoked consent on ${s(d["revokedAt"])}${d["via"] ? ` by ${s(d["via"])}` : ""}; no consent given before then counts.`,
  no_revocation: () => "No revocation of consent is on file for this number.",
  // --- hours
  within_calling_hours: (d) => `The called party's local time is inside the permitted window ${win(d["window"])} in every candidate time zone (${list(d["zones"])}).`,
  outside_calling_hours: (d) => `It is ${s(d["localTime"])} in ${s(d["zone"])}, outside the permitted window ${win(d["window"])}.`,
  no_calls_on_day: (d) => `Calls of this kind are not allowed on ${s(d["dayKind"])} (${s(d["date"])}) in ${s(d["zone"])}.`,
  holiday_ban: (d) => `${s(d["date"])} is ${s(d["holiday"])}, a day on which ${s(d["state"])} bans these calls.`,
  not_a_holiday: (d) => `${list(d["dates"])} is not a calling-ban holiday in ${s(d["state"])}.`,
  // --- DNC
  not_on_dnc: (d) => `The number is not on the ${s(d["list"])} do-not-call list.`,
  on_national_dnc: () => "The number is on the National Do Not Call Registry and there is no established business relationship or signed written agreement.",
  dnc_ebr_exemption: (d) => `The number is on the National Do Not Call Registry, but an established business relationship (${s(d["kind"])} on ${s(d["since"])}) permits the call until ${s(d["until"])}.`,
  dnc_written_agreement: (d) => `The number is on the National Do Not Call Registry, but a signed written agreement (consent ${s(d["consentId"])}) permits the call.`,
  on_internal_dnc: () => "The number is on the firm's own do-not-call list, which no relationship or consent overrides.",
  on_state_dnc: (d) => `The number is on the ${s(d["state"])} state do-not-call list.`,
  // --- caps
  within_limit: (d) => `${s(d["count"])} of ${s(d["limit"])} ${s(d["what"])} used in the ${s(d["window"])}.`,
  limit_reached: (d) => `${s(d["count"])} ${s(d["what"])} already in the ${s(d["window"])}; the limit is ${s(d["limit"])}.`,
  post_conversation_wait: (d) => `A telephone conversation about this debt took place on ${s(d["conversationDate"])}; no call is presumed lawful within 7 days after it.`,
  abandonment_rate_exceeded: (d) => `The campaign abandoned ${s(d["abandoned"])} of ${s(d["answered"])} live-answered calls (${s(d["ratePercent"])}%) in the current 30-day period, over the 3% limit.`,
  abandonment_rate_ok: (d) => `The campaign's abandonment rate is ${s(d["ratePercent"])}% of live-answered calls in the current 30-day period (limit 3%).`,
  // --- emergencies
  emergency_ban: (d) => `A state of emergency is declared in ${s(d["state"])}${d["counties"] ? ` (${list(d["counties"])})` : ""} until ${s(d["to"])}; telephone solicitation is banned there.`,
  no_emergency: (d) => `No declared emergency bans calls in ${s(d["state"])} now.`,
  // --- ethics / firm
  attorney_live_solicitation: (d) => `A live telemarketing call to a prospective client is an in-person solicitation barred by ${s(d["ruleName"])}.`,
  attorney_telephone_solicitation: (d) => `${s(d["state"])} bars telephone solicitation of prospective clients (${s(d["ruleName"])}).`,
  attorney_do_not_solicit: () => "The person has asked not to be solicited; Model Rule 7.3(c) bars any further solicitation.",
  relationship_unknown: () => "No relationship is given for this telemarketing call; if the person is a prospective client, a live call is a barred solicitation.",
  solicitation_permitted: (d) => `The called person is a ${s(d["relationship"])}, an exception to the solicitation ban.`,
  sensitive_matter_requires_live: () => "Firm policy: sensitive matters are discussed only by a live person, not by autodialed or prerecorded calls.",
  unknown_time_zone: () => "Firm policy: the time zone of the called party is unknown, so the call is not placed.",
  // --- misc
  caller_id_missing: () => "No caller ID is set for this telemarketing call; telemarketers must transmit a caller ID number (and name when available).",
  caller_id_present: (d) => `Caller ID ${s(d["callerId"])} will be transmitted.`,
  not_applicable: (d) => `This rule does not govern this call (${s(d["why"])}).`
};
function renderReason(code, details = {}) {
  return REASONS[code](details);
}

// src/time/zone.ts
import { formatInTimeZone } from "date-fns-tz";

// src/time/civil.ts
var Weekdays = Object.freeze({
  /** 0 */
  SUNDAY: 0,
  /** 1 */
  MONDAY: 1,
  /** 2 */
  TUESDAY: 2,
  /** 3 */
  WEDNESDAY: 3,
  /** 4 */
  THURSDAY: 4,
  /** 5 */
  FRIDAY: 5,
  /** 6 */
  SATURDAY: 6
});
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
var MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`[dialguard] month must be an integer 1-12, got ${String(month)}`);
  }
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}
function isValidCivil(year, month, day) {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && year >= 0 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
function daysFromCivil(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(days) {
  const z2 = days + 719468;
  const era = Math.floor(z2 / 146097);
  const doe = z2 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}
function weekdayFromDays(days) {
  return ((days + 4) % 7 + 7) % 7;
}
function weekday(y, m, d) {
  return weekdayFromDays(daysFromCivil(y, m, d));
}
function nthWeekdayOfMonth(y, m, wd, n) {
  if (!Number.isInteger(wd) || wd < 0 || wd > 6) {
    throw new RangeError(`[dialguard] weekday must be an integer 0-6, got ${String(wd)}`);
  }
  if (!(n === -1 || Number.isInteger(n) && n >= 1 && n <= 5)) {
    throw new RangeError(`[dialguard] n must be 1-5 or -1 (last), got ${String(n)}`);
  }
  const len = daysInMonth(y, m);
  if (n === -1) {
    const lastWd = weekday(y, m, len);
    return { year: y, month: m, day: len - (lastWd - wd + 7) % 7 };
  }
  const firstWd = weekday(y, m, 1);
  const day = 1 + (wd - firstWd + 7) % 7 + (n - 1) * 7;
  if (day > len) {
    throw new RangeError(`[dialguard] ${y}-${pad2(m)} has no occurrence ${n} of weekday ${wd}`);
  }
  return { year: y, month: m, day };
}
function easterSunday(y) {
  const a2 = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a2 + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const mm = Math.floor((a2 + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31);
  const day = (h + l - 7 * mm + 114) % 31 + 1;
  return { year: y, month, day };
}
function pad2(n) {
  return n < 10 ? `0${n}` : String(n);
}
function formatCivil(date) {
  const y = date.year;
  const ys = y >= 1e3 ? String(y) : String(y).padStart(4, "0");
  return `${ys}-${pad2(date.month)}-${pad2(date.day)}`;
}

// src/time/zone.ts
var HOUR = 36e5;
var MINUTE = 6e4;
var DAY = 864e5;
var hourCache = /* @__PURE__ */ new Map();
function computeOffsetMinutes(zone, epochMs) {
  const x = formatInTimeZone(epochMs, zone, "xxx");
  const sign = x.charCodeAt(0) === 45 ? -1 : 1;
  return sign * (Number(x.slice(1, 3)) * 60 + Number(x.slice(4, 6)));
}
function zoneOffsetMinutes(zone, epochMs) {
  let byHour = hourCache.get(zone);
  if (byHour === void 0) {
    byHour = /* @__PURE__ */ new Map();
    hourCache.set(zone, byHour);
  }
  const h = Math.floor(epochMs / HOUR);
  let off = byHour.get(h);
  if (off === void 0) {
    const a2 = computeOffsetMinutes(zone, h * HOUR);
    const b = computeOffsetMinutes(zone, h * HOUR + HOUR - 1);
    off = a2 === b ? a2 : Number.NaN;
    byHour.set(h, off);
  }
  if (Number.isNaN(off)) return computeOffsetMinutes(zone, Math.floor(epochMs / MINUTE) * MINUTE);
  return off;
}
var LocalTime = class {
  /** Days since 1970-01-01 of the local date. */
  days;
  /** Minutes since local midnight (0–1439). */
  minuteOfDay;
  offsetMinutes;
  constructor(days, minuteOfDay, offsetMinutes) {
    this.days = days;
    this.minuteOfDay = minuteOfDay;
    this.offsetMinutes = offsetMinutes;
  }
  /** 0 = Sunday … 6 = Saturday. */
  get weekday() {
    return weekdayFromDays(this.days);
  }
  get year() {
    return civilFromDays(this.days).year;
  }
  get month() {
    return civilFromDays(this.days).month;
  }
  get day() {
    return civilFromDays(this.days).day;
  }
  /** `'YYYY-MM-DD'`. */
  get date() {
    return dateString(this.days);
  }
  /** `'HH:MM'`. */
  get time() {
    return `${pad22(Math.floor(this.minuteOfDay / 60))}:${pad22(this.minuteOfDay % 60)}`;
  }
};
var pad22 = (n) => n < 10 ? `0${n}` : String(n);
function dateString(days) {
  const { year, month, day } = civilFromDays(days);
  return `${year}-${pad22(month)}-${pad22(day)}`;
}
function localTime(zone, epochMs) {
  const offsetMinutes = zoneOffsetMinutes(zone, epochMs);
  const localMs = epochMs + offsetMinutes * MINUTE;
  const days = Math.floor(localMs / DAY);
  return new LocalTime(days, Math.floor((localMs - days * DAY) / MINUTE), offsetMinutes);
}
function localDays(zone, epochMs) {
  return Math.floor((epochMs + zoneOffsetMinutes(zone, epochMs) * MINUTE) / DAY);
}
function zonedToEpoch(zone, days, minuteOfDay) {
  const wall = days * DAY + minuteOfDay * MINUTE;
  const o1 = zoneOffsetMinutes(zone, wall - 14 * HOUR);
  const o2 = zoneOffsetMinutes(zone, wall + 14 * HOUR);
  let best = Number.POSITIVE_INFINITY;
  for (const o of o1 === o2 ? [o1] : [o1, o2]) {
    const candidate = wall - o * MINUTE;
    if (candidate + zoneOffsetMinutes(zone, candidate) * MINUTE === wall && candidate < best) best = candidate;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  const before = wall - Math.max(o1, o2) * MINUTE;
  const after = wall - Math.min(o1, o2) * MINUTE;
  let lo = Math.min(before, after);
  let hi = Math.max(before, after);
  const base = zoneOffsetMinutes(zone, lo);
  while (hi - lo > MINUTE) {
    const mid = Math.floor((lo + hi) / 2 / MINUTE) * MINUTE;
    if (zoneOffsetMinutes(zone, mid) === base) lo = mid;
    else hi = mid;
  }
  return hi;
}
function formatWindow(w) {
  if (w === null) return "none (no calls this day)";
  const f = (m) => `${pad22(Math.floor(m / 60))}:${pad22(m % 60)}`;
  return `${f(w.start)}\u2013${f(w.end)}`;
}
function hm(text) {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) throw new RangeError(`bad time ${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
}
function checkWindow(zone, epochMs, windowOf, horizonDays = 15) {
  const local = localTime(zone, epochMs);
  const window = windowOf(local.days, weekdayFromDays(local.days));
  if (window !== null && local.minuteOfDay >= window.start && local.minuteOfDay < window.end) {
    return { open: true, zone, local, window };
  }
  for (let i = 0; i <= horizonDays; i++) {
    const days = local.days + i;
    const w = i === 0 ? window : windowOf(days, weekdayFromDays(days));
    if (w === null || w.end <= w.start) continue;
    const opening = zonedToEpoch(zone, days, w.start);
    if (opening > epochMs) return { open: false, zone, local, window, retryAt: opening };
  }
  return { open: false, zone, local, window };
}

// src/core/evaluate.ts
var MINUTE2 = 6e4;
var NEXT_PERMITTED_HORIZON_MS = 14 * 864e5;
function ceilMinute(ms) {
  return Math.ceil(ms / MINUTE2) * MINUTE2;
}
var DAY2 = 864e5;
function localDayNumbers(intent) {
  const out = [];
  for (const z2 of intent.zones) out.push(localDays(z2, intent.at));
  if (out.length === 0) out.push(Math.floor(intent.at / DAY2));
  return out;
}
var effectiveDays = /* @__PURE__ */ new WeakMap();
function effectiveOf(rule) {
  let e = effectiveDays.get(rule);
  if (e === void 0) {
    e = {
      from: Math.floor(Date.parse(`${rule.effective.from}T00:00:00Z`) / DAY2),
      to: rule.effective.to === void 0 ? Infinity : Math.floor(Date.parse(`${rule.effective.to}T00:00:00Z`) / DAY2)
    };
    effectiveDays.set(rule, e);
  }
  return e;
}
function inForce(rule, days) {
  const { from, to } = effectiveOf(rule);
  for (const d of days) if (d >= from && d < to) return true;
  return false;
}
var LazyVerdict = class {
  rule;
  outcome;
  code;
  citation;
  confidence;
  details;
  retryAt;
  #reason;
  constructor(rule, v) {
    this.rule = rule.id;
    this.outcome = v.outcome;
    this.code = v.code;
    this.citation = v.citation ?? rule.citation;
    this.confidence = rule.confidence;
    if (v.details !== void 0) this.details = v.details;
    if (v.retryAt !== void 0) this.retryAt = new Date(ceilMinute(typeof v.retryAt === "number" ? v.retryAt : v.retryAt.getTime()));
  }
  get reason() {
    return this.#reason ??= renderReason(this.code, this.details);
  }
  set reason(text) {
    this.#reason = text;
  }
  toJSON() {
    const o = { rule: this.rule, outcome: this.outcome, code: this.code, reason: this.reason, citation: this.citation, confidence: this.confidence };
    if (this.details !== void 0) o.details = this.details;
    if (this.retryAt !== void 0) o.retryAt = this.retryAt;
    return o;
  }
};
Object.defineProperty(LazyVerdict.prototype, "reason", { enumerable: true });
function toVerdict(rule, v) {
  return new LazyVerdict(rule, v);
}
function runRules(rules, intent, facts, unavailable, withObligations) {
  const verdicts = [];
  const obligations = [];
  let dates;
  for (const rule of rules) {
    if (rule.appliesTo !== void 0 && !rule.appliesTo(intent)) continue;
    dates ??= localDayNumbers(intent);
    if (!inForce(rule, dates)) continue;
    if (unavailable !== void 0 && unavailable.size > 0) {
      const missing = rule.needs.filter((n) => unavailable.has(n));
      if (missing.length > 0) {
        const details = { forRule: rule.id, facts: missing };
        verdicts.push({
          rule: "engine.fact-unavailable",
          outcome: "deny",
          code: "fact_unavailable",
          reason: renderReason("fact_unavailable", details),
          citation: rule.citation,
          confidence: rule.confidence,
          details
        });
        continue;
      }
    }
    let out;
    try {
      out = rule.evaluate(intent, facts);
      if (withObligations && rule.obligations) {
        const obs = rule.obligations(intent, facts);
        if (obs) {
          for (const o of obs) {
            const ob = { rule: rule.id, code: o.code, description: o.description, citation: o.citation ?? rule.citation };
            if (o.details) ob.details = o.details;
            obligations.push(ob);
          }
        }
      }
    } catch (err) {
      const details = { forRule: rule.id, message: err instanceof Error ? err.message : String(err) };
      verdicts.push({ rule: rule.id, outcome: "deny", code: "rule_error", reason: renderReason("rule_error", details), citation: rule.citation, confidence: rule.confidence, details });
      continue;
    }
    if (out === void 0) continue;
    if (Array.isArray(out)) for (const v of out) verdicts.push(toVerdict(rule, v));
    else verdicts.push(toVerdict(rule, out));
  }
  return { verdicts, obligations };
}
function atInstant(intent, at) {
  return { ...intent, at, instant: new Date(at) };
}
function findNextPermitted(rules, intent, facts, unavailable, denials) {
  const limit = intent.at + NEXT_PERMITTED_HORIZON_MS;
  let current = denials;
  let t = intent.at;
  for (let i = 0; i < 200; i++) {
    let next = -Infinity;
    for (const d of current) {
      if (d.retryAt === void 0) return null;
      next = Math.max(next, d.retryAt.getTime());
    }
    if (!(next > t) || next > limit) return null;
    t = next;
    const r = runRules(rules, atInstant(intent, t), facts, unavailable, false);
    current = r.verdicts.filter((v) => v.outcome === "deny");
    if (current.length === 0) return new Date(t);
  }
  return null;
}

// src/core/errors.ts
var DialguardError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
};
var InvalidInputError = class extends DialguardError {
  issues;
  constructor(what, issues, options) {
    const parts = issues.map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
    super(`[dialguard] invalid ${what}: ${parts.join("; ")}`, options);
    this.issues = issues;
  }
  /** The field paths named by the issues, dotted (e.g. `'at'`, `'address.state'`). */
  get fields() {
    return this.issues.map((i) => i.path.join("."));
  }
};
var UnsupportedNumberError = class extends DialguardError {
  input;
  constructor(input, reason, options) {
    super(`[dialguard] unsupported number ${JSON.stringify(input)}: ${reason}`, options);
    this.input = input;
  }
};
var StorageError = class extends DialguardError {
  adapter;
  constructor(adapter, message, options) {
    super(`[dialguard] [${adapter}] ${message}`, options);
    this.adapter = adapter;
  }
};

// src/core/schemas.ts
import { z } from "zod";
var STATES = [
  "AL",
  "AK",
  "AZ",
  "AR",
  "CA",
  "CO",
  "CT",
  "DE",
  "DC",
  "FL",
  "GA",
  "HI",
  "ID",
  "IL",
  "IN",
  "IA",
  "KS",
  "KY",
  "LA",
  "ME",
  "MD",
  "MA",
  "MI",
  "MN",
  "MS",
  "MO",
  "MT",
  "NE",
  "NV",
  "NH",
  "NJ",
  "NM",
  "NY",
  "NC",
  "ND",
  "OH",
  "OK",
  "OR",
  "PA",
  "RI",
  "SC",
  "SD",
  "TN",
  "TX",
  "UT",
  "VT",
  "VA",
  "WA",
  "WV",
  "WI",
  "WY",
  "PR",
  "VI",
  "GU",
  "MP",
  "AS"
];
var stateCodeSchema = z.enum(STATES);
var instantSchema = z.union([
  z.date({ error: "must be a valid Date" }),
  z.iso.datetime({ offset: true, error: "must be an ISO-8601 date-time with an offset, e.g. 2026-03-10T19:30:00-05:00" })
]);
var callTypeSchema = z.enum(["autodialed", "prerecorded", "live"]);
var channelSchema = z.enum(["voice", "sms"]);
var purposeSchema = z.enum([
  "telemarketing",
  "informational",
  "debt-collection",
  "emergency",
  "healthcare",
  "opt-out-confirmation"
]);
var lineTypeSchema = z.enum(["wireless", "landline", "voip", "unknown"]);
var relationshipSchema = z.enum(["client", "former-client", "prospect", "lawyer", "family", "business-user"]);
var outcomeSchema = z.enum(["answered-live", "voicemail", "no-answer", "busy", "abandoned", "failed"]);
var phoneSchema = z.string({ error: "must be a phone number string" }).trim().min(1, "must not be empty").max(40, "is too long");
var addressSchema = z.object({
  state: stateCodeSchema.optional(),
  zip: z.string().regex(/^\d{5}(-\d{4})?$/, "must be a 5-digit ZIP or ZIP+4").optional(),
  county: z.string().min(1).max(100).optional()
}).strict();
var callIntentSchema = z.object({
  to: phoneSchema,
  callType: callTypeSchema,
  channel: channelSchema.optional(),
  purpose: purposeSchema,
  at: instantSchema.optional(),
  lineType: lineTypeSchema.optional(),
  address: addressSchema.optional(),
  subject: z.string().min(1).max(200).optional(),
  campaignId: z.string().min(1).max(200).optional(),
  relationship: relationshipSchema.optional(),
  sensitivity: z.enum(["routine", "sensitive"]).optional(),
  callerId: z.string().min(1).max(40).optional(),
  seller: z.string().min(1).max(200).optional(),
  doNotSolicit: z.boolean().optional()
}).strict();
var scopeSchema = z.object({
  callTypes: z.array(callTypeSchema).min(1).optional(),
  channels: z.array(channelSchema).min(1).optional(),
  purposes: z.array(purposeSchema).min(1).optional()
}).strict();
var consentGrantSchema = z.object({
  phone: phoneSchema,
  kind: z.enum(["prior-express", "prior-express-written"]),
  seller: z.string().min(1).max(200).optional(),
  scope: scopeSchema.optional(),
  evidence: z.object({
    method: z.enum(["web-form", "e-sign", "paper", "recorded-oral", "sms-keyword", "verbal"]),
    capturedAt: instantSchema,
    disclosureText: z.string().min(1).optional(),
    signature: z.string().min(1).optional(),
    documentRef: z.string().min(1).optional(),
    ip: z.string().min(1).optional(),
    userAgent: z.string().min(1).optional(),
    certificateUrl: z.string().min(1).optional()
  }).strict(),
  at: instantSchema.optional()
}).strict().superRefine((g, ctx) => {
  if (g.kind === "prior-express-written") {
    if (!g.evidence.signature && !g.evidence.documentRef) {
      ctx.addIssue({ code: "custom", path: ["evidence", "signature"], message: "prior express written consent needs a signature or documentRef (47 CFR 64.1200(f)(9))" });
    }
    if (!g.evidence.disclosureText) {
      ctx.addIssue({ code: "custom", path: ["evidence", "disclosureText"], message: "prior express written consent needs the disclosure text shown (47 CFR 64.1200(f)(9))" });
    }
  }
});
var revocationSchema = z.object({
  phone: phoneSchema,
  via: z.enum(["sms", "voice", "dtmf", "email", "web", "mail", "in-person", "other"]),
  text: z.string().max(2e3).optional(),
  at: instantSchema.optional(),
  seller: z.string().min(1).max(200).optional()
}).strict();
var attemptRecordSchema = z.object({
  phone: phoneSchema,
  at: instantSchema,
  callType: callTypeSchema,
  channel: channelSchema.optional(),
  purpose: purposeSchema,
  subject: z.string().min(1).max(200).optional(),
  campaignId: z.string().min(1).max(200).optional(),
  outcome: outcomeSchema,
  conversation: z.boolean().optional(),
  seller: z.string().min(1).max(200).optional()
}).strict();
var relationshipEventSchema = z.object({
  phone: phoneSchema,
  kind: z.enum(["transaction", "inquiry"]),
  at: instantSchema,
  seller: z.string().min(1).max(200).optional()
}).strict();
var emergencyDeclarationSchema = z.object({
  state: stateCodeSchema,
  counties: z.array(z.string().min(1)).min(1).optional(),
  from: instantSchema,
  to: instantSchema
}).strict().refine((e) => new Date(e.to).getTime() > new Date(e.from).getTime(), { path: ["to"], message: "must be after from" });
var completionSchema = z.object({
  outcome: outcomeSchema,
  conversation: z.boolean().optional(),
  durationSeconds: z.number().nonnegative().optional()
}).strict();
function parseOrThrow(schema, value, what) {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new InvalidInputError(
    what,
    r.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code })),
    { cause: r.error }
  );
}
function toEpoch(v) {
  return typeof v === "string" ? Date.parse(v) : v.getTime();
}

// src/phone/normalize.ts
import { parsePhoneNumberFromString } from "libphonenumber-js";

// src/phone/nanp-data.ts
var ZONES = [
  "America/Adak",
  "America/Anchorage",
  "America/Anguilla",
  "America/Antigua",
  "America/Barbados",
  "America/Boise",
  "America/Cayman",
  "America/Chicago",
  "America/Denver",
  "America/Dominica",
  "America/Edmonton",
  "America/Fort_Nelson",
  "America/Grand_Turk",
  "America/Grenada",
  "America/Halifax",
  "America/Jamaica",
  "America/Juneau",
  "America/Los_Angeles",
  "America/Lower_Princes",
  "America/Montserrat",
  "America/Nassau",
  "America/New_York",
  "America/North_Dakota/Center",
  "America/Phoenix",
  "America/Port_of_Spain",
  "America/Puerto_Rico",
  "America/Regina",
  "America/Santo_Domingo",
  "America/St_Johns",
  "America/St_Kitts",
  "America/St_Lucia",
  "America/St_Thomas",
  "America/St_Vincent",
  "America/Toronto",
  "America/Tortola",
  "America/Vancouver",
  "America/Winnipeg",
  "Atlantic/Bermuda",
  "Pacific/Guam",
  "Pacific/Honolulu",
  "Pacific/Pago_Pago",
  "Pacific/Saipan"
];
var ZONE_SETS = "21;36;7;17;5,8,17;5,17;8;7,21;33;35;20;4;10;2;3;34;26;31;6;14;37;8,17;13;23;8,22;12;15;19;41;38;40;25,28;28;18;30;9;32;25;39;27;11;24;29;0,1;16;8,23;0,1,16;7,8;7,8,22";
var NPAS = `201,US,NJ,0,n
202,US,DC,0,n
203,US,CT,0,n
204,CA,,1,n
205,US,AL,2,n
206,US,WA,3,n
207,US,ME,0,n
208,US,ID,4,o
209,US,CA,3,n
210,US,TX,2,n
212,US,NY,0,n
213,US,CA,3,n
214,US,TX,2,n
215,US,PA,0,n
216,US,OH,0,n
217,US,IL,2,n
218,US,MN,2,n
219,US,IN,7,o
220,US,OH,0,n
223,US,PA,0,n
224,US,IL,2,n
225,US,LA,2,n
226,CA,,8,n
227,US,MD,0,n
228,US,MS,2,n
229,US,GA,0,n
231,US,MI,0,n
234,US,OH,0,n
235,US,MO,2,n
236,CA,,9,n
239,US,FL,0,n
240,US,MD,0,n
242,BS,,10,n
246,BB,,11,n
248,US,MI,0,n
249,CA,,8,n
250,CA,,9,n
251,US,AL,2,n
252,US,NC,0,n
253,US,WA,3,n
254,US,TX,2,n
256,US,AL,2,n
257,CA,,9,n
260,US,IN,0,n
262,US,WI,2,n
263,CA,,8,n
264,AI,,13,n
267,US,PA,0,n
268,AG,,14,n
269,US,MI,0,n
270,US,KY,0,n
272,US,PA,0,n
274,US,WI,2,n
276,US,VA,0,n
279,US,CA,3,n
281,US,TX,2,n
283,US,OH,0,n
284,VG,,15,n
289,CA,,8,n
301,US,MD,0,n
302,US,DE,0,n
303,US,CO,6,n
304,US,WV,0,n
305,US,FL,0,n
306,CA,,16,n
307,US,WY,6,n
308,US,NE,2,n
309,US,IL,2,n
310,US,CA,3,s
312,US,IL,2,n
313,US,MI,0,n
314,US,MO,2,n
315,US,NY,0,n
316,US,KS,2,n
317,US,IN,0,n
318,US,LA,2,n
319,US,IA,2,n
320,US,MN,2,n
321,US,FL,0,n
323,US,CA,3,n
324,US,FL,0,n
325,US,TX,2,n
326,US,OH,0,n
327,US,AR,2,n
329,US,NY,0,n
330,US,OH,0,n
331,US,IL,2,n
332,US,NY,0,n
334,US,AL,2,n
336,US,NC,0,n
337,US,LA,2,n
339,US,MA,0,n
340,US,VI,17,n
341,US,CA,3,n
343,CA,,8,n
345,KY,,18,n
346,US,TX,2,n
347,US,NY,0,n
350,US,CA,3,n
351,US,MA,0,n
352,US,FL,0,n
353,US,WI,2,n
354,CA,,8,n
360,US,WA,3,n
361,US,TX,2,n
363,US,NY,0,n
364,US,KY,7,o
365,CA,,8,n
367,CA,,8,n
368,CA,,12,n
369,US,CA,3,n
380,US,OH,0,n
382,CA,,8,n
385,US,UT,6,n
386,US,FL,0,n
401,US,RI,0,n
402,US,NE,2,n
403,CA,,12,n
404,US,GA,0,n
405,US,OK,2,n
406,US,MT,6,n
407,US,FL,0,n
408,US,CA,3,n
409,US,TX,2,n
410,US,MD,0,n
412,US,PA,0,n
413,US,MA,0,n
414,US,WI,2,n
415,US,CA,3,n
416,CA,,8,n
417,US,MO,2,n
418,CA,,8,n
419,US,OH,0,n
423,US,TN,7,o
424,US,CA,3,n
425,US,WA,3,n
428,CA,,19,n
430,US,TX,2,n
431,CA,,1,n
432,US,TX,2,n
434,US,VA,0,n
435,US,UT,6,n
437,CA,,8,n
438,CA,,8,n
440,US,OH,0,n
441,BM,,20,n
442,US,CA,3,n
443,US,MD,0,n
445,US,PA,0,n
447,US,IL,2,n
448,US,FL,7,o
450,CA,,8,n
458,US,OR,21,o
463,US,IN,0,n
464,US,IL,2,n
468,CA,,8,n
469,US,TX,2,n
470,US,GA,0,n
472,US,NC,0,n
473,GD,,22,n
474,CA,,1,n
475,US,CT,0,n
478,US,GA,0,n
479,US,AR,2,n
480,US,AZ,23,n
484,US,PA,0,n
501,US,AR,2,n
502,US,KY,0,n
503,US,OR,3,n
504,US,LA,2,n
505,US,NM,6,n
506,CA,,19,n
507,US,MN,2,n
508,US,MA,0,n
509,US,WA,3,n
510,US,CA,3,n
512,US,TX,2,n
513,US,OH,0,n
514,CA,,8,n
515,US,IA,2,n
516,US,NY,0,n
517,US,MI,0,n
518,US,NY,0,n
519,CA,,8,n
520,US,AZ,23,n
530,US,CA,3,n
531,US,NE,2,n
534,US,WI,2,n
539,US,OK,2,n
540,US,VA,0,n
541,US,OR,3,n
548,CA,,8,n
551,US,NJ,0,n
557,US,MO,2,n
559,US,CA,3,n
561,US,FL,0,n
562,US,CA,3,n
563,US,IA,2,n
564,US,WA,3,n
567,US,OH,0,n
570,US,PA,0,n
571,US,VA,0,n
572,US,OK,2,n
573,US,MO,2,n
574,US,IN,0,n
575,US,NM,6,n
579,CA,,8,n
580,US,OK,2,n
581,CA,,8,n
582,US,PA,0,n
584,CA,,1,n
585,US,NY,0,n
586,US,MI,0,n
587,CA,,12,n
601,US,MS,2,n
602,US,AZ,23,n
603,US,NH,0,n
604,CA,,9,n
605,US,SD,24,n
606,US,KY,0,n
607,US,NY,0,n
608,US,WI,2,n
609,US,NJ,0,n
610,US,PA,0,n
612,US,MN,2,n
613,CA,,8,n
614,US,OH,0,n
615,US,TN,2,n
616,US,MI,0,n
617,US,MA,0,n
618,US,IL,2,n
619,US,CA,3,n
620,US,KS,2,n
623,US,AZ,23,n
626,US,CA,3,n
628,US,CA,3,n
629,US,TN,2,n
630,US,IL,2,n
631,US,NY,0,n
636,US,MO,2,n
639,CA,,16,n
640,US,NJ,0,n
641,US,IA,2,n
645,US,FL,0,n
646,US,NY,0,n
647,CA,,8,n
649,TC,,25,n
650,US,CA,3,n
651,US,MN,2,n
656,US,FL,0,n
657,US,CA,3,n
658,JM,,26,n
659,US,AL,2,n
660,US,MO,2,n
661,US,CA,3,n
662,US,MS,2,n
664,MS,,27,n
667,US,MD,0,n
669,US,CA,3,n
670,US,MP,28,n
671,US,GU,29,n
672,CA,,9,n
678,US,GA,0,n
680,US,NY,0,n
681,US,WV,0,n
682,US,TX,2,n
683,CA,,8,n
684,US,AS,30,n
686,US,VA,0,n
689,US,FL,2,n
701,US,ND,24,n
702,US,NV,3,n
703,US,VA,0,n
704,US,NC,0,n
705,CA,,8,n
706,US,GA,0,n
707,US,CA,3,n
708,US,IL,2,n
709,CA,,31,n
712,US,IA,2,n
713,US,TX,2,n
714,US,CA,3,n
715,US,WI,2,n
716,US,NY,0,n
717,US,PA,0,n
718,US,NY,0,n
719,US,CO,6,n
720,US,CO,6,n
721,SX,,33,n
724,US,PA,0,n
725,US,NV,3,n
726,US,TX,2,n
727,US,FL,0,n
728,US,FL,0,n
729,US,TN,7,o
730,US,IL,2,n
731,US,TN,2,n
732,US,NJ,0,n
734,US,MI,0,n
737,US,TX,2,n
738,US,CA,3,n
740,US,OH,0,n
742,CA,,8,n
743,US,NC,0,n
747,US,CA,3,n
748,US,CO,6,n
753,CA,,8,n
754,US,FL,0,n
757,US,VA,0,n
758,LC,,34,n
760,US,CA,3,n
762,US,GA,0,n
763,US,MN,2,n
765,US,IN,0,n
767,DM,,35,n
769,US,MS,2,n
770,US,GA,0,n
771,US,DC,0,n
772,US,FL,0,n
773,US,IL,2,n
774,US,MA,0,n
775,US,NV,5,n
778,CA,,9,n
779,US,IL,2,n
780,CA,,12,n
781,US,MA,0,n
782,CA,,19,n
784,VC,,36,n
785,US,KS,2,n
786,US,FL,0,n
787,US,PR,37,n
801,US,UT,6,n
802,US,VT,0,n
803,US,SC,0,n
804,US,VA,0,n
805,US,CA,3,n
806,US,TX,2,n
807,CA,,8,n
808,US,HI,38,n
809,DO,,39,n
810,US,MI,0,n
812,US,IN,0,n
813,US,FL,0,n
814,US,PA,0,n
815,US,IL,2,n
816,US,MO,2,n
817,US,TX,2,n
818,US,CA,3,n
819,CA,,8,n
820,US,CA,3,n
821,US,SC,0,n
825,CA,,12,n
826,US,VA,0,n
828,US,NC,0,n
829,DO,,39,n
830,US,TX,2,n
831,US,CA,3,n
832,US,TX,2,n
835,US,PA,0,n
838,US,NY,0,n
839,US,SC,0,n
840,US,CA,3,n
843,US,SC,0,n
845,US,NY,0,n
847,US,IL,2,n
848,US,NJ,0,n
849,DO,,39,n
850,US,FL,0,n
854,US,SC,0,n
856,US,NJ,0,n
857,US,MA,0,n
858,US,CA,3,n
859,US,KY,0,n
860,US,CT,0,n
862,US,NJ,0,n
863,US,FL,0,n
864,US,SC,0,n
865,US,TN,0,n
867,CA,,40,n
868,TT,,41,n
869,KN,,42,n
870,US,AR,2,n
872,US,IL,2,n
873,CA,,8,n
876,JM,,26,n
878,US,PA,0,n
879,CA,,31,n
901,US,TN,2,n
902,CA,,19,n
903,US,TX,2,n
904,US,FL,0,n
905,CA,,8,n
906,US,MI,0,n
907,US,AK,43,n
908,US,NJ,0,n
909,US,CA,3,n
910,US,NC,0,n
912,US,GA,0,n
913,US,KS,2,n
914,US,NY,0,n
915,US,TX,6,n
916,US,CA,3,n
917,US,NY,0,n
918,US,OK,2,n
919,US,NC,0,n
920,US,WI,2,n
925,US,CA,3,n
928,US,AZ,23,n
929,US,NY,0,n
930,US,IN,7,o
931,US,TN,2,n
934,US,NY,0,n
936,US,TX,2,n
937,US,OH,0,n
938,US,AL,2,n
939,US,PR,37,n
940,US,TX,2,n
941,US,FL,0,n
942,CA,,8,n
943,US,GA,0,n
945,US,TX,2,n
947,US,MI,0,n
948,US,VA,0,n
949,US,CA,3,n
951,US,CA,3,n
952,US,MN,2,n
954,US,FL,0,n
956,US,TX,2,n
959,US,CT,0,n
970,US,CO,6,n
971,US,OR,3,n
972,US,TX,2,n
973,US,NJ,0,n
975,US,MO,2,n
978,US,MA,0,n
979,US,TX,2,n
980,US,NC,0,n
983,US,CO,6,n
984,US,NC,0,n
985,US,LA,2,n
986,US,ID,4,o
989,US,MI,0,n`;
var NXX = `201 631=0nNY
208 200=5x 201=6x 202-214=5x 215=3x 216-220=5x 221=6x 222-225=5x 226-228=6x 229=5x 230-239=6x 240=5x 241-242=6x 243-244=5x 245=3x 246-248=5x 249-251=6x 252=5x 253-254=6x 255=3x 256-257=5x 258=6x 259-261=5x 262-263=3x 264=5x 265=3x 266=5x 267=3x 268-277=5x 278=6x 279=5x 280-289=6x 290=3x 291=5x 292=3x 293-296=5x 297=6x 298-303=5x 304-305=3x 306-320=5x 321-324=6x 325=5x 326-327=6x 328-330=5x 331=6x 332=5x 333-334=6x 335=5x 336-340=6x 341=5x 342-346=6x 347-349=5x 350-354=6x 355=5x 356-357=6x 358=5x 359-360=6x 361=5x 362=6x 363-364=5x 365-367=6x 368-370=5x 371=6x 372=5x 373=6x 374=5x 375-378=6x 379-380=5x 381-385=6x 386-387=5x 388-392=6x 393-396=5x 397-398=6x 399-400=5x 401-403=6x 404-406=5x 407=6x 408=5x 409=6x 410-411=5x 412=6x 413=5x 414=6x 415-418=5x 419-420=6x 421=5x 422-426=6x 427-428=5x 429=6x 430=5x 431=6x 432=5x 433=6x 434-435=5x 436=6x 437=3x 438=6x 439=5x 440=6x 441=5x 442=6x 443=3x 444-445=5x 446=3x 447=5x 448=3x 449-451=5x 452-455=6x 456=5x 457=3x 458=5x 459=6x 460=5x 461-463=6x 464=5x 465-468=6x 469-471=5x 472-473=6x 474=5x 475=6x 476=3x 477=5x 478=6x 479-483=5x 484=6x 485-488=5x 489=6x 490-494=5x 495=6x 496-504=5x 505=6x 506-513=5x 514-515=6x 516-519=5x 520-529=6x 530-534=5x 535-536=6x 537=5x 538-539=6x 540-541=5x 542-543=6x 544-545=5x 546-547=6x 548=5x 549=6x 550-551=5x 552=6x 553-555=5x 556=3x 557-559=6x 560-561=5x 562=6x 563-568=5x 569-571=6x 572=5x 573=6x 574-576=5x 577-578=6x 579-584=5x 585=6x 586=5x 587-589=6x 590-594=5x 595=6x 596=3x 597-601=5x 602=6x 603-607=5x 608=6x 609=5x 610=3x 611-621=5x 622=6x 623=3x 624=6x 625=3x 626-627=5x 628-629=6x 630=5x 631=6x 632-633=5x 634=6x 635-636=5x 637=6x 638=5x 639=6x 640=3x 641=5x 642=6x 643-650=5x 651=3x 652=6x 653-655=5x 656=6x 657=5x 658=6x 659-669=3x 670-671=5x 672=6x 673-675=5x 676=3x 677-678=6x 679-680=5x 681=6x 682-683=3x 684=6x 685=5x 686-687=3x 688-690=5x 691=3x 692-694=5x 695=6x 696=5x 697=6x 698=5x 699=3x 700-702=5x 703=6x 704=3x 705-706=6x 707-708=5x 709=6x 710-712=5x 713=6x 714-715=5x 716=6x 717-719=5x 720=6x 721=5x 722=6x 723=5x 724-727=6x 728-730=5x 731-737=6x 738-742=5x 743=3x 744=5x 745=6x 746=3x 747-754=5x 755=3x 756=6x 757-760=5x 761=6x 762=3x 763-764=5x 765=3x 766=6x 767-768=5x 769=3x 770-771=5x 772-773=3x 774-776=5x 777=3x 778-781=5x 782=6x 783-784=3x 785=6x 786=5x 787-789=6x 790=5x 791=3x 792-793=5x 794=6x 795-797=5x 798-799=3x 800-813=5x 814=6x 815-817=5x 818-819=3x 820-829=5x 830=6x 831-834=5x 835=3x 836=5x 837=6x 838-840=5x 841=6x 842=5x 843=3x 844-845=5x 846-847=6x 848-849=5x 850=6x 851=5x 852-855=6x 856-858=5x 859-861=6x 862=5x 863=6x 864-865=5x 866-867=6x 868=5x 869-871=6x 872-874=5x 875=3x 876-877=5x 878-881=6x 882-883=3x 884=6x 885=3x 886-888=6x 889=5x 890-891=6x 892-894=5x 895-896=6x 897=5x 898-899=6x 900=5x 901=6x 902-903=5x 904=6x 905=5x 906=6x 907=5x 908=6x 909-916=5x 917-918=6x 919-920=5x 921-922=6x 923-925=5x 926=3x 927=5x 928=6x 929-933=5x 934=6x 935=3x 936=6x 937=5x 938-939=6x 940=5x 941=6x 942-943=5x 944=6x 945=5x 946=3x 947=6x 948=5x 949=6x 950-953=5x 954-955=6x 956-961=5x 962=3x 963=5x 964=3x 965-982=5x 983=3x 984-988=5x 989=6x 990=5x 991=6x 992-993=5x 994-996=6x 997-999=5x
219 226-227=2x 242=2x 261=2x 263=2x 285-286=2x 299=2x 322=2x 324-326=2x 345=2x 362=2x 365=2x 369=2x 374=2x 392-393=2x 395=2x 397-398=2x 427=2x 440=2x 462=2x 464-465=2x 472-474=2x 476-477=2x 513=2x 531=2x 548=2x 558=2x 595=2x 659=2x 661-663=2x 690=2x 696=2x 707=2x 728=2x 733=2x 736=2x 738=2x 755-757=2x 759=2x 762-764=2x 766=2x 769=2x 778-779=2x 785=2x 787=2x 791=2x 803=2x 836=2x 838=2x 844-845=2x 852-853=2x 864-866=2x 872-874=2x 878-889=2x 920-949=2x 956=2x 962-963=2x 972=2x 977=2x 980=2x 983=2x 987=2x 989=2x 996=2x
250 242=12x 261-263=12x 341-342=12x 344=12x 347=12x 417=12x 423=12x 425-428=12x 489=12x 719=12x 774=12x 782=12x 784-785=12x 787-788=12x
270 202=2x 230=2x 236-237=2x 240=2x 242=2x 247=2x 251=2x 259=2x 265=2x 273-274=2x 282=2x 298=2x 333=2x 335=2x 338=2x 343=2x 354=2x 362=2x 365=2x 384=2x 388-389=2x 393=2x 395=2x 415=2x 432=2x 439=2x 441-444=2x 462=2x 472=2x 483=2x 487=2x 495=2x 522=2x 524=2x 526-528=2x 534-535=2x 538=2x 542=2x 547=2x 554=2x 563=2x 575=2x 586=2x 597-598=2x 618=2x 622=2x 628-629=2x 639-640=2x 646=2x 651=2x 653=2x 659=2x 665=2x 667=2x 678=2x 680-689=2x 691=2x 707=2x 725-726=2x 745-746=2x 753-756=2x 759=2x 761-762=2x 767=2x 773=2x 780-783=2x 786=2x 792-793=2x 796-798=2x 821=2x 824-827=2x 830-831=2x 842-843=2x 846=2x 852=2x 864=2x 866=2x 879=2x 881=2x 885-887=2x 889=2x 898=2x 901=2x 904=2x 924=2x 926-929=2x 932=2x 965=2x 988=2x
308 235=6x 240-249=6x 254=6x 262=6x 282=6x 284=6x 327=6x 352=6x 394=6x 423=6x 432=6x 436=6x 546=6x 623=6x 630=6x 632-633=6x 635=6x 665=6x 762=6x 772=6x 874=6x 882=6x
310 200-999=3x
418 937=19x 986=19x
423 202=0x 209=0x 217-218=0x 224=0x 230-239=0x 245-247=0x 253-254=0x 257=0x 262-263=0x 265-267=0x 272=0x 278-279=0x 282-283=0x 286=0x 288=0x 296=0x 305=0x 307=0x 317-318=0x 323=0x 328=0x 330-339=0x 343-346=0x 349=0x 357=0x 365=0x 378=0x 391-392=0x 396=0x 402=0x 421-422=0x 424-425=0x 431=0x 434=0x 439=0x 442-443=0x 451=0x 453=0x 467-468=0x 470-479=0x 485=0x 487=0x 490-499=0x 503=0x 507-508=0x 510=0x 521=0x 525=0x 531=0x 538=0x 542-543=0x 547=0x 553=0x 559=0x 562=0x 566=0x 569-570=0x 573=0x 578=0x 581=0x 585-587=0x 595=0x 602=0x 610=0x 613-614=0x 620-629=0x 631=0x 634=0x 636=0x 638-639=0x 643=0x 648=0x 652=0x 663-664=0x 667=0x 697-698=0x 702=0x 708=0x 710=0x 722=0x 725=0x 727-728=0x 733=0x 735=0x 743-746=0x 752-753=0x 756-757=0x 760=0x 764-765=0x 768=0x 772=0x 775=0x 778=0x 784=0x 787-788=0x 790=0x 794=0x 798=0x 800=0x 802-803=0x 805=0x 821-822=0x 825-826=0x 839=0x 842-844=0x 847=0x 854-855=0x 857=0x 867=0x 869-870=0x 875-878=0x 884=0x 886=0x 892-894=0x 899=0x 907=0x 913=0x 915=0x 921=0x 926=0x 928-929=0x 933=0x 952=0x 954=0x 968=0x 975=0x 979=0x 989=0x
541 372=6x 473=6x 881=6x 889=6x
574 772=2x 896=2x
605 201=2x 209=6x 217=2x 221=2x 223=6x 224-226=2x 229=2x 232=2x 234=2x 255=6x 256=2x 260-262=2x 271=2x 274-275=2x 279=6x 284=2x 297=2x 310=2x 312=2x 321-323=2x 328=2x 330-339=2x 341-343=6x 345=2x 347-348=6x 350-354=2x 355=6x 356-371=2x 373=2x 374=6x 376=2x 381=6x 384=2x 387=2x 388=6x 390-391=6x 393-394=6x 397=2x 399=6x 415=6x 425-426=2x 428=2x 430-431=6x 432=2x 448=2x 455=6x 472=2x 484=6x 487=2x 498=2x 528=2x 532=2x 539=2x 543=2x 553=2x 574=6x 578=6x 582=2x 584=6x 589=2x 593=6x 594=2x 598=2x 610=2x 622=2x 624=2x 626-627=2x 641-642=6x 644=6x 647=2x 649=2x 665=2x 666=6x 668-669=2x 673=6x 677=2x 685=6x 690-699=2x 716-723=6x 724-725=2x 728=2x 734=2x 743=2x 745=6x 747=2x 753=2x 755=6x 759=2x 763=2x 765=2x 772-773=2x 775=2x 778=2x 787=6x 791=6x 796=2x 823=6x 835=2x 837=6x 842=2x 845=2x 852-854=2x 856=2x 859=6x 867=6x 874=2x 878=2x 881-882=2x 886=2x 892=6x 923=6x 925=2x 928-929=2x 940-941=2x 945-946=2x 951=2x 964=6x 977=2x 983=2x 987-988=2x 990=2x 995-997=2x
606 387=2x
620 376=6x 384=6x
701 200=2x 205=2x 212=2x 214=2x 220-224=2x 225=6x 226=2x 227=6x 228-239=2x 241-242=2x 250-259=2x 261=2x 265=2x 271=2x 277=2x 280-282=2x 284=2x 288=2x 290=6x 293=2x 297-298=2x 306=2x 323-324=2x 328=2x 343=2x 347=2x 349=2x 352=2x 355-356=2x 361=2x 364-365=2x 367=2x 371=2x 373=2x 385=2x 388=2x 390-391=2x 400=2x 425-426=2x 428=2x 437=2x 444=2x 446=2x 448=2x 452=2x 454=2x 456=6x 462-463=2x 471=2x 476-478=2x 483=6x 492=2x 499=2x 523=6x 527=2x 530=2x 532=2x 540=2x 549=2x 566=2x 567=6x 572=2x 575=6x 577=2x 584=6x 595=2x 609=2x 623=6x 627-628=2x 636=2x 642=2x 652=2x 662-664=2x 667=2x 683=2x 724=2x 730=2x 738-739=2x 742=2x 746=2x 748=2x 751=2x 754=2x 756-757=2x 764=6x 766=2x 772=2x 774-777=2x 780=2x 786-788=2x 793=2x 795=2x 797=2x 799=2x 824=6x 833=2x 837-839=2x 842-843=2x 845=2x 852=2x 854=2x 857-858=2x 866=2x 872=6x 873=2x 883=2x 893=2x 947=2x 952=2x 965=2x 968=2x
709 227=32x 229=32x 237=32x 256-257=32x 279=32x 282=19x 364=32x 368=32x 437=32x 454=32x 458=32x 466=32x 468=32x 489=32x 533=32x 535=32x 576=32x 579=32x 596=32x 634-635=32x 637=32x 639=32x 643=32x 651=32x 673=32x 682=32x 685=32x 687=32x 695=32x 722=32x 726=32x 729=32x 738-739=32x 745=32x 747=32x 753-754=32x 757-759=32x 782=32x 786=32x 832=32x 834=32x 884=32x 895=32x 896=19x 944=19x
775 200=3x 230=3x 232-233=3x 237=3x 240=3x 246=3x 250=3x 265=3x 267=3x 273=3x 284=3x 287=3x 289=3x 298=3x 313=3x 320-339=3x 345=3x 348=3x 350-360=3x 376=3x 384=3x 391-392=3x 423-425=3x 428=3x 432=3x 445=3x 450=3x 453=3x 461=3x 463=3x 470=3x 473=3x 482=3x 525=3x 537=3x 544=3x 575=3x 577=3x 586=3x 588=3x 622-626=3x 635-636=3x 657=3x 664=6x 673-674=3x 677=3x 684=3x 686-689=3x 720-722=3x 726-727=3x 737-738=3x 742=3x 746-747=3x 750-753=3x 762=3x 770-772=3x 777-778=3x 782-784=3x 786-787=3x 800=3x 820-833=3x 835=3x 841=3x 843=3x 847=3x 849-859=3x 867=3x 870=3x 880-889=3x 945=3x 971-972=3x 982=3x
785 852=6x 890=6x 899=6x
807 223=1x 274=1x 467-468=1x 482=1x 548=1x 727=1x 737=1x 934=1x
812 385-386=2x 401-402=2x 420-429=2x 435=2x 437=2x 450=2x 464=2x 470-479=2x 485=2x 490-491=2x 547=2x 618=2x 649=2x 682=2x 749=2x 753=2x 768=2x 838=2x 842=2x 853=2x 858=2x 867=2x 874=2x 897=2x 925=2x 937=2x 962-963=2x 985=2x
850 200=2x 206=2x 208=2x 213=2x 215=2x 217-218=2x 221=2x 225-227=2x 229-240=2x 243-244=2x 248-250=2x 256=2x 258-259=2x 261=2x 263=2x 265=2x 267=2x 269=2x 271=2x 276=2x 279=2x 291-292=2x 301=2x 306=2x 314-315=2x 319=2x 324=2x 327=2x 332=2x 341=2x 361-362=2x 368=2x 376-377=2x 380=2x 384=2x 387=2x 393=2x 396=2x 398=2x 416-417=2x 420=2x 423-424=2x 429-439=2x 444=2x 450-460=2x 462=2x 466=2x 469-479=2x 481-482=2x 484=2x 492=2x 494=2x 496-497=2x 499=2x 501-502=2x 505=2x 516=2x 522=2x 525-527=2x 529=2x 535=2x 537=2x 543=2x 547=2x 572=2x 581=2x 585-588=2x 592-593=2x 595-596=2x 607=2x 622-624=2x 626=2x 637-640=2x 650-651=2x 654=2x 659=2x 664=2x 674-675=2x 677-678=2x 680-689=2x 696=2x 699=2x 708=2x 712=2x 722-723=2x 729=2x 733=2x 747-748=2x 763=2x 769=2x 784-785=2x 791=2x 796-797=2x 814=2x 819=2x 830=2x 832-833=2x 835=2x 837=2x 855=2x 857=2x 860-869=2x 871-872=2x 874=2x 883=2x 890=2x 892=2x 897-898=2x 912-914=2x 916=2x 932=2x 934=2x 936-937=2x 939=2x 941=2x 944=2x 951=2x 968-969=2x 972=2x 974=2x 981-983=2x 994-995=2x
867 334=9x 393=9x 456=9x 536=9x 587=12x 633=9x 645=1x 667-668=9x 669=12x 695=12x 777=12x 872-874=12x 920=12x 979=8x 983=12x 993=9x
906 265=2x 563=2x 663=2x 753=2x 774=2x 776=2x 779=2x 828=2x 863-864=2x 875=2x 932=2x
907 209=44x 212=44x 220-230=44x 232=44x 235=44x 240-250=44x 252=44x 257-258=44x 260=44x 262=44x 264=44x 269-279=44x 283=44x 299=44x 301=44x 306=44x 317=44x 330-339=44x 343-346=44x 349-352=44x 357=44x 360=44x 373-376=44x 378=44x 388=44x 424=44x 442-443=44x 450-459=44x 463=44x 465=44x 474=44x 479=44x 486-488=44x 490=44x 495=44x 522-523=44x 543=44x 561-563=44x 567=44x 569=44x 580=44x 581=43o 586=44x 622=44x 631=44x 644=44x 646=44x 677=44x 683=44x 688=44x 694=44x 696=44x 714=44x 723=44x 727=44x 729=44x 733=44x 742-743=44x 745-747=44x 766=44x 770=44x 772=44x 776=44x 780=44x 783=44x 786=44x 789-790=44x 822=44x 826=44x 830=44x 835=44x 841-842=44x 852=44x 868=44x 874=44x 883=44x 892=44x 895=44x 929=44x 966=44x 983=44x
928 283=45x 672-674=45x 677=45x 686=45x 697-698=45x 724-725=45x 728-729=45x 755=45x 781=45x 787=45x 871=45x`;
var STATE_ZONES = `AK,46
AL,2
AR,2
AS,30
AZ,45
CA,3
CO,6
CT,0
DC,0
DE,0
FL,7
GA,0
GU,29
HI,38
IA,2
ID,4
IL,2
IN,7
KS,47
KY,7
LA,2
MA,0
MD,0
ME,0
MI,7
MN,2
MO,2
MP,28
MS,2
MT,6
NC,0
ND,48
NE,47
NH,0
NJ,0
NM,6
NV,4
NY,0
OH,0
OK,2
OR,21
PA,0
PR,37
RI,0
SC,0
SD,48
TN,7
TX,47
UT,6
VA,0
VI,17
VT,0
WA,3
WI,2
WV,0
WY,6`;

// src/phone/nanp.ts
var US_STATE_CODES = Object.freeze([
  "AK",
  "AL",
  "AR",
  "AZ",
  "CA",
  "CO",
  "CT",
  "DC",
  "DE",
  "FL",
  "GA",
  "HI",
  "IA",
  "ID",
  "IL",
  "IN",
  "KS",
  "KY",
  "LA",
  "MA",
  "MD",
  "ME",
  "MI",
  "MN",
  "MO",
  "MS",
  "MT",
  "NC",
  "ND",
  "NE",
  "NH",
  "NJ",
  "NM",
  "NV",
  "NY",
  "OH",
  "OK",
  "OR",
  "PA",
  "RI",
  "SC",
  "SD",
  "TN",
  "TX",
  "UT",
  "VA",
  "VT",
  "WA",
  "WI",
  "WV",
  "WY"
]);
var US_TERRITORY_CODES = Object.freeze(["PR", "VI", "GU", "MP", "AS"]);
var SOURCES = { n: "npa", x: "nxx", o: "override", s: "state" };
var EMPTY = Object.freeze([]);
var tables;
function lines(s2) {
  return s2.split("\n").filter((l) => l !== "");
}
function decode() {
  const sets = ZONE_SETS.split(";").map(
    (set) => Object.freeze(
      set.split(",").map((i) => {
        const zone = ZONES[Number(i)];
        if (zone === void 0) throw new Error(`nanp-data: bad zone index ${i}`);
        return zone;
      })
    )
  );
  const zoneSet = (i) => {
    const set = sets[Number(i)];
    if (set === void 0) throw new Error(`nanp-data: bad zone set ${i}`);
    return set;
  };
  const stateLists = /* @__PURE__ */ new Map();
  const statesOf = (codes) => {
    const list2 = codes.filter((c) => c !== "").sort();
    if (list2.length === 0) return EMPTY;
    const key = list2.join(" ");
    let frozen = stateLists.get(key);
    if (!frozen) stateLists.set(key, frozen = Object.freeze(list2));
    return frozen;
  };
  const locations = /* @__PURE__ */ new Map();
  const location = (set, region, states, src) => {
    const source = SOURCES[src];
    if (source === void 0) throw new Error(`nanp-data: bad source ${src}`);
    const st = statesOf(states);
    const key = `${set}|${region}|${st.join(" ")}|${src}`;
    let loc = locations.get(key);
    if (!loc) {
      loc = Object.freeze({ zones: zoneSet(set), states: st, region, source });
      locations.set(key, loc);
    }
    return loc;
  };
  const byNpa = Array.from({ length: 1e3 }, () => void 0);
  const byNxx = Array.from({ length: 1e3 }, () => void 0);
  const npaState = Array.from({ length: 1e3 }, () => "");
  const npaRegion = Array.from({ length: 1e3 }, () => "");
  for (const line of lines(NPAS)) {
    const [npa = "", region = "", state = "", set = "", src = ""] = line.split(",");
    const n = Number(npa);
    byNpa[n] = location(set, region, [state], src);
    npaState[n] = state;
    npaRegion[n] = region;
  }
  const ITEM = /^(\d{3})(?:-(\d{3}))?=(\d+)([nxos])([A-Z]{2})?$/;
  for (const line of lines(NXX)) {
    const [npa = "", ...items] = line.split(" ");
    const n = Number(npa);
    const base = byNpa[n];
    if (base === void 0) throw new Error(`nanp-data: NXX data for unknown NPA ${npa}`);
    const perNxx = Array.from({ length: 1e3 }, () => base);
    for (const item of items) {
      const m = ITEM.exec(item);
      if (!m) throw new Error(`nanp-data: bad NXX item ${npa} ${item}`);
      const first = Number(m[1]);
      const last = m[2] === void 0 ? first : Number(m[2]);
      const loc = location(m[3] ?? "", npaRegion[n] ?? "", [npaState[n] ?? "", m[5] ?? ""], m[4] ?? "");
      for (let i = first; i <= last; i++) perNxx[i] = loc;
    }
    byNxx[n] = Object.freeze(perNxx);
  }
  const stateZones = /* @__PURE__ */ new Map();
  for (const line of lines(STATE_ZONES)) {
    const [state = "", set = ""] = line.split(",");
    stateZones.set(state, zoneSet(set));
  }
  return { byNpa, byNxx, stateZones };
}
function getTables() {
  return tables ??= decode();
}
function lookupNanp(npa, nxx) {
  const t = tables ?? getTables();
  if (!(npa >= 0 && npa < 1e3) || npa % 1 !== 0) return void 0;
  const perNxx = t.byNxx[npa];
  if (perNxx !== void 0 && nxx >= 0 && nxx < 1e3 && nxx % 1 === 0) return perNxx[nxx];
  return t.byNpa[npa];
}
function zonesForState(state) {
  const m = getTables().stateZones;
  return m.get(state) ?? (typeof state === "string" ? m.get(state.trim().toUpperCase()) : void 0) ?? EMPTY;
}

// src/phone/zip.ts
var RANGES = [
  [0, ""],
  // 000-004: unassigned / not US destinations
  [5, "NY"],
  // 005 Holtsville (IRS)
  [6, "PR"],
  // 006-007
  [8, "VI"],
  // 008
  [9, "PR"],
  // 009
  [10, "MA"],
  // 010-027
  [28, "RI"],
  // 028-029
  [30, "NH"],
  // 030-038
  [39, "ME"],
  // 039-049
  [50, "VT"],
  // 050-054
  [55, "MA"],
  // 055 Andover (IRS)
  [56, "VT"],
  // 056-059
  [60, "CT"],
  // 060-069 (06390 Fishers Island NY: 5-digit exception, see below)
  [70, "NJ"],
  // 070-089
  [90, ""],
  // 090-098 AE (military); 099 unassigned
  [100, "NY"],
  // 100-149
  [150, "PA"],
  // 150-196
  [197, "DE"],
  // 197-199
  [200, "DC"],
  // 200
  [201, "VA"],
  // 201 Dulles
  [202, "DC"],
  // 202-205
  [206, "MD"],
  // 206-219
  [220, "VA"],
  // 220-246
  [247, "WV"],
  // 247-268
  [269, ""],
  // 269 unassigned
  [270, "NC"],
  // 270-289
  [290, "SC"],
  // 290-299
  [300, "GA"],
  // 300-319
  [320, "FL"],
  // 320-339
  [340, ""],
  // 340 AA (military)
  [341, "FL"],
  // 341-349
  [350, "AL"],
  // 350-369
  [370, "TN"],
  // 370-385
  [386, "MS"],
  // 386-397
  [398, "GA"],
  // 398-399
  [400, "KY"],
  // 400-427
  [428, ""],
  // 428-429 unassigned
  [430, "OH"],
  // 430-459
  [460, "IN"],
  // 460-479
  [480, "MI"],
  // 480-499
  [500, "IA"],
  // 500-528
  [529, ""],
  // 529 unassigned
  [530, "WI"],
  // 530-549
  [550, "MN"],
  // 550-567
  [568, ""],
  // 568 unassigned
  [569, "DC"],
  // 569 (parcel return)
  [570, "SD"],
  // 570-577
  [578, ""],
  // 578-579 unassigned
  [580, "ND"],
  // 580-588
  [589, ""],
  // 589 unassigned
  [590, "MT"],
  // 590-599
  [600, "IL"],
  // 600-629
  [630, "MO"],
  // 630-658
  [659, ""],
  // 659 unassigned
  [660, "KS"],
  // 660-679
  [680, "NE"],
  // 680-693
  [694, ""],
  // 694-699 unassigned
  [700, "LA"],
  // 700-714
  [715, ""],
  // 715 unassigned
  [716, "AR"],
  // 716-729
  [730, "OK"],
  // 730-731
  [732, ""],
  // 732 unassigned
  [733, "TX"],
  // 733 Austin (IRS)
  [734, "OK"],
  // 734-749
  [750, "TX"],
  // 750-799
  [800, "CO"],
  // 800-816
  [817, ""],
  // 817-819 unassigned
  [820, "WY"],
  // 820-831
  [832, "ID"],
  // 832-838
  [839, ""],
  // 839 unassigned
  [840, "UT"],
  // 840-847
  [848, ""],
  // 848-849 unassigned
  [850, "AZ"],
  // 850-865
  [866, ""],
  // 866-869 unassigned
  [870, "NM"],
  // 870-884
  [885, "TX"],
  // 885 El Paso
  [886, ""],
  // 886-888 unassigned
  [889, "NV"],
  // 889-898
  [899, ""],
  // 899 unassigned
  [900, "CA"],
  // 900-961
  [962, ""],
  // 962-966 AP (military)
  [967, "HI"],
  // 967-968 (96799 American Samoa: 5-digit exception)
  [969, ""],
  // 969 Guam / CNMI / freely associated states: by 5-digit code below
  [970, "OR"],
  // 970-979
  [980, "WA"],
  // 980-994
  [995, "AK"]
  // 995-999
];
var byPrefix;
function table() {
  if (byPrefix) return byPrefix;
  const out = Array.from({ length: 1e3 }, () => void 0);
  RANGES.forEach(([first, code], i) => {
    const end = RANGES[i + 1]?.[0] ?? 1e3;
    for (let p = first; p < end; p++) out[p] = code === "" ? void 0 : code;
  });
  return byPrefix = out;
}
var ZIP = /^(\d{5})(?:-?\d{4})?$/;
function fiveDigit(zip5) {
  if (zip5 === 96799) return "AS";
  if (zip5 === 6390) return "NY";
  if (Math.floor(zip5 / 100) === 969) {
    if (zip5 >= 96910 && zip5 <= 96932) return "GU";
    if (zip5 >= 96950 && zip5 <= 96952) return "MP";
    return void 0;
  }
  return null;
}
function stateForZip(zip) {
  if (typeof zip !== "string") return void 0;
  const m = ZIP.exec(zip.trim());
  if (!m?.[1]) return void 0;
  const zip5 = Number(m[1]);
  const special = fiveDigit(zip5);
  if (special !== null) return special;
  return table()[Math.floor(zip5 / 100)];
}

// src/phone/normalize.ts
var SEP = /* @__PURE__ */ new Set([32, 40, 41, 45, 46, 47]);
function fastNanpDigits(input) {
  let digits = "";
  let plus = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += input[i];
    else if (c === 43 && i === 0) plus = true;
    else if (!SEP.has(c)) return void 0;
  }
  if (digits.length === 11 && digits.charCodeAt(0) === 49) return digits.slice(1);
  if (digits.length === 10 && !plus) return digits;
  return void 0;
}
function parseNumber(input) {
  let ten = fastNanpDigits(input);
  if (ten === void 0) {
    const p = parsePhoneNumberFromString(input, "US");
    if (!p) return { ok: false, reason: "invalid", detail: "not a phone number" };
    if (p.countryCallingCode !== "1") return { ok: false, reason: "non-nanp", detail: `country calling code +${p.countryCallingCode}` };
    ten = p.nationalNumber;
    if (p.ext) return { ok: false, reason: "invalid", detail: "extensions cannot be dialed" };
  }
  if (ten.length !== 10) return { ok: false, reason: "invalid", detail: "a NANP number has 10 digits" };
  const npa = Number(ten.slice(0, 3));
  const nxx = Number(ten.slice(3, 6));
  if (npa < 200 || nxx < 200) return { ok: false, reason: "invalid", detail: "area code and exchange must start with 2-9" };
  if (npa % 100 === 11) return { ok: false, reason: "invalid", detail: "N11 is a service code, not an area code" };
  if (nxx % 100 === 11) return { ok: false, reason: "invalid", detail: "N11 exchange codes are not assignable" };
  return { ok: true, e164: `+1${ten}`, npa, nxx, line: Number(ten.slice(6)) };
}
var TOLL_FREE = /* @__PURE__ */ new Set([800, 833, 844, 855, 866, 877, 888]);
var cache = /* @__PURE__ */ new Map();
function placeNumber(npa, nxx, address) {
  const key = address ? `${npa}${nxx}|${address.state ?? ""}|${address.zip ?? ""}` : `${npa}${nxx}`;
  const hit = cache.get(key);
  if (hit !== void 0) return hit;
  const p = computePlacement(npa, nxx, address);
  if (cache.size > 2e5) cache.clear();
  cache.set(key, p);
  return p;
}
function computePlacement(npa, nxx, address) {
  if (npa === 900 || npa === 976) return { ok: false, reason: "premium-rate", detail: `${npa} is a premium-rate code` };
  if (TOLL_FREE.has(npa)) return { ok: false, reason: "toll-free", detail: "toll-free numbers have no location; call on the address on file only through a custom rule" };
  const loc = lookupNanp(npa, nxx);
  if (loc === void 0) return { ok: false, reason: "unassigned-area-code", detail: `area code ${npa} is not in the NANP tables` };
  if (loc.region !== "US") return { ok: false, reason: "non-us", detail: `area code ${npa} is in region ${loc.region}`, region: loc.region };
  const zones = new Set(loc.zones);
  const states = new Set(loc.states);
  const sources = ["area-code"];
  if (address) {
    const addrStates = /* @__PURE__ */ new Set();
    if (address.state) addrStates.add(address.state);
    if (address.zip) {
      const z2 = stateForZip(address.zip);
      if (z2) addrStates.add(z2);
    }
    for (const st of addrStates) {
      states.add(st);
      for (const zone of zonesForState(st)) zones.add(zone);
    }
    if (addrStates.size > 0) sources.push("address");
  }
  return {
    ok: true,
    zones: Object.freeze([...zones].sort()),
    states: Object.freeze([...states].sort()),
    region: "US",
    sources: Object.freeze(sources),
    zoneSource: loc.source
  };
}

// src/audit/chain.ts
import { createHash } from "node:crypto";
var GENESIS = "0".repeat(64);
function canonical(e) {
  return JSON.stringify({ seq: e.seq, type: e.type, at: e.at, data: e.data });
}
function sealBlock(prevHash, lines2) {
  const h = createHash("sha256").update(prevHash);
  for (const l of lines2) h.update("\n").update(l);
  return h.digest("hex");
}
function memoryAuditLog() {
  const entries = [];
  const blocks = [];
  let prev = GENESIS;
  return {
    entries,
    append(batch, at) {
      if (batch.length === 0) return;
      const iso = new Date(at).toISOString();
      const first = entries.length;
      const lines2 = new Array(batch.length);
      const made = new Array(batch.length);
      for (let k = 0; k < batch.length; k++) {
        const e = batch[k];
        const entry = { seq: first + k, type: e.type, at: iso, data: e.data, prevHash: prev, hash: "" };
        lines2[k] = canonical(entry);
        made[k] = entry;
      }
      const hash = sealBlock(prev, lines2);
      for (const m of made) {
        m.hash = hash;
        entries.push(m);
      }
      blocks.push({ first, count: batch.length, prevHash: prev, hash });
      prev = hash;
    },
    async verify() {
      let p = GENESIS;
      let seq = 0;
      for (const b of blocks) {
        const lines2 = [];
        for (let i = b.first; i < b.first + b.count; i++) {
          const e = entries[i];
          if (e === void 0 || e.seq !== seq || e.prevHash !== p || e.hash !== b.hash) return { ok: false, entries: entries.length, brokenAt: seq };
          lines2.push(canonical(e));
          seq++;
        }
        if (b.prevHash !== p || sealBlock(p, lines2) !== b.hash) return { ok: false, entries: entries.length, brokenAt: b.first };
        p = b.hash;
      }
      if (seq !== entries.length) return { ok: false, entries: entries.length, brokenAt: seq };
      return { ok: true, entries: entries.length };
    },
    async *export() {
      for (const e of entries) yield JSON.stringify(e);
    }
  };
}

// src/storage/memory/index.ts
var EMPTY2 = Object.freeze([]);
function push(m, k, v) {
  const a2 = m.get(k);
  if (a2) a2.push(v);
  else m.set(k, [v]);
}
function insertByTime(arr, a2) {
  let i = arr.length;
  while (i > 0 && arr[i - 1].at > a2.at) i--;
  arr.splice(i, 0, a2);
}
function memoryStorage(options = {}) {
  const name = options.name ?? "memory";
  const consents = /* @__PURE__ */ new Map();
  const revocations = /* @__PURE__ */ new Map();
  const lists = /* @__PURE__ */ new Map();
  const byNumberLists = /* @__PURE__ */ new Map();
  const relationships = /* @__PURE__ */ new Map();
  const attemptsByNumber = /* @__PURE__ */ new Map();
  const attemptsBySubject = /* @__PURE__ */ new Map();
  const campaignEvents = /* @__PURE__ */ new Map();
  const attemptsById = /* @__PURE__ */ new Map();
  const emergencies = [];
  const audit = memoryAuditLog();
  const recent = (arr, since, now2) => {
    if (arr === void 0 || arr.length === 0) return EMPTY2;
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (arr[mid].at < since) lo = mid + 1;
      else hi = mid;
    }
    let out;
    for (let i = lo; i < arr.length; i++) {
      const a2 = arr[i];
      if (a2.outcome === "pending" && a2.expiresAt !== void 0 && a2.expiresAt <= now2) continue;
      (out ??= []).push(a2);
    }
    return out ?? EMPTY2;
  };
  const trackCampaign = (a2) => {
    if (!a2.campaignId) return;
    let c = campaignEvents.get(a2.campaignId);
    if (!c) {
      c = { events: [] };
      campaignEvents.set(a2.campaignId, c);
    }
    if (c.startedAt === void 0 || a2.at < c.startedAt) c.startedAt = a2.at;
    if (a2.purpose === "telemarketing" && (a2.outcome === "answered-live" || a2.outcome === "abandoned")) {
      const ev = { at: a2.at, abandoned: a2.outcome === "abandoned" };
      let i = c.events.length;
      while (i > 0 && c.events[i - 1].at > ev.at) i--;
      c.events.splice(i, 0, ev);
    }
  };
  const insertAttempt = (a2) => {
    attemptsById.set(a2.id, a2);
    let arr = attemptsByNumber.get(a2.e164);
    if (!arr) attemptsByNumber.set(a2.e164, arr = []);
    insertByTime(arr, a2);
    if (a2.subject !== void 0) {
      let s2 = attemptsBySubject.get(a2.subject);
      if (!s2) attemptsBySubject.set(a2.subject, s2 = []);
      insertByTime(s2, a2);
    }
    trackCampaign(a2);
  };
  const loadSync = (q) => {
    const n = q.needs;
    const snap = {
      consents: /* @__PURE__ */ new Map(),
      revocations: /* @__PURE__ */ new Map(),
      suppressions: /* @__PURE__ */ new Map(),
      relationships: /* @__PURE__ */ new Map(),
      attemptsByNumber: /* @__PURE__ */ new Map(),
      attemptsBySubject: /* @__PURE__ */ new Map(),
      campaigns: /* @__PURE__ */ new Map(),
      emergencies: n.has("emergencies") ? emergencies.slice() : EMPTY2
    };
    for (const e of q.e164s) {
      if (n.has("consents")) {
        const c = consents.get(e);
        if (c) snap.consents.set(e, c.slice());
        const r = revocations.get(e);
        if (r) snap.revocations.set(e, r.slice());
      }
      if (n.has("suppressions")) {
        const s2 = byNumberLists.get(e);
        if (s2 && s2.size) snap.suppressions.set(e, new Set(s2));
      }
      if (n.has("relationships")) {
        const r = relationships.get(e);
        if (r) snap.relationships.set(e, r.slice());
      }
      if (n.has("attempts")) {
        const a2 = recent(attemptsByNumber.get(e), q.since, q.now);
        if (a2.length) snap.attemptsByNumber.set(e, a2);
      }
    }
    if (n.has("attempts")) {
      for (const s2 of q.subjects) {
        const a2 = recent(attemptsBySubject.get(s2), q.since, q.now);
        if (a2.length) snap.attemptsBySubject.set(s2, a2);
      }
    }
    if (n.has("campaign")) {
      for (const id of q.campaignIds) {
        const c = campaignEvents.get(id);
        snap.campaigns.set(id, { campaignId: id, ...c?.startedAt !== void 0 ? { startedAt: c.startedAt } : {}, events: c ? c.events.slice() : EMPTY2 });
      }
    }
    return snap;
  };
  const storage = {
    name,
    capabilities: { atomicReserve: true },
    audit,
    async loadFacts(q) {
      return loadSync(q);
    },
    async reserve(q, decide) {
      const snapshot = loadSync(q);
      const out = decide(snapshot);
      if (out.attempt) insertAttempt(out.attempt);
      return out.result;
    },
    async completeAttempt(id, patch) {
      const a2 = attemptsById.get(id);
      if (!a2) return void 0;
      if (a2.outcome !== "pending") return a2;
      a2.outcome = patch.outcome;
      a2.conversation = patch.conversation;
      delete a2.expiresAt;
      trackCampaign(a2);
      return a2;
    },
    async addConsent(r) {
      push(consents, r.phone, r);
    },
    async addRevocation(r) {
      push(revocations, r.phone, r);
    },
    async listConsents(e164) {
      return { consents: (consents.get(e164) ?? []).slice(), revocations: (revocations.get(e164) ?? []).slice() };
    },
    async addSuppressions(list2, e164s) {
      let set = lists.get(list2);
      if (!set) lists.set(list2, set = /* @__PURE__ */ new Set());
      let added = 0;
      for (const e of e164s) {
        if (set.has(e)) continue;
        set.add(e);
        added++;
        let s2 = byNumberLists.get(e);
        if (!s2) byNumberLists.set(e, s2 = /* @__PURE__ */ new Set());
        s2.add(list2);
      }
      return added;
    },
    async removeSuppressions(list2, e164s) {
      const set = lists.get(list2);
      if (!set) return 0;
      let removed = 0;
      for (const e of e164s) {
        if (!set.delete(e)) continue;
        removed++;
        byNumberLists.get(e)?.delete(list2);
      }
      return removed;
    },
    async hasSuppression(list2, e164) {
      return lists.get(list2)?.has(e164) ?? false;
    },
    async addRelationship(r) {
      push(relationships, r.e164, r);
    },
    async addAttempts(records) {
      for (const a2 of records) insertAttempt(a2);
    },
    async addEmergency(e) {
      emergencies.push(e);
    }
  };
  return storage;
}

// src/time/holidays.ts
import { formatInTimeZone as formatInTimeZone2, fromZonedTime } from "date-fns-tz";
var HOLIDAY_MIN_YEAR = 1986;
var HOLIDAY_MAX_YEAR = 9999;
var SUN = 0;
var MON = 1;
var FRI = 5;
var THU = 4;
var SAT = 6;
function observedDay(days, shift) {
  if (shift === "none") return days;
  const wd = weekdayFromDays(days);
  if (wd === SUN) return days + 1;
  if (wd === SAT) {
    if (shift === "federal") return days - 1;
    if (shift === "weekend-to-monday") return days + 2;
  }
  return days;
}
function holiday(name, days, observed = days) {
  return { name, date: formatCivil(civilFromDays(days)), observed: formatCivil(civilFromDays(observed)) };
}
function fixed(name, y, m, d, shift) {
  const days = daysFromCivil(y, m, d);
  return holiday(name, days, observedDay(days, shift));
}
function nth(name, y, m, wd, n) {
  const c = nthWeekdayOfMonth(y, m, wd, n);
  return holiday(name, daysFromCivil(c.year, c.month, c.day));
}
function easterDays(y) {
  const e = easterSunday(y);
  return daysFromCivil(e.year, e.month, e.day);
}
function electionDay(name, y) {
  const c = nthWeekdayOfMonth(y, 11, MON, 1);
  return holiday(name, daysFromCivil(c.year, c.month, c.day) + 1);
}
function assertYear(year) {
  if (!Number.isInteger(year) || year < HOLIDAY_MIN_YEAR || year > HOLIDAY_MAX_YEAR) {
    throw new RangeError(
      `[dialguard] holiday year must be an integer ${HOLIDAY_MIN_YEAR}-${HOLIDAY_MAX_YEAR}, got ${String(year)}`
    );
  }
}
function byDate(a2, b) {
  return a2.date < b.date ? -1 : a2.date > b.date ? 1 : a2.observed < b.observed ? -1 : a2.observed > b.observed ? 1 : 0;
}
function buildFederal(y) {
  const out = [fixed("New Year's Day", y, 1, 1, "federal")];
  out.push(nth("Birthday of Martin Luther King, Jr.", y, 1, MON, 3));
  out.push(nth("Washington's Birthday", y, 2, MON, 3));
  out.push(nth("Memorial Day", y, 5, MON, -1));
  if (y >= 2021) out.push(fixed("Juneteenth National Independence Day", y, 6, 19, "federal"));
  out.push(fixed("Independence Day", y, 7, 4, "federal"));
  out.push(nth("Labor Day", y, 9, MON, 1));
  out.push(nth("Columbus Day", y, 10, MON, 2));
  out.push(fixed("Veterans Day", y, 11, 11, "federal"));
  out.push(nth("Thanksgiving Day", y, 11, THU, 4));
  out.push(fixed("Christmas Day", y, 12, 25, "federal"));
  return out;
}
function buildAL(y) {
  const easter = easterDays(y);
  const out = [
    fixed("New Year's Day", y, 1, 1, "federal"),
    nth("Robert E. Lee's / Martin Luther King, Jr.'s Birthday", y, 1, MON, 3),
    holiday("Mardi Gras Day (Baldwin and Mobile counties only; applied statewide)", easter - 47),
    nth("George Washington's / Thomas Jefferson's Birthday", y, 2, MON, 3),
    nth("Confederate Memorial Day", y, 4, MON, 4),
    nth("National Memorial Day", y, 5, MON, -1),
    nth("Jefferson Davis' Birthday", y, 6, MON, 1)
  ];
  if (y >= 2021) {
    out.push(fixed("Juneteenth National Independence Day (federal, 5 U.S.C. 6103; conservative)", y, 6, 19, "federal"));
  }
  out.push(
    fixed("Independence Day", y, 7, 4, "federal"),
    nth("Labor Day", y, 9, MON, 1),
    nth("Columbus Day / Fraternal Day / American Indian Heritage Day", y, 10, MON, 2),
    fixed("Veterans' Day", y, 11, 11, "federal"),
    nth("Thanksgiving Day", y, 11, THU, 4),
    fixed("Christmas Day", y, 12, 25, "federal")
  );
  return out;
}
function buildLA(y) {
  const easter = easterDays(y);
  return [
    fixed("New Year's Day", y, 1, 1, "federal"),
    fixed("Battle of New Orleans", y, 1, 8, "federal"),
    nth("Dr. Martin Luther King, Jr.'s Birthday", y, 1, MON, 3),
    nth("Washington's Birthday and Presidents' Day", y, 2, MON, 3),
    holiday("Mardi Gras", easter - 47),
    holiday("Good Friday", easter - 2),
    nth("National Memorial Day", y, 5, MON, -1),
    fixed("Independence Day", y, 7, 4, "federal"),
    fixed("Huey P. Long Day", y, 8, 30, "federal"),
    nth("Labor Day", y, 9, MON, 1),
    nth("Christopher Columbus Day", y, 10, MON, 2),
    fixed("All Saints' Day", y, 11, 1, "federal"),
    fixed("Veterans' Day", y, 11, 11, "federal"),
    nth("Thanksgiving Day", y, 11, THU, 4),
    fixed("Christmas Day", y, 12, 25, "federal")
  ];
}
function buildPA(y) {
  const easter = easterDays(y);
  return [
    fixed("New Year's Day", y, 1, 1, "federal"),
    nth("Dr. Martin Luther King, Jr. Day", y, 1, MON, 3),
    nth("Presidents' Day", y, 2, MON, 3),
    holiday("Good Friday", easter - 2),
    nth("Memorial Day", y, 5, MON, -1),
    fixed("Flag Day", y, 6, 14, "federal"),
    fixed("Independence Day", y, 7, 4, "federal"),
    nth("Labor Day", y, 9, MON, 1),
    nth("Columbus Day", y, 10, MON, 2),
    electionDay("Election Day", y),
    fixed("Veterans' Day", y, 11, 11, "federal"),
    nth("Thanksgiving Day", y, 11, THU, 4),
    fixed("Christmas Day", y, 12, 25, "federal")
  ];
}
function buildRI(y) {
  const out = buildFederal(y);
  const riFixed = [
    ["New Year's Day", 1, 1],
    ["Independence Day", 7, 4],
    ["Veterans' Day", 11, 11],
    ["Christmas Day", 12, 25]
  ];
  for (const [name, m, d] of riFixed) {
    const days = daysFromCivil(y, m, d);
    const ri = observedDay(days, "weekend-to-monday");
    if (ri !== observedDay(days, "federal")) out.push(holiday(`${name} (R.I. Gen. Laws 25-1-1 observance)`, days, ri));
  }
  out.push(fixed("Rhode Island Independence Day", y, 5, 4, "sunday-to-monday"));
  out.push(nth("Victory Day", y, 8, MON, 2));
  if (y % 2 === 0) out.push(electionDay("Election Day (general election years)", y));
  return out;
}
function buildUT(y) {
  const easter = easterDays(y);
  const out = [
    fixed("New Year's Day", y, 1, 1, "federal"),
    nth("Dr. Martin Luther King, Jr. Day", y, 1, MON, 3),
    nth("Washington and Lincoln Day (Presidents' Day)", y, 2, MON, 3)
  ];
  if (y >= 2027) out.push(holiday("Good Friday", easter - 2));
  if (y >= 2025) out.push(holiday("Easter Sunday", easter));
  out.push(nth("Memorial Day", y, 5, MON, -1));
  if (y >= 2022) {
    const days = daysFromCivil(y, 6, 19);
    const wd = weekdayFromDays(days);
    let obs = days;
    if (wd === SAT) obs = days + 2;
    else if (wd === SUN) obs = days + 1;
    else if (y >= 2025 && wd !== MON) obs = days - (wd - MON);
    out.push(holiday("Juneteenth National Freedom Day", days, obs));
  }
  out.push(
    fixed("Independence Day", y, 7, 4, "federal"),
    fixed("Pioneer Day", y, 7, 24, "federal"),
    nth("Labor Day", y, 9, MON, 1),
    nth("Columbus Day", y, 10, MON, 2),
    fixed("Veterans Day", y, 11, 11, "federal"),
    nth("Thanksgiving Day", y, 11, THU, 4),
    fixed("Christmas", y, 12, 25, "federal")
  );
  return out;
}
function buildNE(y) {
  const thanksgiving = nthWeekdayOfMonth(y, 11, THU, 4);
  const tDays = daysFromCivil(thanksgiving.year, thanksgiving.month, thanksgiving.day);
  const out = [
    fixed("New Year's Day", y, 1, 1, "federal"),
    nth("Birthday of Martin Luther King, Jr.", y, 1, MON, 3),
    nth("President's Day", y, 2, MON, 3),
    nth("Arbor Day", y, 4, FRI, -1),
    nth("Memorial Day", y, 5, MON, -1)
  ];
  if (y >= 2021) out.push(fixed("Juneteenth National Independence Day", y, 6, 19, "federal"));
  out.push(
    fixed("Independence Day", y, 7, 4, "federal"),
    nth("Labor Day", y, 9, MON, 1),
    nth("Indigenous Peoples' Day and Columbus Day", y, 10, MON, 2),
    fixed("Veterans Day", y, 11, 11, "federal"),
    holiday("Thanksgiving Day", tDays),
    holiday("Day after Thanksgiving", tDays + 1),
    fixed("Christmas Day", y, 12, 25, "federal")
  );
  return out;
}
var BUILDERS = {
  US: buildFederal,
  AL: buildAL,
  LA: buildLA,
  PA: buildPA,
  RI: buildRI,
  UT: buildUT,
  NE: buildNE
};
var MAX_CACHED_YEARS = 2048;
var yearCache = /* @__PURE__ */ new Map();
var dayIndexCache = /* @__PURE__ */ new Map();
function cachedYear(cal, year) {
  const key = `${cal}|${year}`;
  let list2 = yearCache.get(key);
  if (list2 === void 0) {
    const built = BUILDERS[cal](year).sort(byDate);
    for (const h of built) Object.freeze(h);
    list2 = Object.freeze(built);
    if (yearCache.size >= MAX_CACHED_YEARS) yearCache.clear();
    yearCache.set(key, list2);
  }
  return list2;
}
function dayIndex(cal, year) {
  const key = `${cal}|${year}`;
  let index = dayIndexCache.get(key);
  if (index === void 0) {
    const prefix = `${formatCivil({ year, month: 1, day: 1 }).slice(0, 4)}-`;
    const building = /* @__PURE__ */ new Map();
    const add = (iso, h) => {
      const days = daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
      const at = building.get(days);
      if (at === void 0) building.set(days, [h]);
      else if (!at.includes(h)) at.push(h);
    };
    for (let y = year - 1; y <= year + 1; y++) {
      if (y < HOLIDAY_MIN_YEAR || y > HOLIDAY_MAX_YEAR) continue;
      for (const h of cachedYear(cal, y)) {
        if (h.date.startsWith(prefix)) add(h.date, h);
        if (h.observed !== h.date && h.observed.startsWith(prefix)) add(h.observed, h);
      }
    }
    index = /* @__PURE__ */ new Map();
    for (const [days, list2] of building) index.set(days, Object.freeze(list2));
    if (dayIndexCache.size >= MAX_CACHED_YEARS) dayIndexCache.clear();
    dayIndexCache.set(key, index);
  }
  return index;
}
var ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function toDay(day) {
  let y;
  let m;
  let d;
  if (typeof day === "string") {
    const match = ISO_RE.exec(day);
    if (match === null) throw new RangeError(`[dialguard] expected a date as 'YYYY-MM-DD', got ${JSON.stringify(day)}`);
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
  } else if (day !== null && typeof day === "object") {
    ({ year: y, month: m, day: d } = day);
  } else {
    throw new RangeError(`[dialguard] expected a 'YYYY-MM-DD' string or a CivilDate, got ${String(day)}`);
  }
  if (!isValidCivil(y, m, d)) {
    throw new RangeError(`[dialguard] not a real date: ${JSON.stringify(day)}`);
  }
  assertYear(y);
  return [y, daysFromCivil(y, m, d)];
}
function holidaysOnDay(cal, year, days) {
  return dayIndex(cal, year).get(days);
}
function isBusinessDayNumber(year, days) {
  const wd = weekdayFromDays(days);
  if (wd === SUN || wd === SAT) return false;
  return holidaysOnDay("US", year, days) === void 0;
}
var validZones = /* @__PURE__ */ new Set();
function assertTimeZone(tz) {
  if (validZones.has(tz)) return;
  if (typeof tz !== "string" || tz.length === 0) {
    throw new RangeError(`[dialguard] timeZone must be an IANA zone name, got ${String(tz)}`);
  }
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
  } catch {
    throw new RangeError(`[dialguard] unknown timeZone ${JSON.stringify(tz)}`);
  }
  validZones.add(tz);
}
function localIsoDate(epochMs, tz) {
  return formatInTimeZone2(epochMs, tz, "yyyy-MM-dd");
}
var DAY_MS = 864e5;
function startOfLocalDay(iso, tz) {
  const guess = fromZonedTime(`${iso}T00:00:00`, tz).getTime();
  const at = localIsoDate(guess, tz);
  if (at === iso && localIsoDate(guess - 1, tz) < iso) return guess;
  let lo;
  let hi;
  if (at < iso) {
    lo = guess;
    hi = guess + 2 * DAY_MS;
  } else {
    lo = guess - 2 * DAY_MS;
    hi = guess;
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (localIsoDate(mid, tz) < iso) lo = mid;
    else hi = mid;
  }
  return hi;
}
var MAX_BUSINESS_DAYS = 1e6;
function businessDaysAfter(instant, n, options) {
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0) {
    throw new RangeError(`[dialguard] businessDaysAfter: n must be a non-negative integer, got ${String(n)}`);
  }
  if (n > MAX_BUSINESS_DAYS) {
    throw new RangeError(`[dialguard] businessDaysAfter: n must be at most ${MAX_BUSINESS_DAYS}, got ${n}`);
  }
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new RangeError("[dialguard] businessDaysAfter: instant must be a valid Date");
  }
  const tz = options?.timeZone ?? "America/New_York";
  assertTimeZone(tz);
  const [y0, day0] = toDay(localIsoDate(ms, tz));
  let days = day0;
  let year = y0;
  let counted = 0;
  while (counted < n) {
    days += 1;
    year = civilFromDays(days).year;
    if (year > HOLIDAY_MAX_YEAR) assertYear(year);
    if (isBusinessDayNumber(year, days)) counted += 1;
  }
  const next = civilFromDays(days + 1);
  if (next.year > HOLIDAY_MAX_YEAR) assertYear(next.year);
  return new Date(startOfLocalDay(formatCivil(next), tz) - 1);
}
function calendar(id, citation, confidence, notes) {
  return Object.freeze({
    id,
    citation,
    confidence,
    notes,
    holidays(year) {
      assertYear(year);
      return cachedYear(id, year).map((h) => ({ ...h }));
    }
  });
}
var holidayCalendars = Object.freeze({
  US: calendar(
    "US",
    "5 U.S.C. 6103(a) (legal public holidays); observed days: Saturday \u2192 preceding Friday (5 U.S.C. 6103(b)), Sunday \u2192 following Monday",
    "V",
    "Holiday list and observance rule as in RULES.md \xA76 [V]. Juneteenth from 2021. Inauguration Day (6103(c), D.C. area only) is not included. Both the actual and the observed date count as the holiday."
  ),
  AL: calendar(
    "AL",
    "Ala. Admin. Code r. 770-X-5-.17(1)(b) (no solicitation calls on Sundays or holidays); Ala. Code 1-3-8 (state holidays)",
    "V",
    [
      'List and weekend rule from the text of Ala. Code 1-3-8(a) ("If any holiday falls on Sunday, the following day is the holiday. If any holiday falls on Saturday, the preceding day is the holiday.") and the Alabama Department of Archives list (4th Monday in April, 1st Monday in June, etc.); both the actual and the observed day are returned.',
      "Mardi Gras is a legal holiday only in Baldwin and Mobile counties; it is included statewide (conservative) \u2014 a host that knows the county may ignore it elsewhere.",
      'The PSC rule says "holidays", not "state holidays", so the federal Juneteenth holiday (5 U.S.C. 6103(a), from 2021) is included conservatively although 1-3-8 does not list it.',
      'Thanksgiving is "the day designated by the Governor for public thanksgiving"; the 4th Thursday of November is assumed.',
      "Governor-proclaimed closures (e.g. a day after Thanksgiving) are not statutory and are not included. Bills to amend 1-3-8 (e.g. 2025 HB 22 Juneteenth, HB 27 removing Jefferson Davis' birthday, HB 155) were seen only as introduced and are not encoded."
    ].join(" ")
  ),
  LA: calendar(
    "LA",
    "La. R.S. 45:811 (no ADAD or live solicitation calls on Sundays or state holidays); La. R.S. 1:55(A)(1) (days of public rest and legal holidays)",
    "V",
    [
      "List from the official text of La. R.S. 1:55(A)(1) (legis.la.gov); Robert E. Lee Day (Jan 19) and Confederate Memorial Day (Jun 3) are no longer in that list and are not included.",
      "1:55(A)(1) has no weekend shift; state offices and clerks observe some fixed-date holidays on the Friday/Monday, so the calendar returns both the actual date and a Saturday \u2192 Friday / Sunday \u2192 Monday observed day (conservative).",
      "The LPSC enforces its own holiday list for its do-not-call rules (not every statutory holiday \u2014 e.g. Presidents' Day was noted as not enforced in 2018), and the governor may add days by proclamation (e.g. 2023-07-03, Juneteenth closures): hosts add those via engine emergencies / declared days.",
      "Not encoded (secondary sources only or local): general election day in even-numbered years for state employees (1:55(B)), a Juneteenth holiday on the third Saturday in June (2021 act), Inauguration Day in the city of Baton Rouge, parish-level Saturday holidays."
    ].join(" ")
  ),
  PA: calendar(
    "PA",
    "73 P.S. 2245(a)(10) (Telemarketer Registration Act \xA7 5(a)(10), added by Act 73 of 2019, eff. 2019-12-03): no telephone solicitation calls on legal holidays",
    "S",
    [
      "The 13 holidays named in RULES.md \xA74.1 (New Year's, MLK, Presidents', Good Friday, Memorial, Flag Day Jun 14, Independence, Labor, Columbus, Election Day, Veterans, Thanksgiving, Christmas), matching dnc.com's summary of Act 73 [S]; the statute text of 2245(a)(10) was not read.",
      'DISCREPANCY: RULES.md \xA74.2 says "14 listed legal holidays" but enumerates 13, and the secondary sources list the same 13; the 14th (if any) was not identified and nothing was added.',
      "Election Day is taken as the Tuesday after the first Monday in November of every year (Pennsylvania holds municipal elections in odd years). Whether weekend holidays shift is not known, so fixed-date holidays return both the actual date and a Saturday \u2192 Friday / Sunday \u2192 Monday observed day (conservative)."
    ].join(" ")
  ),
  RI: calendar(
    "RI",
    'R.I. Gen. Laws 5-61-2(2) (no telephonic sales calls on "state or federal holidays"); R.I. Gen. Laws 25-1-1 (state holidays); 25-2-1 (Rhode Island Independence Day, May 4)',
    "V",
    [
      "Union of the federal holidays (5 U.S.C. 6103(a), with the federal Friday/Monday observed days) and the R.I. Gen. Laws 25-1-1 list, whose text was read in a code copy: New Year's, July 4, Veterans' Day and Christmas falling on a Saturday or Sunday are celebrated the following Monday (added as an extra record where this differs from the federal observed day), any listed day falling on a Sunday moves to the Monday, May 4 (Rhode Island Independence Day), the second Monday of August (Victory Day), and Election Day in years with a general election of state officers (even years).",
      "Other days appointed by the governor, the General Assembly, the President or Congress are not included: hosts add them as declared days."
    ].join(" ")
  ),
  UT: calendar(
    "UT",
    "Utah Code 13-25a-103(3) (no telephone solicitations on Sundays or legal holidays without prior express consent); Utah Code 63G-1-301 (legal holidays)",
    "S",
    [
      "Base list and weekend rule (Saturday \u2192 preceding Friday, Sunday \u2192 following Monday) from the enrolled texts on le.utah.gov (2021 S.B. 166, 2022 H.B. 238) [V].",
      "Juneteenth National Freedom Day (June 19) from 2022 (H.B. 238): a weekend day moves to the following Monday (per a bill summary [S]); from 2025 (amendment effective 2025-05-07, read in a text copy [S]) it is observed on the Monday of its week (Tue\u2013Fri \u2192 preceding Monday, Sat/Sun \u2192 following Monday). Both the actual and the observed day are returned.",
      "Easter Sunday is a legal holiday from 2025 (S.B. 259, enrolled copy [S]) with no Friday/Monday shift.",
      'Good Friday appears in the version effective 2026-05-06 "subject to Subsection (6)", read only in a research copy [S]; subsection (6) was not read. It is included from 2027 (its first occurrence after the effective date) as the conservative choice.',
      "Not encoded: 2026 H.B. 104 (Election Day, effective 2027-01-01) \u2014 seen only as introduced; enactment not confirmed. Proclaimed days of fasting or thanksgiving and governor-declared holidays: hosts add them."
    ].join(" ")
  ),
  NE: calendar(
    "NE",
    "Neb. Admin. Code tit. 291, ch. 11 (prerecorded messages on Sundays and legal holidays limited to 13:00\u201321:00) [S]; Neb. Rev. Stat. 25-2221 (holidays)",
    "V",
    [
      'List and weekend rule (Sunday \u2192 following Monday, Saturday \u2192 preceding Friday) from the official text of Neb. Rev. Stat. 25-2221 (the Uniform Commercial Code list in 62-301 names the same days); which statute the tit. 291 ch. 11 rule means by "legal holidays" was not read.',
      "Includes Arbor Day (last Friday in April) and the day after Thanksgiving. Juneteenth is included from 2021 (federal legal holiday; Nebraska grants state employees the federal paid holidays); the year it entered 25-2221 was not checked.",
      "25-2221 also makes the federal observance controlling where it differs (except Veterans Day); both the actual and the observed day are returned. Days declared by the Governor are not included: hosts add them."
    ].join(" ")
  )
});

// src/core/rule.ts
var ID = /^[a-z][a-zA-Z0-9]*(\.[A-Za-z0-9][a-z0-9-]*)+$/;
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function defineRule(def) {
  if (!ID.test(def.id)) throw new TypeError(`[dialguard] rule id ${JSON.stringify(def.id)} must look like '<pack>.<topic>'`);
  if (!DATE.test(def.effective.from) || def.effective.to !== void 0 && !DATE.test(def.effective.to)) {
    throw new TypeError(`[dialguard] rule ${def.id}: effective dates must be 'YYYY-MM-DD'`);
  }
  if (typeof def.evaluate !== "function") throw new TypeError(`[dialguard] rule ${def.id}: evaluate must be a function`);
  const pack = def.pack ?? def.id.slice(0, def.id.indexOf("."));
  return Object.freeze({
    id: def.id,
    title: def.title ?? def.id,
    pack,
    jurisdiction: def.jurisdiction ?? "custom",
    citation: def.citation,
    effective: Object.freeze({ ...def.effective }),
    confidence: def.confidence ?? "unverified",
    needs: Object.freeze([...def.needs ?? []]),
    ...def.appliesTo ? { appliesTo: def.appliesTo } : {},
    evaluate: def.evaluate,
    ...def.obligations ? { obligations: def.obligations } : {}
  });
}

// src/rules/ethics/index.ts
var EXCEPTIONS = /* @__PURE__ */ new Set(["client", "former-client", "lawyer", "family", "business-user"]);
function isLiveContact(i) {
  return i.channel === "voice" && (i.callType === "live" || i.callType === "autodialed");
}
var TX_703_FROM = Date.parse("2021-07-01T00:00:00-05:00");
var ethicsSolicitation = defineRule({
  id: "ethics.solicitation",
  title: "Attorney solicitation of prospective clients (Model Rule 7.3 and state variants)",
  pack: "ethics",
  jurisdiction: "ABA Model Rules",
  citation: "ABA Model Rule 7.3(b)-(c) and cmt. [2]",
  // The 2018 text of Model Rule 7.3 (ABA House of Delegates, 2018-08-06).
  effective: { from: "2018-08-06" },
  confidence: "V",
  needs: [],
  appliesTo: (i) => i.purpose === "telemarketing",
  evaluate(intent) {
    if (intent.doNotSolicit) {
      return { outcome: "deny", code: "attorney_do_not_solicit", citation: "ABA Model Rule 7.3(c)(1)" };
    }
    const rel = intent.relationship;
    if (rel !== void 0 && EXCEPTIONS.has(rel)) {
      return { outcome: "allow", code: "solicitation_permitted", details: { relationship: rel }, citation: "ABA Model Rule 7.3(b)(1)-(3)" };
    }
    if (intent.states.includes("FL") && intent.channel === "voice" && rel === "prospect") {
      return {
        outcome: "deny",
        code: "attorney_telephone_solicitation",
        details: { state: "FL", ruleName: "R. Regulating Fla. Bar 4-7.18(a)" },
        citation: "R. Regulating Fla. Bar 4-7.18(a)"
      };
    }
    if (rel === void 0) {
      return isLiveContact(intent) || intent.states.includes("FL") && intent.channel === "voice" ? { outcome: "warn", code: "relationship_unknown" } : void 0;
    }
    if (isLiveContact(intent)) {
      const tx = intent.states.includes("TX") && intent.at >= TX_703_FROM;
      return {
        outcome: "deny",
        code: "attorney_live_solicitation",
        details: { ruleName: tx ? "Tex. Disciplinary R. Prof. Conduct 7.03 and ABA Model Rule 7.3(b)" : "ABA Model Rule 7.3(b)" },
        citation: tx ? "Tex. Disciplinary R. Prof. Conduct 7.03; ABA Model Rule 7.3(b)" : "ABA Model Rule 7.3(b)"
      };
    }
    return void 0;
  }
});
var ethicsAdvertisingLabel = defineRule({
  id: "ethics.advertising-label",
  title: 'Texas: solicitations must be designated "ADVERTISEMENT"',
  pack: "ethics",
  jurisdiction: "TX",
  citation: "Tex. Disciplinary R. Prof. Conduct 7.03",
  effective: { from: "2021-07-01" },
  confidence: "V",
  needs: [],
  appliesTo: (i) => i.purpose === "telemarketing" && i.states.includes("TX") && (i.relationship === "prospect" || i.relationship === void 0),
  evaluate: () => void 0,
  obligations: () => [
    {
      code: "advertisement_label",
      description: 'Plainly mark the solicitation "ADVERTISEMENT" (at the start of a recorded message and in a text).'
    }
  ]
});
var ethics = Object.freeze([ethicsSolicitation, ethicsAdvertisingLabel]);

// src/rules/shared.ts
var MINUTE3 = 6e4;
var DAY3 = 864e5;
function addMonthsUtc(ms, months) {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime();
}
function isWirelessClass(intent) {
  return intent.effectiveLineType !== "landline";
}
function liveConsents(intent, facts) {
  const t = intent.at;
  let lastRevocation2 = -Infinity;
  for (const r of facts.revocations) {
    const at = r.receivedAt.getTime();
    if (r.seller === intent.seller && at <= t && at > lastRevocation2) lastRevocation2 = at;
  }
  const out = [];
  for (const c of facts.consents) {
    const g = c.grantedAt.getTime();
    if (c.seller === intent.seller && g <= t && g > lastRevocation2) out.push(c);
  }
  return out;
}
function lastRevocation(intent, facts) {
  let best;
  for (const r of facts.revocations) {
    const at = r.receivedAt.getTime();
    if (r.seller === intent.seller && at <= intent.at && (best === void 0 || at > best.receivedAt.getTime())) best = r;
  }
  return best;
}
function scopeMismatch(c, intent) {
  const out = [];
  const s2 = c.scope;
  if (s2.callTypes && !s2.callTypes.includes(intent.callType)) out.push(`call type ${intent.callType}`);
  if (s2.channels && !s2.channels.includes(intent.channel)) out.push(`channel ${intent.channel}`);
  if (s2.purposes && !s2.purposes.includes(intent.purpose)) out.push(`purpose ${intent.purpose}`);
  return out;
}
function coveringConsent(intent, facts, written) {
  let oral;
  for (const c of liveConsents(intent, facts)) {
    if (scopeMismatch(c, intent).length) continue;
    if (c.kind === "prior-express-written") return c;
    oral ??= c;
  }
  return written ? void 0 : oral;
}
function attemptsInWindow(attempts, t, windowMs, filter) {
  const out = [];
  const from = t - windowMs;
  for (const a2 of attempts) if (a2.at > from && a2.at <= t && filter(a2)) out.push(a2);
  return out;
}
function capVerdict(attempts, t, windowMs, limit, what, windowLabel, filter, extra = {}) {
  const counted = attemptsInWindow(attempts, t, windowMs, filter);
  const count = counted.length;
  if (count < limit) return { outcome: "allow", code: "within_limit", details: { count, limit, what, window: windowLabel, ...extra } };
  const oldestToDrop = counted[count - limit];
  return {
    outcome: "deny",
    code: "limit_reached",
    details: { count, limit, what, window: windowLabel, ...extra },
    retryAt: oldestToDrop.at + windowMs
  };
}
function windowInAllZones(intent, windowOf, extra) {
  const zones = intent.zones;
  if (zones.length === 0) return { outcome: "deny", code: "unknown_time_zone", details: { ...extra } };
  const at = intent.at;
  let window = null;
  let closed = false;
  for (let k = 0; k < zones.length; k++) {
    const zone = zones[k];
    const localMs = at + zoneOffsetMinutes(zone, at) * MINUTE3;
    const days = Math.floor(localMs / DAY3);
    const minute = Math.floor((localMs - days * DAY3) / MINUTE3);
    const w = windowOf(zone, days, weekdayFromDays(days));
    if (w === null || minute < w.start || minute >= w.end) {
      closed = true;
      break;
    }
    window ??= w;
  }
  if (!closed) {
    return { outcome: "allow", code: "within_calling_hours", details: extra === void 0 ? { window, zones } : { window, zones, ...extra } };
  }
  let firstClosed;
  let retryAt = -Infinity;
  let unknown = false;
  for (const zone of zones) {
    const r = checkWindow(zone, at, (d, w) => windowOf(zone, d, w));
    if (r.open) continue;
    firstClosed ??= r;
    if (r.retryAt === void 0) unknown = true;
    else retryAt = Math.max(retryAt, r.retryAt);
  }
  const fc = firstClosed;
  const v = {
    outcome: "deny",
    code: fc.window === null ? "no_calls_on_day" : "outside_calling_hours",
    details: {
      localTime: `${fc.local.date} ${fc.local.time}`,
      zone: fc.zone,
      window: formatWindow(fc.window),
      dayKind: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][weekdayFromDays(fc.local.days)],
      date: fc.local.date,
      zones,
      ...extra
    }
  };
  if (!unknown) v.retryAt = retryAt;
  return v;
}

// src/rules/regf/frequency.ts
var counts = (subject) => (a2) => a2.subject === subject && a2.purpose === "debt-collection" && a2.channel === "voice" && a2.outcome !== "busy" && a2.outcome !== "failed";
var regfCallFrequency = defineRule({
  id: "regf.call-frequency",
  title: "Debt collection: at most 7 calls in 7 days per debt, none within 7 days after a conversation",
  pack: "regF",
  jurisdiction: "US",
  citation: "12 CFR 1006.14(b)(2)",
  effective: { from: "2021-11-30" },
  confidence: "V",
  needs: ["attempts"],
  appliesTo: (i) => i.purpose === "debt-collection" && i.channel === "voice" && i.subject !== void 0,
  evaluate(intent, facts) {
    const subject = intent.subject;
    let blockedUntil = -Infinity;
    let conversationDate = "";
    for (const a2 of facts.attempts) {
      if (!a2.conversation || a2.subject !== subject || a2.at > intent.at) continue;
      for (const zone of intent.zones) {
        const lt = localTime(zone, a2.at);
        const until = zonedToEpoch(zone, lt.days + 7, 0);
        if (until > blockedUntil) {
          blockedUntil = until;
          conversationDate = lt.date;
        }
      }
    }
    if (intent.at < blockedUntil) {
      return { outcome: "deny", code: "post_conversation_wait", details: { conversationDate, subject }, retryAt: blockedUntil, citation: "12 CFR 1006.14(b)(2)(ii)" };
    }
    return capVerdict(facts.attempts, intent.at, 7 * DAY3, 7, "calls about this debt", "7 consecutive days", counts(subject), { subject });
  }
});

// src/rules/regf/index.ts
var WINDOW = { start: hm("08:00"), end: hm("21:00") };
var regfInconvenientTime = defineRule({
  id: "regf.inconvenient-time",
  title: "Debt collection: no communication before 08:00 or after 21:00 at the consumer's location",
  pack: "regF",
  jurisdiction: "US",
  citation: "12 CFR 1006.6(b)(1)(i); 15 U.S.C. 1692c(a)(1)",
  effective: { from: "2021-11-30" },
  confidence: "S",
  needs: [],
  appliesTo: (i) => i.purpose === "debt-collection",
  evaluate: (intent) => windowInAllZones(intent, () => WINDOW),
  obligations: (intent) => intent.channel === "voice" ? [{ code: "limited_content_voicemail", description: "A voicemail must be a limited-content message: business name not indicating debt collection, a request to reply, the name of a person to contact and a callback number; nothing else.", citation: "12 CFR 1006.2(j)" }] : []
});
var regF = Object.freeze([regfInconvenientTime, regfCallFrequency]);

// src/rules/tcpa/abandonment-stats.ts
var ABANDONMENT_PERIOD_MS = 30 * 864e5;
function abandonmentStats(c, t) {
  if (c === void 0 || c.startedAt === void 0 || t < c.startedAt) return { abandoned: 0, answered: 0, rate: 0 };
  const k = Math.floor((t - c.startedAt) / ABANDONMENT_PERIOD_MS);
  const periodStart = c.startedAt + k * ABANDONMENT_PERIOD_MS;
  const periodEnd = periodStart + ABANDONMENT_PERIOD_MS;
  let abandoned = 0;
  let answered = 0;
  for (const e of c.events) {
    if (e.at < periodStart || e.at > t) continue;
    answered++;
    if (e.abandoned) abandoned++;
  }
  return { abandoned, answered, rate: answered === 0 ? 0 : abandoned / answered, periodStart, periodEnd };
}

// src/rules/tcpa/abandonment.ts
var ABANDONMENT_LIMIT = 0.03;
var abandonmentRule = defineRule({
  id: "tcpa.abandonment",
  title: "Abandoned calls at most 3% of live-answered calls per campaign per 30 days",
  pack: "tcpa",
  jurisdiction: "US",
  citation: "47 CFR 64.1200(a)(7)(i); 16 CFR 310.4(b)(4)(i)",
  effective: { from: "2003-10-01" },
  confidence: "S",
  needs: ["campaign"],
  appliesTo: (i) => i.purpose === "telemarketing" && i.callType === "autodialed" && i.channel === "voice" && i.campaignId !== void 0,
  evaluate(intent, facts) {
    const s2 = abandonmentStats(facts.campaign, intent.at);
    const details = { campaignId: intent.campaignId, abandoned: s2.abandoned, answered: s2.answered, ratePercent: Math.round(s2.rate * 1e4) / 100 };
    if (s2.rate > ABANDONMENT_LIMIT) {
      return { outcome: "deny", code: "abandonment_rate_exceeded", details, ...s2.periodEnd !== void 0 ? { retryAt: s2.periodEnd } : {} };
    }
    return { outcome: "allow", code: "abandonment_rate_ok", details };
  }
});

// src/rules/tcpa/index.ts
function consentRequirement(intent) {
  if (intent.purpose === "emergency") return "none";
  if (intent.callType === "live") return "none";
  const wireless = isWirelessClass(intent) || intent.channel === "sms";
  if (wireless) {
    return intent.purpose === "telemarketing" ? "prior-express-written" : "prior-express";
  }
  if (intent.callType === "prerecorded") {
    return intent.purpose === "telemarketing" ? "prior-express-written" : "exempt-capped";
  }
  return "none";
}
var CONSENT_CITE = "47 U.S.C. 227(b)(1); 47 CFR 64.1200(a)(1)-(3), (f)(9)";
var tcpaConsent = defineRule({
  id: "tcpa.consent",
  title: "Prior express (written) consent for autodialed and prerecorded calls and texts",
  pack: "tcpa",
  jurisdiction: "US",
  citation: CONSENT_CITE,
  effective: { from: "2013-10-16" },
  confidence: "V",
  needs: ["consents"],
  evaluate(intent, facts) {
    const required = consentRequirement(intent);
    const base = { callType: intent.callType, channel: intent.channel, purpose: intent.purpose, lineType: intent.effectiveLineType, required };
    if (required === "none" || required === "exempt-capped") return { outcome: "allow", code: "consent_not_required", details: base };
    if (intent.purpose === "opt-out-confirmation") {
      const rev = lastRevocation(intent, facts);
      const hadConsent = rev !== void 0 && facts.consents.some((c2) => c2.seller === intent.seller && c2.grantedAt.getTime() <= rev.receivedAt.getTime());
      const within = rev !== void 0 && intent.at - rev.receivedAt.getTime() <= 5 * 6e4;
      const already = rev !== void 0 && facts.attempts.some((a2) => a2.purpose === "opt-out-confirmation" && a2.e164 === intent.e164 && a2.at >= rev.receivedAt.getTime() && a2.at <= intent.at);
      if (intent.channel === "sms" && hadConsent && within && !already) {
        return { outcome: "allow", code: "consent_on_file", details: { ...base, consentId: "prior consent (one confirmation text within 5 minutes, 47 CFR 64.1200(a)(12))" }, citation: "47 CFR 64.1200(a)(12)" };
      }
      return { outcome: "deny", code: "consent_required", details: { ...base, why: "only one confirmation text within 5 minutes of a revocation is allowed" }, citation: "47 CFR 64.1200(a)(12)" };
    }
    const written = required === "prior-express-written";
    const c = coveringConsent(intent, facts, written);
    if (c) return { outcome: "allow", code: "consent_on_file", details: { ...base, consentId: c.id, kind: c.kind } };
    const live = liveConsents(intent, facts);
    const inScope = live.filter((x) => scopeMismatch(x, intent).length === 0);
    if (written && inScope.length > 0) return { outcome: "deny", code: "written_consent_required", details: base };
    if (live.length > 0) {
      return { outcome: "deny", code: "consent_out_of_scope", details: { ...base, mismatch: scopeMismatch(live[0], intent) } };
    }
    return { outcome: "deny", code: "consent_required", details: base };
  }
});
var tcpaRevocation = defineRule({
  id: "tcpa.revocation",
  title: "Revoked consent no longer counts",
  pack: "tcpa",
  jurisdiction: "US",
  citation: "47 CFR 64.1200(a)(10)-(12), (d)(3)",
  effective: { from: "1992-12-20" },
  confidence: "S",
  needs: ["consents"],
  evaluate(intent, facts) {
    const rev = lastRevocation(intent, facts);
    if (rev === void 0) return { outcome: "allow", code: "no_revocation" };
    if (intent.purpose === "emergency" || intent.purpose === "opt-out-confirmation") return void 0;
    const req = consentRequirement(intent);
    const needsConsent = req === "prior-express" || req === "prior-express-written";
    if (!needsConsent && intent.purpose !== "telemarketing") return void 0;
    const renewed = coveringConsent(intent, facts, req === "prior-express-written");
    if (renewed) return { outcome: "allow", code: "consent_on_file", details: { consentId: renewed.id, required: req, renewedAfterRevocation: true } };
    return {
      outcome: "deny",
      code: "consent_revoked",
      details: { revokedAt: rev.receivedAt.toISOString(), via: rev.via, honorBy: rev.honorBy.toISOString(), revocationId: rev.id }
    };
  }
});
var isTelemarketing = (i) => i.purpose === "telemarketing";
var FEDERAL_WINDOW = { start: hm("08:00"), end: hm("21:00") };
var tcpaCallingHours = defineRule({
  id: "tcpa.calling-hours",
  title: "No telephone solicitation before 08:00 or after 21:00 local time",
  pack: "tcpa",
  jurisdiction: "US",
  citation: "47 CFR 64.1200(c)(1)",
  effective: { from: "1992-12-20" },
  confidence: "V",
  needs: [],
  appliesTo: isTelemarketing,
  evaluate: (intent) => windowInAllZones(intent, () => FEDERAL_WINDOW)
});
function ebrInForce(intent, facts) {
  let best;
  for (const r of facts.relationships) {
    if (r.seller !== intent.seller || r.at > intent.at) continue;
    const until = addMonthsUtc(r.at, r.kind === "transaction" ? 18 : 3);
    if (intent.at < until && (best === void 0 || until > best.until)) best = { kind: r.kind, since: r.at, until };
  }
  return best;
}
var tcpaNationalDnc = defineRule({
  id: "tcpa.national-dnc",
  title: "No telephone solicitation to numbers on the National Do Not Call Registry",
  pack: "tcpa",
  jurisdiction: "US",
  citation: "47 CFR 64.1200(c)(2), (f)(5); 16 CFR 310.4(b)(1)(iii)(B)",
  effective: { from: "2003-10-01" },
  confidence: "S",
  needs: ["suppressions", "relationships", "consents"],
  appliesTo: isTelemarketing,
  evaluate(intent, facts) {
    if (!facts.suppressions.has("national")) return { outcome: "allow", code: "not_on_dnc", details: { list: "national" } };
    const ebr = ebrInForce(intent, facts);
    if (ebr) {
      return { outcome: "allow", code: "dnc_ebr_exemption", details: { kind: ebr.kind, since: new Date(ebr.since).toISOString().slice(0, 10), until: new Date(ebr.until).toISOString().slice(0, 10) } };
    }
    const written = liveConsents(intent, facts).find((c) => c.kind === "prior-express-written");
    if (written) return { outcome: "allow", code: "dnc_written_agreement", details: { consentId: written.id } };
    return { outcome: "deny", code: "on_national_dnc", details: { list: "national" } };
  }
});
var tcpaInternalDnc = defineRule({
  id: "tcpa.internal-dnc",
  title: "The firm's own do-not-call list",
  pack: "tcpa",
  jurisdiction: "US",
  citation: "47 CFR 64.1200(d)(3), (d)(6); 16 CFR 310.4(b)(1)(iii)(A)",
  effective: { from: "1992-12-20" },
  confidence: "S",
  needs: ["suppressions"],
  // (d) covers telemarketing, and since 2023-07-20 exempt prerecorded residential calls ((a)(3)(ii)-(v)).
  appliesTo: (i) => i.purpose === "telemarketing" || i.callType === "prerecorded" && consentRequirement(i) === "exempt-capped" && i.at >= Date.parse("2023-07-20T00:00:00-04:00"),
  evaluate(_intent, facts) {
    if (facts.suppressions.has("internal")) return { outcome: "deny", code: "on_internal_dnc", details: { list: "internal" } };
    return { outcome: "allow", code: "not_on_dnc", details: { list: "internal" } };
  }
});
var EXEMPT_PURPOSES = /* @__PURE__ */ new Set(["informational", "debt-collection", "healthcare"]);
var tcpaExemptCallLimit = defineRule({
  id: "tcpa.exempt-call-limit",
  title: "Exempt prerecorded calls to residential lines: at most 3 per 30 days (HIPAA: 1 a day, 3 a week)",
  pack: "tcpa",
  jurisdiction: "US",
  citation: "47 CFR 64.1200(a)(3)(ii)-(v); FCC 20-186, 86 FR 11443; 88 FR 3668",
  effective: { from: "2023-07-20" },
  confidence: "V",
  needs: ["attempts", "consents"],
  appliesTo: (i) => i.callType === "prerecorded" && i.channel === "voice" && !isWirelessClass(i) && EXEMPT_PURPOSES.has(i.purpose),
  evaluate(intent, facts) {
    const c = coveringConsent(intent, facts, false);
    if (c) return { outcome: "allow", code: "consent_on_file", details: { consentId: c.id, required: "prior-express" } };
    const counted = (a2) => a2.e164 === intent.e164 && a2.callType === "prerecorded" && a2.channel === "voice" && EXEMPT_PURPOSES.has(a2.purpose);
    if (intent.purpose === "healthcare") {
      const day = capVerdict(facts.attempts, intent.at, DAY3, 1, "exempt health-care prerecorded calls", "24 hours", (a2) => counted(a2) && a2.purpose === "healthcare");
      if (day.outcome === "deny") return { ...day, citation: "47 CFR 64.1200(a)(3)(v)" };
      const week = capVerdict(facts.attempts, intent.at, 7 * DAY3, 3, "exempt health-care prerecorded calls", "7 days", (a2) => counted(a2) && a2.purpose === "healthcare");
      return { ...week, citation: "47 CFR 64.1200(a)(3)(v)" };
    }
    return capVerdict(facts.attempts, intent.at, 30 * DAY3, 3, "exempt prerecorded calls", "consecutive 30 days", (a2) => counted(a2) && a2.purpose !== "healthcare");
  }
});
var tcpaPrerecordedContent = defineRule({
  id: "tcpa.prerecorded-content",
  title: "What an artificial or prerecorded message must say",
  pack: "tcpa",
  jurisdiction: "US",
  citation: "47 CFR 64.1200(b)(1)-(3)",
  effective: { from: "1992-12-20" },
  confidence: "V",
  needs: [],
  appliesTo: (i) => i.callType === "prerecorded" && i.channel === "voice",
  evaluate: () => void 0,
  obligations(intent) {
    const out = [
      { code: "identify_at_start", description: "State clearly at the beginning of the message the identity of the business responsible for the call, by its registered name.", citation: "47 CFR 64.1200(b)(1)" },
      { code: "state_callback_number", description: "During or after the message, state a telephone number (not the autodialer, not a 900 number) at which the caller can be reached.", citation: "47 CFR 64.1200(b)(2)" }
    ];
    const exemptResidential = !isWirelessClass(intent) && EXEMPT_PURPOSES.has(intent.purpose) && intent.at >= Date.parse("2023-07-20T00:00:00-04:00");
    if (intent.purpose === "telemarketing" || exemptResidential) {
      out.push(
        { code: "interactive_opt_out", description: "Within 2 seconds after the identification, offer an automated voice or key-press opt-out; on use, record the number on the do-not-call list and end the call immediately.", citation: "47 CFR 64.1200(b)(3)" },
        { code: "voicemail_toll_free_opt_out", description: "If the message reaches voicemail or an answering machine, give a toll-free number that connects to the automated opt-out.", citation: "47 CFR 64.1200(b)(3); 16 CFR 310.4(b)(1)(v)(B)" }
      );
    }
    return out;
  }
});
var tcpaRingAndAbandonObligations = defineRule({
  id: "tcpa.ring-duration",
  title: "Ring at least 15 seconds or 4 rings; connect a live agent within 2 seconds or play the abandonment message",
  pack: "tcpa",
  jurisdiction: "US",
  citation: "47 CFR 64.1200(a)(6)-(7); 16 CFR 310.4(b)(4)(ii)-(iii)",
  effective: { from: "2003-10-01" },
  confidence: "S",
  needs: [],
  appliesTo: (i) => i.purpose === "telemarketing" && i.channel === "voice",
  evaluate: () => void 0,
  obligations(intent) {
    const out = [
      { code: "ring_duration", description: "Do not disconnect an unanswered call before 15 seconds or 4 rings.", citation: "47 CFR 64.1200(a)(6); 16 CFR 310.4(b)(4)(ii)" }
    ];
    if (intent.callType === "autodialed") {
      out.push({ code: "abandonment_message", description: "Connect a live representative within 2 seconds of the completed greeting, or play a prerecorded message naming the seller, saying the call was for telemarketing purposes, giving a DNC number and an automated opt-out.", citation: "47 CFR 64.1200(a)(7); 16 CFR 310.4(b)(4)(iii)" });
    }
    return out;
  }
});
var tcpaCallerId = defineRule({
  id: "tcpa.caller-id",
  title: "Telemarketers must transmit caller ID",
  pack: "tcpa",
  jurisdiction: "US",
  citation: "47 CFR 64.1601(e)",
  effective: { from: "2004-01-29" },
  confidence: "V",
  needs: [],
  appliesTo: isTelemarketing,
  evaluate: () => void 0,
  obligations: () => [
    { code: "transmit_caller_id", description: "Transmit a caller ID number (CPN or ANI) that accepts do-not-call requests during business hours, and the name when the carrier makes it available; never block it." }
  ]
});
var tcpa = Object.freeze([
  tcpaConsent,
  tcpaRevocation,
  tcpaCallingHours,
  tcpaNationalDnc,
  tcpaInternalDnc,
  tcpaExemptCallLimit,
  abandonmentRule,
  tcpaPrerecordedContent,
  tcpaRingAndAbandonObligations,
  tcpaCallerId
]);

// src/rules/tsr/index.ts
var WINDOW2 = { start: hm("08:00"), end: hm("21:00") };
var tsrCallingHours = defineRule({
  id: "tsr.calling-hours",
  title: "No outbound telemarketing call before 08:00 or after 21:00 local time",
  pack: "tsr",
  jurisdiction: "US",
  citation: "16 CFR 310.4(c)",
  effective: { from: "1995-12-31" },
  confidence: "S",
  needs: [],
  appliesTo: (i) => i.purpose === "telemarketing",
  evaluate: (intent) => windowInAllZones(intent, () => WINDOW2)
});
var tsrCallerId = defineRule({
  id: "tsr.caller-id",
  title: "Telemarketing calls must transmit caller ID",
  pack: "tsr",
  jurisdiction: "US",
  citation: "16 CFR 310.4(a)(8)",
  effective: { from: "2004-01-29" },
  confidence: "S",
  needs: [],
  appliesTo: (i) => i.purpose === "telemarketing" && i.channel === "voice",
  evaluate(intent) {
    if (intent.callerId === void 0) return { outcome: "warn", code: "caller_id_missing" };
    return { outcome: "allow", code: "caller_id_present", details: { callerId: intent.callerId } };
  }
});
var tsr = Object.freeze([tsrCallingHours, tsrCallerId]);

// src/rules/index.ts
var defaultRules = Object.freeze([...tcpa, ...tsr, ...regF, ...ethics]);

// src/core/engine.ts
var EMPTY3 = Object.freeze([]);
var EMPTY_SET = /* @__PURE__ */ new Set();
var LOOKBACK_MS = 31 * 864e5;
var ALL_FACTS = ["consents", "suppressions", "relationships", "attempts", "campaign", "emergencies"];
function withTimeout(p, ms, what, adapter) {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new StorageError(adapter, `${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
function asArray(v) {
  return Array.isArray(v) ? v : [v];
}
function listName(list2) {
  if (list2 === "national" || list2 === "internal") return list2;
  if (typeof list2 === "string" && /^state:[A-Z]{2}$/.test(list2)) return list2;
  throw new InvalidInputError("suppression list", [{ path: ["list"], message: "must be 'national', 'internal' or 'state:XX'" }]);
}
function createEngine(options = {}) {
  const storage = options.storage ?? memoryStorage();
  const rules = Object.freeze([...options.rules ?? defaultRules]);
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const seller = options.seller ?? "default";
  const factTimeoutMs = options.factTimeoutMs ?? 2e3;
  const reservationTtlMs = options.reservationTtlMs ?? 10 * 6e4;
  const batchSize = Math.max(1, options.batchSize ?? 1e3);
  const businessTimeZone = options.businessTimeZone ?? "America/New_York";
  const auditDecisions = options.auditDecisions ?? true;
  const ids = /* @__PURE__ */ new Set();
  for (const r of rules) {
    if (ids.has(r.id)) throw new TypeError(`[dialguard] duplicate rule id ${r.id}`);
    ids.add(r.id);
  }
  const needs = /* @__PURE__ */ new Set();
  for (const r of rules) for (const n of r.needs) needs.add(n);
  const rulesetVersion = `dialguard@0.1.0+${createHash2("sha256").update(rules.map((r) => `${r.id}|${r.effective.from}|${r.effective.to ?? ""}|${r.citation}`).join("\n")).digest("hex").slice(0, 12)}`;
  function normalize(input) {
    const i = parseOrThrow(callIntentSchema, input, "call intent");
    const at = i.at === void 0 ? clock().getTime() : toEpoch(i.at);
    if (!Number.isFinite(at)) throw new InvalidInputError("call intent", [{ path: ["at"], message: "is not a valid instant" }]);
    const lineType = i.lineType ?? "unknown";
    const base = {
      e164: "",
      npa: 0,
      nxx: 0,
      region: "",
      callType: i.callType,
      channel: i.channel ?? "voice",
      purpose: i.purpose,
      instant: new Date(at),
      at,
      lineType,
      effectiveLineType: lineType === "unknown" ? "wireless" : lineType,
      zones: EMPTY3,
      states: EMPTY3,
      zoneSources: EMPTY3,
      seller: i.seller ?? seller,
      doNotSolicit: i.doNotSolicit ?? false
    };
    if (i.address !== void 0) base.address = i.address;
    if (i.subject !== void 0) base.subject = i.subject;
    if (i.campaignId !== void 0) base.campaignId = i.campaignId;
    if (i.relationship !== void 0) base.relationship = i.relationship;
    if (i.sensitivity !== void 0) base.sensitivity = i.sensitivity;
    if (i.callerId !== void 0) base.callerId = i.callerId;
    const p = parseNumber(i.to);
    if (!p.ok) {
      base.unsupported = { reason: p.reason, ...p.detail ? { detail: p.detail } : {} };
      return base;
    }
    base.e164 = p.e164;
    base.npa = p.npa;
    base.nxx = p.nxx;
    const place = placeNumber(p.npa, p.nxx, i.address);
    if (!place.ok) {
      base.unsupported = { reason: place.reason, ...place.detail ? { detail: place.detail } : {} };
      if (place.region) base.region = place.region;
      return base;
    }
    base.region = place.region;
    base.zones = place.zones;
    base.states = place.states;
    base.zoneSources = place.sources;
    base.zoneSource = place.zoneSource;
    return base;
  }
  function factsFor(intent, snap) {
    if (snap === void 0) {
      return { consents: EMPTY3, revocations: EMPTY3, suppressions: EMPTY_SET, relationships: EMPTY3, attempts: EMPTY3, emergencies: EMPTY3 };
    }
    const e = intent.e164;
    const byNum = snap.attemptsByNumber.get(e) ?? EMPTY3;
    const bySub = intent.subject !== void 0 ? snap.attemptsBySubject.get(intent.subject) ?? EMPTY3 : EMPTY3;
    let attempts = byNum;
    if (bySub.length > 0) {
      if (byNum.length === 0) attempts = bySub;
      else {
        const seen = new Set(byNum.map((a2) => a2.id));
        attempts = [...byNum, ...bySub.filter((a2) => !seen.has(a2.id))].sort((a2, b) => a2.at - b.at);
      }
    }
    const f = {
      consents: snap.consents.get(e) ?? EMPTY3,
      revocations: snap.revocations.get(e) ?? EMPTY3,
      suppressions: snap.suppressions.get(e) ?? EMPTY_SET,
      relationships: snap.relationships.get(e) ?? EMPTY3,
      attempts,
      emergencies: snap.emergencies
    };
    const c = intent.campaignId !== void 0 ? snap.campaigns.get(intent.campaignId) : void 0;
    if (c !== void 0) f.campaign = c;
    return f;
  }
  function unsupportedDecision(intent, input) {
    const details = { input, reason: intent.unsupported.reason, ...intent.unsupported.detail ? { detail: intent.unsupported.detail } : {} };
    const v = {
      rule: "engine.unsupported-number",
      outcome: "deny",
      code: "unsupported_number",
      reason: renderReason("unsupported_number", details),
      citation: "NANP numbering plan (47 CFR Part 52); dialguard decides only for US numbers",
      confidence: "V",
      details
    };
    return { decisionId: randomUUID(), evaluatedAt: clock(), rulesetVersion, allowed: false, verdicts: [v], denials: [v], warnings: [], obligations: [], nextPermittedAt: null, intent };
  }
  function decide(intent, facts, unavailable) {
    const { verdicts, obligations } = runRules(rules, intent, facts, unavailable, true);
    const denials = [];
    const warnings = [];
    for (const v of verdicts) {
      if (v.outcome === "deny") denials.push(v);
      else if (v.outcome === "warn") warnings.push(v);
    }
    const allowed = denials.length === 0;
    const nextPermittedAt = allowed ? null : findNextPermitted(rules, intent, facts, unavailable, denials);
    return { decisionId: randomUUID(), evaluatedAt: clock(), rulesetVersion, allowed, verdicts, denials, warnings, obligations: allowed ? obligations : [], nextPermittedAt, intent };
  }
  function queryFor(intents) {
    const e164s = /* @__PURE__ */ new Set();
    const subjects = /* @__PURE__ */ new Set();
    const campaignIds = /* @__PURE__ */ new Set();
    let minAt = Infinity;
    let maxAt = -Infinity;
    let querySeller = seller;
    for (const i of intents) {
      if (i.unsupported) continue;
      e164s.add(i.e164);
      if (i.subject !== void 0) subjects.add(i.subject);
      if (i.campaignId !== void 0) campaignIds.add(i.campaignId);
      if (i.at < minAt) minAt = i.at;
      if (i.at > maxAt) maxAt = i.at;
      querySeller = i.seller;
    }
    return { seller: querySeller, e164s: [...e164s], subjects: [...subjects], campaignIds: [...campaignIds], since: minAt - LOOKBACK_MS, now: Number.isFinite(maxAt) ? maxAt : clock().getTime(), needs };
  }
  async function loadFacts(q) {
    if (needs.size === 0 || q.e164s.length === 0) return {};
    try {
      const snap = await withTimeout(storage.loadFacts(q), factTimeoutMs, "fact read", storage.name);
      return { snap, ...snap.unavailable?.length ? { unavailable: new Set(snap.unavailable) } : {} };
    } catch {
      return { unavailable: new Set(ALL_FACTS) };
    }
  }
  function auditDecisionEntries(ds) {
    return ds.map((d) => ({
      type: "decision",
      data: {
        decisionId: d.decisionId,
        rulesetVersion: d.rulesetVersion,
        at: d.intent.instant.toISOString(),
        to: d.intent.e164,
        callType: d.intent.callType,
        channel: d.intent.channel,
        purpose: d.intent.purpose,
        allowed: d.allowed,
        denials: d.denials.map((v) => `${v.rule}:${v.code}`),
        nextPermittedAt: d.nextPermittedAt?.toISOString() ?? null
      }
    }));
  }
  async function checkBatch(inputs) {
    const intents = inputs.map(normalize);
    const { snap, unavailable } = await loadFacts(queryFor(intents));
    const out = intents.map(
      (intent, k) => intent.unsupported ? unsupportedDecision(intent, inputs[k].to) : decide(intent, factsFor(intent, snap), unavailable)
    );
    if (auditDecisions) await storage.audit.append(auditDecisionEntries(out), clock().getTime());
    return out;
  }
  function e164OrThrow(phone) {
    const p = parseNumber(phone);
    if (!p.ok) throw new UnsupportedNumberError(phone, p.detail ?? p.reason);
    return p.e164;
  }
  async function audit(type, data) {
    await storage.audit.append([{ type, data }], clock().getTime());
  }
  const engine = {
    rules,
    rulesetVersion,
    storage,
    async check(intent) {
      return (await checkBatch([intent]))[0];
    },
    async checkMany(intents) {
      if (!Array.isArray(intents)) throw new InvalidInputError("checkMany input", [{ path: [], message: "must be an array of call intents" }]);
      const out = new Array(intents.length);
      for (let start = 0; start < intents.length; start += batchSize) {
        const batch = intents.slice(start, start + batchSize);
        let ds;
        try {
          ds = await checkBatch(batch);
        } catch (err) {
          if (err instanceof InvalidInputError) {
            const idx = batch.findIndex((b) => !callIntentSchema.safeParse(b).success);
            if (idx >= 0) {
              throw new InvalidInputError("call intent", err.issues.map((i) => ({ ...i, path: [start + idx, ...i.path] })), { cause: err });
            }
          }
          throw err;
        }
        for (let k = 0; k < ds.length; k++) out[start + k] = ds[k];
      }
      return out;
    },
    async reserve(input) {
      if (!storage.capabilities.atomicReserve) {
        throw new StorageError(storage.name, "adapter must implement an atomic reserve for frequency caps; refusing to race");
      }
      const intent = normalize(input);
      if (intent.unsupported) {
        const decision = unsupportedDecision(intent, input.to);
        if (auditDecisions) await storage.audit.append(auditDecisionEntries([decision]), clock().getTime());
        return { decision };
      }
      const q = queryFor([intent]);
      let result;
      try {
        result = await withTimeout(
          storage.reserve(q, (snap) => {
            const unavailable = snap.unavailable?.length ? new Set(snap.unavailable) : void 0;
            const decision = decide(intent, factsFor(intent, snap), unavailable);
            if (!decision.allowed) return { result: { decision } };
            const id = randomUUID();
            const expiresAt = intent.at + reservationTtlMs;
            const attempt = {
              id,
              e164: intent.e164,
              at: intent.at,
              callType: intent.callType,
              channel: intent.channel,
              purpose: intent.purpose,
              seller: intent.seller,
              outcome: "pending",
              conversation: false,
              expiresAt,
              ...intent.subject !== void 0 ? { subject: intent.subject } : {},
              ...intent.campaignId !== void 0 ? { campaignId: intent.campaignId } : {}
            };
            return { result: { decision, reservation: { id, expiresAt: new Date(expiresAt) } }, attempt };
          }),
          factTimeoutMs,
          "reserve",
          storage.name
        );
      } catch {
        const decision = decide(intent, factsFor(intent, void 0), new Set(ALL_FACTS));
        result = { decision };
      }
      const entries = auditDecisions ? auditDecisionEntries([result.decision]) : [];
      if (result.reservation) entries.push({ type: "reservation", data: { id: result.reservation.id, decisionId: result.decision.decisionId, expiresAt: result.reservation.expiresAt.toISOString() } });
      if (entries.length) await storage.audit.append(entries, clock().getTime());
      return result;
    },
    async complete(reservationId, result) {
      const r = parseOrThrow(completionSchema, result, "completion");
      const a2 = await storage.completeAttempt(reservationId, { outcome: r.outcome, conversation: r.conversation ?? false });
      if (!a2) throw new InvalidInputError("completion", [{ path: ["reservationId"], message: `no reservation ${reservationId}` }]);
      await audit("completion", { reservationId, ...r });
    },
    consents: {
      async grant(input) {
        const g = parseOrThrow(consentGrantSchema, input, "consent grant");
        const e164 = e164OrThrow(g.phone);
        const capturedAt = new Date(toEpoch(g.evidence.capturedAt));
        const record = {
          id: randomUUID(),
          phone: e164,
          kind: g.kind,
          seller: g.seller ?? seller,
          scope: g.scope ?? {},
          evidence: { ...g.evidence, capturedAt },
          grantedAt: g.at !== void 0 ? new Date(toEpoch(g.at)) : capturedAt,
          recordedAt: clock()
        };
        await storage.addConsent(record);
        await audit("consent", record);
        return record;
      },
      async revoke(input) {
        const r = parseOrThrow(revocationSchema, input, "revocation");
        const e164 = e164OrThrow(r.phone);
        const receivedAt = r.at !== void 0 ? new Date(toEpoch(r.at)) : clock();
        const record = {
          id: randomUUID(),
          phone: e164,
          seller: r.seller ?? seller,
          via: r.via,
          receivedAt,
          // 47 CFR 64.1200(a)(10): honor within a reasonable time not exceeding 10 business days.
          honorBy: businessDaysAfter(receivedAt, 10, { timeZone: businessTimeZone }),
          recordedAt: clock(),
          ...r.text !== void 0 ? { text: r.text } : {}
        };
        await storage.addRevocation(record);
        await audit("revocation", record);
        return record;
      },
      async list(phone) {
        return storage.listConsents(e164OrThrow(phone));
      }
    },
    attempts: {
      async record(records) {
        const list2 = asArray(records).map((r, k) => {
          const a2 = parseOrThrow(attemptRecordSchema, r, `attempt record [${k}]`);
          const stored = {
            id: randomUUID(),
            e164: e164OrThrow(a2.phone),
            at: toEpoch(a2.at),
            callType: a2.callType,
            channel: a2.channel ?? "voice",
            purpose: a2.purpose,
            seller: a2.seller ?? seller,
            outcome: a2.outcome,
            conversation: a2.conversation ?? false,
            ...a2.subject !== void 0 ? { subject: a2.subject } : {},
            ...a2.campaignId !== void 0 ? { campaignId: a2.campaignId } : {}
          };
          return stored;
        });
        await storage.addAttempts(list2);
        await audit("attempt", { count: list2.length, ids: list2.map((a2) => a2.id) });
        return list2.length;
      }
    },
    suppressions: {
      async add(list2, phones, meta) {
        const l = listName(list2);
        const e164s = asArray(phones).map(e164OrThrow);
        const n = await storage.addSuppressions(l, e164s, meta);
        await audit("suppression", { op: "add", list: l, count: e164s.length, added: n, ...meta ? { meta } : {} });
        return n;
      },
      async remove(list2, phones) {
        const l = listName(list2);
        const e164s = asArray(phones).map(e164OrThrow);
        const n = await storage.removeSuppressions(l, e164s);
        await audit("suppression", { op: "remove", list: l, phones: e164s, removed: n });
        return n;
      },
      async has(list2, phone) {
        return storage.hasSuppression(listName(list2), e164OrThrow(phone));
      }
    },
    relationships: {
      async record(input) {
        const r = parseOrThrow(relationshipEventSchema, input, "relationship event");
        const rec = { e164: e164OrThrow(r.phone), kind: r.kind, at: toEpoch(r.at), seller: r.seller ?? seller };
        await storage.addRelationship(rec);
        await audit("relationship", rec);
      }
    },
    campaigns: {
      async abandonmentRate(campaignId, at) {
        const t = at === void 0 ? clock().getTime() : toEpoch(parseOrThrow(callIntentSchema.shape.at, at, "abandonmentRate"));
        const snap = await withTimeout(
          storage.loadFacts({ seller, e164s: [], subjects: [], campaignIds: [campaignId], since: t - LOOKBACK_MS, now: t, needs: /* @__PURE__ */ new Set(["campaign"]) }),
          factTimeoutMs,
          "campaign read",
          storage.name
        );
        const s2 = abandonmentStats(snap.campaigns.get(campaignId), t);
        return { rate: s2.rate, abandoned: s2.abandoned, answered: s2.answered, periodStart: s2.periodStart === void 0 ? null : new Date(s2.periodStart), periodEnd: s2.periodEnd === void 0 ? null : new Date(s2.periodEnd) };
      }
    },
    emergencies: {
      async declare(input) {
        const e = parseOrThrow(emergencyDeclarationSchema, input, "emergency declaration");
        const rec = {
          id: randomUUID(),
          state: e.state,
          from: toEpoch(e.from),
          to: toEpoch(e.to),
          ...e.counties ? { counties: e.counties } : {}
        };
        await storage.addEmergency(rec);
        await audit("emergency", rec);
        return rec;
      }
    },
    audit: {
      verify: () => storage.audit.verify(),
      export: () => storage.audit.export()
    }
  };
  return engine;
}

// bench/baseline.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { formatInTimeZone as formatInTimeZone3 } from "date-fns-tz";
import { parsePhoneNumberFromString as parsePhoneNumberFromString2 } from "libphonenumber-js/max";
var EMPTY4 = Object.freeze([]);
var EMPTY_SET2 = /* @__PURE__ */ new Set();
var LOOKBACK_MS2 = 31 * 864e5;
var TOLL_FREE2 = /* @__PURE__ */ new Set([800, 833, 844, 855, 866, 877, 888]);
var OPEN = 8 * 60;
var CLOSE = 21 * 60;
var WINDOW_RULES = /* @__PURE__ */ new Set(["tcpa.calling-hours", "tsr.calling-hours", "regf.inconvenient-time"]);
function createBaseline(options) {
  const { storage, rules } = options;
  const seller = options.seller ?? "default";
  const batchSize = options.batchSize ?? 1e3;
  const needs = /* @__PURE__ */ new Set();
  for (const r of rules) for (const n of r.needs) needs.add(n);
  const audit = memoryAuditLog();
  const rulesetVersion = "baseline";
  let hoursMismatches = 0;
  let hoursChecked = 0;
  function normalize(input) {
    const i = parseOrThrow(callIntentSchema, input, "call intent");
    const at = i.at === void 0 ? Date.now() : toEpoch(i.at);
    const lineType = i.lineType ?? "unknown";
    const intent = {
      e164: "",
      npa: 0,
      nxx: 0,
      region: "",
      callType: i.callType,
      channel: i.channel ?? "voice",
      purpose: i.purpose,
      instant: new Date(at),
      at,
      lineType,
      effectiveLineType: lineType === "unknown" ? "wireless" : lineType,
      zones: EMPTY4,
      states: EMPTY4,
      zoneSources: EMPTY4,
      seller: i.seller ?? seller,
      doNotSolicit: i.doNotSolicit ?? false
    };
    if (i.address !== void 0) intent.address = i.address;
    if (i.subject !== void 0) intent.subject = i.subject;
    if (i.campaignId !== void 0) intent.campaignId = i.campaignId;
    if (i.relationship !== void 0) intent.relationship = i.relationship;
    if (i.sensitivity !== void 0) intent.sensitivity = i.sensitivity;
    if (i.callerId !== void 0) intent.callerId = i.callerId;
    const unsupported = (reason, detail) => {
      intent.unsupported = { reason, detail };
      return { intent, input: i.to, open: false };
    };
    const p = parsePhoneNumberFromString2(i.to, "US");
    if (!p) return unsupported("invalid", "not a phone number");
    if (p.countryCallingCode !== "1") return unsupported("non-nanp", `country calling code +${p.countryCallingCode}`);
    if (p.ext) return unsupported("invalid", "extensions cannot be dialed");
    const ten = String(p.nationalNumber);
    if (ten.length !== 10) return unsupported("invalid", "a NANP number has 10 digits");
    const npa = Number(ten.slice(0, 3));
    const nxx = Number(ten.slice(3, 6));
    if (npa < 200 || nxx < 200 || npa % 100 === 11 || nxx % 100 === 11) return unsupported("invalid", "area code and exchange must start with 2-9 and not be N11");
    intent.e164 = `+1${ten}`;
    intent.npa = npa;
    intent.nxx = nxx;
    if (npa === 900 || npa === 976) return unsupported("premium-rate", `${npa} is a premium-rate code`);
    if (TOLL_FREE2.has(npa)) return unsupported("toll-free", "toll-free numbers have no location");
    const loc = lookupNanp(npa, nxx);
    if (loc === void 0) return unsupported("unassigned-area-code", `area code ${npa} is not in the NANP tables`);
    intent.region = loc.region;
    if (loc.region !== "US") return unsupported("non-us", `area code ${npa} is in region ${loc.region}`);
    const zones = new Set(loc.zones);
    const states = new Set(loc.states);
    const sources = ["area-code"];
    if (i.address) {
      const addrStates = /* @__PURE__ */ new Set();
      if (i.address.state) addrStates.add(i.address.state);
      if (i.address.zip) {
        const z2 = stateForZip(i.address.zip);
        if (z2) addrStates.add(z2);
      }
      for (const st of addrStates) {
        states.add(st);
        for (const zone of zonesForState(st)) zones.add(zone);
      }
      if (addrStates.size > 0) sources.push("address");
    }
    intent.zones = [...zones].sort();
    intent.states = [...states].sort();
    intent.zoneSources = sources;
    let open = intent.zones.length > 0;
    for (const zone of intent.zones) {
      const local = formatInTimeZone3(at, zone, "yyyy-MM-dd HH:mm");
      const minute = Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));
      if (minute < OPEN || minute >= CLOSE) open = false;
    }
    return { intent, input: i.to, open };
  }
  function factsFor(intent, snap) {
    if (snap === void 0) return { consents: EMPTY4, revocations: EMPTY4, suppressions: EMPTY_SET2, relationships: EMPTY4, attempts: EMPTY4, emergencies: EMPTY4 };
    const e = intent.e164;
    const byNum = snap.attemptsByNumber.get(e) ?? EMPTY4;
    const bySub = intent.subject !== void 0 ? snap.attemptsBySubject.get(intent.subject) ?? EMPTY4 : EMPTY4;
    let attempts = byNum;
    if (bySub.length > 0) {
      if (byNum.length === 0) attempts = bySub;
      else {
        const seen = new Set(byNum.map((a2) => a2.id));
        attempts = [...byNum, ...bySub.filter((a2) => !seen.has(a2.id))].sort((a2, b) => a2.at - b.at);
      }
    }
    const f = {
      consents: snap.consents.get(e) ?? EMPTY4,
      revocations: snap.revocations.get(e) ?? EMPTY4,
      suppressions: snap.suppressions.get(e) ?? EMPTY_SET2,
      relationships: snap.relationships.get(e) ?? EMPTY4,
      attempts,
      emergencies: snap.emergencies
    };
    const c = intent.campaignId !== void 0 ? snap.campaigns.get(intent.campaignId) : void 0;
    if (c !== void 0) f.campaign = c;
    return f;
  }
  function decide(n, facts) {
    const { intent } = n;
    if (intent.unsupported) {
      const details = { input: n.input, reason: intent.unsupported.reason, detail: intent.unsupported.detail };
      const v = { rule: "engine.unsupported-number", outcome: "deny", code: "unsupported_number", reason: renderReason("unsupported_number", details), citation: "NANP numbering plan (47 CFR Part 52)", confidence: "V", details };
      return { decisionId: randomUUID2(), evaluatedAt: /* @__PURE__ */ new Date(), rulesetVersion, allowed: false, verdicts: [v], denials: [v], warnings: [], obligations: [], nextPermittedAt: null, intent };
    }
    const { verdicts, obligations } = runRules(rules, intent, facts, void 0, true);
    const denials = [];
    const warnings = [];
    for (const v of verdicts) {
      if (v.outcome === "deny") denials.push(v);
      else if (v.outcome === "warn") warnings.push(v);
      if (WINDOW_RULES.has(v.rule) && (v.code === "within_calling_hours" || v.code === "outside_calling_hours")) {
        hoursChecked++;
        if (v.outcome === "allow" !== n.open) hoursMismatches++;
      }
    }
    const allowed = denials.length === 0;
    const nextPermittedAt = allowed ? null : findNextPermitted(rules, intent, facts, void 0, denials);
    return { decisionId: randomUUID2(), evaluatedAt: /* @__PURE__ */ new Date(), rulesetVersion, allowed, verdicts, denials, warnings, obligations: allowed ? obligations : [], nextPermittedAt, intent };
  }
  async function checkBatch(inputs) {
    const naive = inputs.map(normalize);
    const e164s = /* @__PURE__ */ new Set();
    const subjects = /* @__PURE__ */ new Set();
    const campaignIds = /* @__PURE__ */ new Set();
    let minAt = Infinity;
    let maxAt = -Infinity;
    for (const { intent: i } of naive) {
      if (i.unsupported) continue;
      e164s.add(i.e164);
      if (i.subject !== void 0) subjects.add(i.subject);
      if (i.campaignId !== void 0) campaignIds.add(i.campaignId);
      if (i.at < minAt) minAt = i.at;
      if (i.at > maxAt) maxAt = i.at;
    }
    const q = { seller, e164s: [...e164s], subjects: [...subjects], campaignIds: [...campaignIds], since: minAt - LOOKBACK_MS2, now: maxAt, needs };
    const snap = e164s.size > 0 ? await storage.loadFacts(q) : void 0;
    const out = naive.map((n) => decide(n, factsFor(n.intent, snap)));
    audit.append(
      out.map((d) => ({
        type: "decision",
        data: {
          decisionId: d.decisionId,
          rulesetVersion: d.rulesetVersion,
          at: d.intent.instant.toISOString(),
          to: d.intent.e164,
          callType: d.intent.callType,
          channel: d.intent.channel,
          purpose: d.intent.purpose,
          allowed: d.allowed,
          denials: d.denials.map((v) => `${v.rule}:${v.code}`),
          nextPermittedAt: d.nextPermittedAt?.toISOString() ?? null
        }
      })),
      Date.now()
    );
    return out;
  }
  return {
    async checkMany(intents) {
      const out = [];
      for (let start = 0; start < intents.length; start += batchSize) out.push(...await checkBatch(intents.slice(start, start + batchSize)));
      return out;
    },
    get hoursMismatches() {
      return hoursMismatches;
    },
    get hoursChecked() {
      return hoursChecked;
    }
  };
}

// bench/workload.ts
function mulberry32(seed) {
  let a2 = seed >>> 0;
  return () => {
    a2 = a2 + 1831565813 >>> 0;
    let t = a2;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function int(rng, lo, hi) {
  return lo + Math.floor(rng() * (hi - lo + 1));
}
function pick(rng, items) {
  return items[Math.floor(rng() * items.length)];
}
function weighted(rng, choices) {
  let total = 0;
  for (const [, w] of choices) total += w;
  let x = rng() * total;
  for (const [v, w] of choices) {
    x -= w;
    if (x < 0) return v;
  }
  return choices[choices.length - 1][0];
}
var US_NPAS = Object.freeze([
  // NY
  212,
  315,
  347,
  516,
  518,
  585,
  607,
  631,
  646,
  716,
  718,
  845,
  914,
  917,
  // CA
  209,
  213,
  310,
  323,
  408,
  415,
  510,
  530,
  559,
  619,
  626,
  650,
  707,
  714,
  805,
  818,
  909,
  916,
  949,
  // TX
  210,
  214,
  254,
  281,
  361,
  409,
  432,
  469,
  512,
  713,
  806,
  817,
  832,
  903,
  915,
  956,
  972,
  // FL (850: Central and Eastern; 448 its overlay)
  239,
  305,
  321,
  352,
  407,
  561,
  727,
  786,
  813,
  850,
  448,
  904,
  941,
  954,
  // IL, PA, OH
  217,
  309,
  312,
  618,
  630,
  773,
  847,
  215,
  267,
  412,
  570,
  610,
  717,
  814,
  216,
  330,
  419,
  513,
  614,
  937,
  // GA, NC, SC, VA
  229,
  404,
  478,
  678,
  706,
  912,
  252,
  336,
  704,
  828,
  919,
  803,
  843,
  864,
  276,
  540,
  703,
  757,
  804,
  // MI (906: Eastern and Central), NJ
  248,
  269,
  313,
  517,
  616,
  734,
  906,
  989,
  201,
  609,
  732,
  856,
  908,
  973,
  // WA, OR (541/458: Pacific and Mountain), ID (208/986), NV (775)
  206,
  253,
  360,
  425,
  509,
  503,
  541,
  458,
  971,
  208,
  986,
  702,
  775,
  // AZ (928: Navajo Nation), NM, UT, CO
  480,
  520,
  602,
  623,
  928,
  505,
  575,
  385,
  435,
  801,
  303,
  719,
  720,
  970,
  // TN (423/729: Eastern and Central), KY (270/364, 606), IN (219, 812/930)
  423,
  729,
  615,
  731,
  865,
  901,
  931,
  270,
  364,
  502,
  606,
  859,
  219,
  260,
  317,
  574,
  765,
  812,
  930,
  // MO, KS (620, 785), NE (308), SD (605), ND (701), MN, IA, WI
  314,
  417,
  573,
  816,
  316,
  620,
  785,
  913,
  308,
  402,
  605,
  701,
  218,
  507,
  612,
  651,
  319,
  515,
  712,
  262,
  414,
  608,
  715,
  920,
  // AL, MS, LA, AR, OK
  205,
  251,
  256,
  334,
  228,
  601,
  662,
  225,
  318,
  504,
  985,
  479,
  501,
  870,
  405,
  580,
  918,
  // MA, CT, RI, NH, VT, ME, MD, DE, DC, WV
  413,
  508,
  617,
  781,
  978,
  203,
  860,
  401,
  603,
  802,
  207,
  240,
  301,
  410,
  443,
  302,
  202,
  304,
  // MT, WY, AK (907), HI
  406,
  307,
  907,
  808
]);
var ZIPS = ["10001", "33101", "60601", "94103", "75201", "98101", "30303", "85004", "80202", "02108", "70112", "99501"];
var N11 = (n) => n % 100 === 11;
function buildPool(rng, size) {
  for (const npa of US_NPAS) {
    const loc = lookupNanp(npa, 555);
    if (loc === void 0 || loc.region !== "US") throw new Error(`bench: area code ${npa} is not a US code in the NANP tables`);
  }
  const seen = /* @__PURE__ */ new Set();
  const pool = [];
  while (pool.length < size) {
    const npa = pick(rng, US_NPAS);
    let nxx = int(rng, 200, 999);
    while (N11(nxx)) nxx = int(rng, 200, 999);
    const line = int(rng, 0, 9999);
    const e164 = `+1${npa}${nxx}${String(line).padStart(4, "0")}`;
    if (seen.has(e164)) continue;
    seen.add(e164);
    const i = pool.length;
    const p = {
      npa,
      nxx,
      line,
      e164,
      lineType: weighted(rng, [["wireless", 60], ["landline", 32], ["voip", 8]]),
      // 5% of numbers share a debt with the previous number (a co-signer): per-subject caps span both.
      subject: i > 0 && rng() < 0.05 ? pool[i - 1].subject : `acct-${i.toString(36)}`
    };
    if (rng() < 0.1) {
      const home = lookupNanp(npa, nxx)?.states[0];
      const r = rng();
      if (r < 0.5) p.address = { state: rng() < 0.75 && home ? home : pick(rng, ["FL", "TX", "CA", "NY", "AZ", "IN"]) };
      else if (r < 0.8) p.address = { zip: pick(rng, ZIPS) };
      else p.address = home ? { state: home, zip: pick(rng, ZIPS) } : { zip: pick(rng, ZIPS) };
    }
    pool.push(p);
  }
  return pool;
}
var T0 = Date.parse("2026-03-06T00:00:00Z");
var SPAN_MS = 4 * 864e5;
var DAY4 = 864e5;
var CAMPAIGNS = Array.from({ length: 24 }, (_, k) => `camp-${String(k + 1).padStart(2, "0")}`);
var HOT_CAMPAIGNS = /* @__PURE__ */ new Set(["camp-03", "camp-11", "camp-19"]);
var pad4 = (n) => String(n).padStart(4, "0");
function formatNumber(rng, p) {
  const { npa, nxx } = p;
  const line = pad4(p.line);
  const r = rng() * 100;
  if (r < 40) return `(${npa}) ${nxx}-${line}`;
  if (r < 65) return `+1${npa}${nxx}${line}`;
  if (r < 85) return `${npa}${nxx}${line}`;
  if (r < 93) return `${npa}-${nxx}-${line}`;
  if (r < 97) return `1 ${npa} ${nxx} ${line}`;
  if (r < 99) return `${npa}.${nxx}.${line}`;
  if (r < 99.5) return `+1 ${npa}\u2011${nxx}\u2011${line}`;
  return `(${npa})\xA0${nxx}-${line}`;
}
function noiseNumber(rng, p) {
  const line = pad4(p.line);
  const r = rng() * 100;
  if (r < 20) return `(${p.npa}) ${p.nxx}-${line} ext. ${int(rng, 1, 999)}`;
  if (r < 40) return `1-${pick(rng, [800, 833, 844, 855, 866, 877, 888])}-${p.nxx}-${line}`;
  if (r < 60) return `+1 ${pick(rng, [416, 514, 604, 403, 902])} ${p.nxx} ${line}`;
  if (r < 75) return `${p.npa}-${p.nxx}-${line.slice(1)}`;
  if (r < 90) return `(${p.npa}) ${int(rng, 2, 9)}11-${line}`;
  return `+44 20 7946 ${line}`;
}
function makeIntents(rng, pool, n, options = {}) {
  const noise = options.noise ?? 0.02;
  const isoShare = options.isoShare ?? 0.08;
  const out = new Array(n);
  for (let k = 0; k < n; k++) {
    const p = pool[Math.floor(rng() * pool.length)];
    const purpose = weighted(rng, [["telemarketing", 45], ["informational", 30], ["debt-collection", 25]]);
    const channel = rng() < 0.2 ? "sms" : "voice";
    const callType = channel === "sms" ? rng() < 0.85 ? "autodialed" : "live" : weighted(rng, [["autodialed", 45], ["prerecorded", 20], ["live", 35]]);
    const atMs = T0 + Math.floor(rng() * SPAN_MS);
    const intent = {
      to: rng() < noise ? noiseNumber(rng, p) : formatNumber(rng, p),
      callType,
      channel,
      purpose,
      at: rng() < isoShare ? new Date(atMs).toISOString() : new Date(atMs)
    };
    if (rng() < 0.8) intent.lineType = p.lineType;
    if (p.address !== void 0) intent.address = p.address;
    if (purpose === "debt-collection") intent.subject = p.subject;
    if (purpose === "telemarketing" ? rng() < 0.9 : purpose === "informational" && rng() < 0.3) intent.campaignId = pick(rng, CAMPAIGNS);
    if (purpose === "telemarketing" && channel === "voice" && rng() < 0.85) intent.callerId = "+12125550143";
    out[k] = intent;
  }
  return out;
}
function sample(rng, size, count) {
  const chosen = /* @__PURE__ */ new Set();
  while (chosen.size < count) chosen.add(Math.floor(rng() * size));
  return [...chosen];
}
async function preload(engine, pool, rng) {
  const t = process.hrtime.bigint();
  const size = pool.length;
  const e164s = (idx) => idx.map((i) => pool[i].e164);
  const national = sample(rng, size, Math.round(size * 0.1));
  for (let i = 0; i < national.length; i += 1e4) await engine.suppressions.add("national", e164s(national.slice(i, i + 1e4)));
  const internal = sample(rng, size, Math.round(size * 0.03));
  await engine.suppressions.add("internal", e164s(internal));
  const consented = sample(rng, size, Math.round(size * 0.3));
  for (const i of consented) {
    const p = pool[i];
    const written = rng() < 0.6;
    const capturedAt = new Date(Date.parse("2024-06-01T00:00:00Z") + Math.floor(rng() * (T0 - DAY4 - Date.parse("2024-06-01T00:00:00Z"))));
    const scope = weighted(rng, [
      [{}, 70],
      [{ channels: ["sms"] }, 10],
      [{ callTypes: ["live", "autodialed"] }, 10],
      [{ purposes: ["informational", "debt-collection"] }, 10]
    ]);
    const grant = {
      phone: formatNumber(rng, p),
      kind: written ? "prior-express-written" : "prior-express",
      scope,
      evidence: written ? { method: "e-sign", capturedAt, signature: `sig-${i.toString(36)}`, disclosureText: "I agree to receive calls and texts, including by autodialer, at this number.", ip: "203.0.113.7" } : { method: pick(rng, ["verbal", "recorded-oral", "web-form"]), capturedAt }
    };
    await engine.consents.grant(grant);
  }
  const revoked = sample(rng, consented.length, Math.round(size * 0.01)).map((k) => consented[k]);
  for (const i of revoked) {
    await engine.consents.revoke({
      phone: pool[i].e164,
      via: pick(rng, ["sms", "voice", "email", "web"]),
      at: new Date(T0 - 30 * DAY4 + Math.floor(rng() * 32 * DAY4)),
      text: "STOP"
    });
  }
  const related = sample(rng, size, Math.round(size * 0.03));
  for (const i of related) {
    const transaction = rng() < 0.6;
    const back = transaction ? Math.floor(rng() * 730 * DAY4) : Math.floor(rng() * 180 * DAY4);
    await engine.relationships.record({ phone: pool[i].e164, kind: transaction ? "transaction" : "inquiry", at: new Date(T0 - back) });
  }
  const withHistory = sample(rng, size, Math.round(size * 0.2));
  let batch = [];
  let attempts = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    attempts += await engine.attempts.record(batch);
    batch = [];
  };
  const outcome = (answeredShare) => weighted(rng, [["answered-live", answeredShare], ["no-answer", 35], ["voicemail", 25], ["busy", 8], ["failed", 4]]);
  for (const i of withHistory) {
    const p = pool[i];
    const kind = rng();
    if (kind < 0.35) {
      const burst = rng() < 0.3;
      const n = burst ? int(rng, 6, 9) : int(rng, 1, 4);
      for (let k = 0; k < n; k++) {
        const o = outcome(25);
        batch.push({
          phone: p.e164,
          at: new Date(T0 - (burst ? 6 : 9) * DAY4 + Math.floor(rng() * (burst ? 7 : 10) * DAY4)),
          callType: rng() < 0.7 ? "live" : "autodialed",
          channel: "voice",
          purpose: "debt-collection",
          subject: p.subject,
          outcome: o,
          conversation: o === "answered-live" && rng() < 0.3
        });
      }
    } else if (kind < 0.55) {
      const n = int(rng, 1, 4);
      for (let k = 0; k < n; k++) {
        batch.push({ phone: p.e164, at: new Date(T0 - 25 * DAY4 + Math.floor(rng() * 27 * DAY4)), callType: "prerecorded", channel: "voice", purpose: "informational", outcome: outcome(30) });
      }
    } else {
      const n = int(rng, 1, 5);
      for (let k = 0; k < n; k++) {
        const campaignId = pick(rng, CAMPAIGNS);
        const autodialed = rng() < 0.7;
        let o = outcome(40);
        if (autodialed && o === "answered-live" && rng() < (HOT_CAMPAIGNS.has(campaignId) ? 0.1 : 0.015)) o = "abandoned";
        batch.push({ phone: p.e164, at: new Date(T0 - 9 * DAY4 + Math.floor(rng() * 10 * DAY4)), callType: autodialed ? "autodialed" : "live", channel: "voice", purpose: "telemarketing", campaignId, outcome: o });
      }
    }
    if (batch.length >= 5e3) await flush();
  }
  await flush();
  return {
    national: national.length,
    internal: internal.length,
    consents: consented.length,
    revocations: revoked.length,
    relationships: related.length,
    numbersWithHistory: withHistory.length,
    attempts,
    seconds: Number(process.hrtime.bigint() - t) / 1e9,
    method: "public engine API: suppressions.add, consents.grant, consents.revoke, relationships.record, attempts.record (batches of 5,000)"
  };
}

// bench/check-many.bench.ts
var TARGET_RATE = 3e5;
var TARGET_RATIO = 10;
var env = (name, fallback) => {
  const v = process.env[name];
  if (v === void 0 || v === "") return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number`);
  return Math.floor(n);
};
var INTENTS = env("BENCH_INTENTS", 1e6);
var BASELINE_SAMPLE = Math.min(env("BENCH_BASELINE", 5e4), INTENTS);
var SEED = env("BENCH_SEED", 20260306);
var POOL = 2e5;
var WARMUP = 2e4;
var CHECK_CALLS = 2e4;
var HEAP_INTENTS = 2e4;
var SLICE = 1e4;
var ONLY = process.env["BENCH_ONLY"];
var OUT = process.env["BENCH_OUT"] ?? fileURLToPath(new URL("./results.json", import.meta.url));
var now = () => process.hrtime.bigint();
var secondsSince = (t) => Number(now() - t) / 1e9;
function gc() {
  const g = globalThis.gc;
  if (typeof g === "function") {
    g();
    g();
  }
}
function signature(d) {
  const denials = d.denials.map((v) => `${v.rule}:${v.code}`).sort().join(",");
  return `${d.allowed ? "allow" : "deny"}|${denials}|${d.nextPermittedAt?.getTime() ?? "-"}`;
}
function tally(t, ds) {
  for (const d of ds) {
    if (d.allowed) t.allowed++;
    else {
      t.denied++;
      if (d.nextPermittedAt !== null) t.withNextPermitted++;
    }
    for (const v of d.denials) {
      const k = `${v.rule}:${v.code}`;
      t.codes.set(k, (t.codes.get(k) ?? 0) + 1);
    }
  }
}
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p / 100 * sorted.length))];
}
var fmt = (n, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
async function timeCheckMany(engine, intents, onSlice) {
  const t = { allowed: 0, denied: 0, withNextPermitted: 0, codes: /* @__PURE__ */ new Map() };
  let elapsed = 0n;
  for (let start = 0; start < intents.length; start += SLICE) {
    const slice = intents.slice(start, start + SLICE);
    const t0 = now();
    const ds = await engine.checkMany(slice);
    elapsed += now() - t0;
    tally(t, ds);
    onSlice?.(start, ds);
  }
  return { seconds: Number(elapsed) / 1e9, tally: t };
}
async function main() {
  const started = now();
  const log = (msg) => console.log(`[${secondsSince(started).toFixed(1).padStart(5)} s] ${msg}`);
  const rng = mulberry32(SEED);
  const pool = buildPool(rng, POOL);
  const engine = createEngine({ seller: "default" });
  const pre = await preload(engine, pool, rng);
  log(`preloaded ${fmt(pool.length)} numbers in ${pre.seconds.toFixed(1)} s: ${fmt(pre.national)} national DNC, ${fmt(pre.internal)} internal DNC, ${fmt(pre.consents)} consents, ${fmt(pre.revocations)} revocations, ${fmt(pre.relationships)} EBR, ${fmt(pre.attempts)} attempts on ${fmt(pre.numbersWithHistory)} numbers`);
  let t = now();
  const warmup = makeIntents(rng, pool, WARMUP);
  const intents = makeIntents(rng, pool, INTENTS);
  const checkSet = makeIntents(rng, pool, CHECK_CALLS);
  log(`generated ${fmt(INTENTS + WARMUP + CHECK_CALLS)} intents in ${secondsSince(t).toFixed(1)} s`);
  t = now();
  for (let k = 0; k < 2; k++) await engine.checkMany(warmup);
  log(`warm-up: 2 x ${fmt(WARMUP)} intents in ${secondsSince(t).toFixed(1)} s`);
  let baseline;
  let baselineSigs;
  if (ONLY !== "checkMany" && BASELINE_SAMPLE > 0) {
    const b = createBaseline({ storage: engine.storage, rules: engine.rules, seller: "default" });
    await b.checkMany(warmup.slice(0, 5e3));
    const sample2 = intents.slice(0, BASELINE_SAMPLE);
    baselineSigs = new Array(sample2.length);
    let elapsed = 0n;
    for (let start = 0; start < sample2.length; start += SLICE) {
      const t0 = now();
      const ds = await b.checkMany(sample2.slice(start, start + SLICE));
      elapsed += now() - t0;
      for (let k = 0; k < ds.length; k++) baselineSigs[start + k] = signature(ds[k]);
    }
    const seconds = Number(elapsed) / 1e9;
    baseline = { decisionsPerSecond: Math.round(sample2.length / seconds), sampled: sample2.length, seconds, hoursChecked: b.hoursChecked, hoursMismatches: b.hoursMismatches };
    log(`baseline: ${fmt(sample2.length)} intents in ${seconds.toFixed(2)} s = ${fmt(baseline.decisionsPerSecond)}/s (naive-hours cross-check: ${b.hoursMismatches} mismatches of ${fmt(b.hoursChecked)})`);
  }
  let check;
  if (ONLY !== "checkMany") {
    for (let k = 0; k < 2e3; k++) await engine.check(warmup[k]);
    const lat = new Float64Array(checkSet.length);
    for (let k = 0; k < checkSet.length; k++) {
      const t0 = now();
      await engine.check(checkSet[k]);
      lat[k] = Number(now() - t0) / 1e3;
    }
    const mean = lat.reduce((a2, b) => a2 + b, 0) / lat.length;
    lat.sort();
    check = { p50Micros: Math.round(percentile(lat, 50) * 10) / 10, p99Micros: Math.round(percentile(lat, 99) * 10) / 10, meanMicros: Math.round(mean * 10) / 10, calls: lat.length };
    log(`check: ${fmt(lat.length)} sequential calls, p50 ${check.p50Micros} \xB5s, p99 ${check.p99Micros} \xB5s`);
  }
  let heap;
  if (ONLY !== "checkMany") {
    const heapRng = mulberry32(SEED ^ 24301);
    gc();
    const h0 = process.memoryUsage().heapUsed;
    const batch = makeIntents(heapRng, pool, HEAP_INTENTS);
    gc();
    const h1 = process.memoryUsage().heapUsed;
    const decisions = await engine.checkMany(batch);
    gc();
    const h2 = process.memoryUsage().heapUsed;
    heap = {
      heapBytesPerIntent: Math.round((h2 - h0) / HEAP_INTENTS),
      intentBytes: Math.round((h1 - h0) / HEAP_INTENTS),
      decisionBytes: Math.round((h2 - h1) / HEAP_INTENTS),
      gcExposed: typeof globalThis.gc === "function"
    };
    log(`heap: ${fmt(heap.heapBytesPerIntent)} B per intent retained (intent ${fmt(heap.intentBytes)} B + decision and audit entry ${fmt(heap.decisionBytes)} B) over ${fmt(decisions.length)} intents`);
  }
  gc();
  let mismatches = 0;
  const examples = [];
  const main2 = await timeCheckMany(engine, intents, (start, ds) => {
    if (baselineSigs === void 0 || start >= baselineSigs.length) return;
    for (let k = 0; k < ds.length && start + k < baselineSigs.length; k++) {
      const s2 = signature(ds[k]);
      if (s2 !== baselineSigs[start + k]) {
        mismatches++;
        if (examples.length < 3) examples.push(`#${start + k} ${JSON.stringify(intents[start + k].to)}: engine ${s2} / baseline ${baselineSigs[start + k]}`);
      }
    }
  });
  const rate = Math.round(INTENTS / main2.seconds);
  log(`checkMany: ${fmt(INTENTS)} intents in ${main2.seconds.toFixed(2)} s = ${fmt(rate)} decisions/s`);
  if (baselineSigs) log(`engine vs baseline decisions on the ${fmt(baselineSigs.length)} sampled intents: ${mismatches} differ${examples.length ? `
  ${examples.join("\n  ")}` : ""}`);
  let noAudit;
  if (ONLY !== "checkMany") {
    const quiet = createEngine({ storage: engine.storage, seller: "default", auditDecisions: false });
    await quiet.checkMany(warmup);
    const subset = intents.slice(0, Math.min(2e5, INTENTS));
    const r = await timeCheckMany(quiet, subset);
    noAudit = { decisionsPerSecond: Math.round(subset.length / r.seconds), sampled: subset.length };
    log(`checkMany with auditDecisions: false: ${fmt(subset.length)} intents = ${fmt(noAudit.decisionsPerSecond)} decisions/s`);
  }
  const ratio = baseline ? Math.round(rate / baseline.decisionsPerSecond * 100) / 100 : null;
  const topDenials = [...main2.tally.codes.entries()].sort((a2, b) => b[1] - a2[1]).slice(0, 12);
  const results = {
    generatedAt: (/* @__PURE__ */ new Date()).toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    intents: INTENTS,
    checkMany: { decisionsPerSecond: rate, seconds: Math.round(main2.seconds * 1e3) / 1e3, audit: true, sliceSize: SLICE, batchSize: 1e3 },
    baseline: baseline ? { decisionsPerSecond: baseline.decisionsPerSecond, sampled: baseline.sampled, hoursCrossChecked: baseline.hoursChecked, hoursMismatches: baseline.hoursMismatches, decisionMismatches: mismatches } : null,
    ratio,
    check: check ? { p50Micros: check.p50Micros, p99Micros: check.p99Micros, meanMicros: check.meanMicros, calls: check.calls } : null,
    heapBytesPerIntent: heap?.heapBytesPerIntent ?? null,
    heap: heap ?? null,
    checkManyNoAudit: noAudit ?? null,
    targets: { decisionsPerSecond: TARGET_RATE, ratio: TARGET_RATIO, met: { decisionsPerSecond: rate >= TARGET_RATE, ratio: ratio === null ? null : ratio >= TARGET_RATIO } },
    workload: {
      seed: SEED,
      pool: POOL,
      rules: engine.rules.length,
      rulesetVersion: engine.rulesetVersion,
      preload: pre,
      outcomes: { allowed: main2.tally.allowed, denied: main2.tally.denied, deniedWithNextPermittedAt: main2.tally.withNextPermitted, topDenials: Object.fromEntries(topDenials) }
    },
    totalSeconds: Math.round(secondsSince(started) * 10) / 10
  };
  if (OUT !== "-") writeFileSync(OUT, `${JSON.stringify(results, null, 2)}
`);
  const row = (name, value, target = "") => `  ${name.padEnd(34)} ${value.padStart(16)}  ${target}`;
  const mark = (ok) => ok ? "met" : "NOT met";
  console.log("");
  console.log(`dialguard bench \u2014 ${results.node}, ${results.cpus} x ${results.cpuModel}, ${results.workload.rules} rules`);
  console.log(row("checkMany decisions/s", fmt(rate), `target ${fmt(TARGET_RATE)}: ${mark(rate >= TARGET_RATE)}`));
  if (noAudit) console.log(row("  (auditDecisions: false)", fmt(noAudit.decisionsPerSecond)));
  if (baseline) console.log(row(`baseline decisions/s (${fmt(baseline.sampled)})`, fmt(baseline.decisionsPerSecond)));
  if (ratio !== null) console.log(row("ratio", `${ratio.toFixed(2)}x`, `target ${TARGET_RATIO}x: ${mark(ratio >= TARGET_RATIO)}`));
  if (check) console.log(row("check p50 / p99 (\xB5s)", `${check.p50Micros} / ${check.p99Micros}`));
  if (heap) console.log(row("heap bytes per intent", fmt(heap.heapBytesPerIntent), heap.gcExposed ? "" : "(no --expose-gc: noisy)"));
  console.log(row("allowed / denied", `${fmt(main2.tally.allowed)} / ${fmt(main2.tally.denied)}`));
  console.log(`  top denials: ${topDenials.slice(0, 6).map(([k, v]) => `${k} ${fmt(v)}`).join(", ")}`);
  console.log(`  total ${results.totalSeconds} s${OUT !== "-" ? `; wrote ${OUT}` : ""}`);
}
if (typeof globalThis.gc !== "function" && process.env["DIALGUARD_BENCH_CHILD"] === void 0) {
  const r = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, DIALGUARD_BENCH_CHILD: "1" }
  });
  process.exit(r.status ?? 1);
} else {
  await main();
}
