/**
 * tcpa.reassigned-number: consent given by a number's previous holder does not pass to its new
 * one. 47 CFR 64.1200(m) gives a safe harbor to a caller who queried the Reassigned Numbers
 * Database (live 2021-11-01) with the consent date and was told the number had not been
 * permanently disconnected since. RULES.md §1.11: block on "yes", treat "no data" as no protection.
 * @module
 */
import { defineRule, type Rule, type VerdictInput } from '../../core/rule';
import type { ConsentRecord, NormalizedIntent, StoredReassignedQuery } from '../../core/types';
import { rndStatus, type RndStatus } from '../rnd';
import { constant, coveringConsents, utcDate as day } from '../shared';
import { consentRequirement } from './index';

const NOT_QUERIED = constant({ outcome: 'allow', code: 'rnd_not_queried' });


function needsConsent(i: NormalizedIntent): boolean {
  const r = consentRequirement(i);
  return (r === 'prior-express' || r === 'prior-express-written') && i.purpose !== 'opt-out-confirmation';
}

/** @category Rules */
export const tcpaReassignedNumber: Rule = defineRule({
  id: 'tcpa.reassigned-number',
  title: 'Consent does not pass to a reassigned number (Reassigned Numbers Database)',
  pack: 'tcpa',
  jurisdiction: 'US',
  citation: '47 CFR 64.1200(m); FCC 18-177; DA 21-1649',
  effective: { from: '2021-11-01' },
  confidence: 'V',
  needs: ['consents', 'reassigned'],
  appliesTo: needsConsent,
  evaluate(intent, facts) {
    const answers = facts.reassigned;
    if (answers.length === 0) return NOT_QUERIED;
    const written = consentRequirement(intent) === 'prior-express-written';
    // outlived consents included: this rule is the one that says why they no longer count
    const covering = coveringConsents(intent, facts, written, true);
    if (covering.length === 0) return undefined; // no consent is relied on: tcpa.consent decides
    let open: { c: ConsentRecord; s: RndStatus } | undefined;
    let gone: { c: ConsentRecord; q: StoredReassignedQuery } | undefined;
    for (const c of covering) {
      const s = rndStatus(c, answers, intent.at);
      if (s.kind === 'safe-harbor') {
        return {
          outcome: 'allow',
          code: 'rnd_not_disconnected',
          details: { consentId: c.id, consentGrantedAt: day(c.grantedAt.getTime()), since: day(s.q.since), queriedAt: day(s.q.queriedAt), queryId: s.q.id },
        };
      }
      if (s.kind === 'reassigned') {
        if (gone === undefined || c.grantedAt > gone.c.grantedAt) gone = { c, q: s.q };
      } else if (open === undefined || c.grantedAt > open.c.grantedAt) open = { c, s };
    }
    if (open !== undefined && open.s.kind === 'no-safe-harbor') {
      const v: VerdictInput = {
        outcome: 'allow',
        code: 'rnd_no_safe_harbor',
        details: { consentId: open.c.id, consentGrantedAt: day(open.c.grantedAt.getTime()), why: open.s.why, ...(open.s.q ? { queriedAt: day(open.s.q.queriedAt), result: open.s.q.result, queryId: open.s.q.id } : {}) },
      };
      return v;
    }
    const g = gone!;
    return {
      outcome: 'deny',
      code: 'number_reassigned',
      details: { consentId: g.c.id, consentGrantedAt: day(g.c.grantedAt.getTime()), since: day(g.q.since), queriedAt: day(g.q.queriedAt), queryId: g.q.id },
    };
  },
});
