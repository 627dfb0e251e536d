/**
 * Error classes. A denial is never an error: only misuse, bad input and broken storage throw.
 * @module
 */
import type { Decision } from './types';

/** An issue found in an input: the field path and what is wrong with it. @category Errors */
export interface InputIssue {
  path: (string | number)[];
  message: string;
  code?: string;
}

/**
 * The base class of every error dialguard throws.
 * @category Errors
 */
export class DialguardError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * A malformed input: wrong enum, `at` without an offset, a missing field. Carries the issues with
 * their field paths; the message names the fields.
 * @category Errors
 */
export class InvalidInputError extends DialguardError {
  readonly issues: InputIssue[];
  constructor(what: string, issues: InputIssue[], options?: { cause?: unknown }) {
    const parts = issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
    super(`[dialguard] invalid ${what}: ${parts.join('; ')}`, options);
    this.issues = issues;
  }
  /** The field paths named by the issues, dotted (e.g. `'at'`, `'address.state'`). */
  get fields(): string[] {
    return this.issues.map((i) => i.path.join('.'));
  }
}

/**
 * Thrown by APIs that need a dialable number (e.g. `consents.grant`) when the number is not one.
 * `check` does not throw it: it resolves denied with `engine.unsupported-number`.
 * @category Errors
 */
export class UnsupportedNumberError extends DialguardError {
  readonly input: string;
  constructor(input: string, reason: string, options?: { cause?: unknown }) {
    super(`[dialguard] unsupported number ${JSON.stringify(input)}: ${reason}`, options);
    this.input = input;
  }
}

/**
 * A storage adapter failed or lacks a capability.
 * @category Errors
 */
export class StorageError extends DialguardError {
  readonly adapter: string;
  constructor(adapter: string, message: string, options?: { cause?: unknown }) {
    super(`[dialguard] [${adapter}] ${message}`, options);
    this.adapter = adapter;
  }
}

/**
 * Thrown by {@link assertAllowed} when a decision denies the call. Carries the decision.
 * @category Errors
 */
export class CallBlockedError extends DialguardError {
  readonly decision: Decision;
  constructor(decision: Decision) {
    const first = decision.denials[0];
    super(`[dialguard] call blocked${first ? ` by ${first.rule}: ${first.reason}` : ''}`);
    this.decision = decision;
  }
}

/**
 * Throws {@link CallBlockedError} unless the decision allows the call.
 * @param decision - a decision from `engine.check`
 * @example
 * ```ts
 * assertAllowed(await engine.check(intent)); // throws when denied
 * ```
 * @category Errors
 */
export function assertAllowed(decision: Decision): asserts decision is Decision & { allowed: true } {
  if (!decision.allowed) throw new CallBlockedError(decision);
}
