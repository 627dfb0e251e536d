/**
 * dialguard: decide, before a call or text goes out, whether it may go out now, and why.
 *
 * @packageDocumentation
 */
export { createEngine } from './core/engine';
export type { Engine, EngineOptions, Reservation, OptOutMessage } from './core/engine';
export { parseOptOut, PER_SE_KEYWORDS } from './consent/parse-opt-out';
export type { OptOutMatch } from './consent/parse-opt-out';
export { defineRule } from './core/rule';
export type { Rule, RuleDefinition, Facts, FactKind, VerdictInput, ObligationInput, CampaignFacts } from './core/rule';
export { REASONS, renderReason } from './core/reasons';
export type { ReasonCode, ReasonDetails } from './core/reasons';
export {
  DialguardError,
  InvalidInputError,
  UnsupportedNumberError,
  StorageError,
  CallBlockedError,
  assertAllowed,
} from './core/errors';
export type { InputIssue } from './core/errors';
export {
  callIntentSchema,
  engineOptionsSchema,
  suppressionMetaSchema,
  consentGrantSchema,
  revocationSchema,
  attemptRecordSchema,
  optOutMessageSchema,
  relationshipEventSchema,
  reassignedNumberQuerySchema,
  communicationRestrictionSchema,
  ftcImportOptionsSchema,
  emergencyDeclarationSchema,
  completionSchema,
  addressSchema,
  instantSchema,
  stateCodeSchema,
  callTypeSchema,
  channelSchema,
  purposeSchema,
  lineTypeSchema,
  numberUseSchema,
  relationshipSchema,
  outcomeSchema,
  phoneSchema,
} from './core/schemas';
export type * from './core/types';
export { defaultRules, tcpa, tsr, regF, states, ethics, firm } from './rules';
export {
  stateLaws,
  UNDATED,
  buildStatePack,
  buildStateRules,
  buildCallingHoursRule,
  buildHolidayRule,
  buildFrequencyRule,
  buildConsentRule,
  buildDncRule,
  buildEmergencyRule,
  buildEmergencyAdvisoryRule,
  buildObligationsRule,
  buildRestrictionsRule,
} from './rules/states';
export type {
  StateLaw,
  HoursProvision,
  HolidayRestriction,
  FrequencyCap,
  StateDnc,
  EmergencyBan,
  CallScope,
  CapKey,
  DayLimit,
  Effective,
  Exemption,
  TextCoverage,
  TimeWindow,
  WrittenConsentProvision,
  CallObligationProvision,
  CallRestriction,
  RestrictedLines,
} from './rules/states';
export { listRules } from './rules/list';
export type { RuleInfo } from './rules/list';
export { consentRequirement } from './rules/tcpa';
export type { ConsentRequirement } from './rules/tcpa';
export { importFtcDnc } from './dnc/ftc';
export type { FtcImportOptions, FtcImportResult, FtcInput } from './dnc/ftc';
export { memoryStorage } from './storage/memory';
export { canonicalSeller, canonicalSubject } from './core/names';
export type { MemoryStorageOptions } from './storage/memory';
export type { Storage, FactQuery, FactSnapshot,
  NumberFacts, ReserveOutcome, AuditEntry, AuditSink } from './storage/types';
export { memoryAuditLog, verifyAuditLines, type AuditDataWriter, type AuditLinesVerification, type WritableAuditSink } from './audit/chain';
export { parseNumber, toE164, placeNumber } from './phone/normalize';
export type { ParsedNumber, Placement } from './phone/normalize';
export { lookupNanp, zonesForState } from './phone/nanp';
export type { NanpLocation } from './phone/nanp';
export { stateForZip } from './phone/zip';
export { localTime, zoneOffsetMinutes, zonedToEpoch, checkWindow } from './time/zone';
export type { LocalTime, DayWindow, WindowCheck } from './time/zone';
export { businessDaysAfter, federalHolidays, isFederalHoliday, isBusinessDay, holidaysOn, holidayCalendars, HOLIDAY_MIN_YEAR, HOLIDAY_MAX_YEAR } from './time/holidays';
export type { CivilDate } from './time/civil';
export type { Holiday, HolidayCalendar, HolidayCalendarId } from './time/holidays';
