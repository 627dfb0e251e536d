/**
 * The README's short example: record a consent, check a call at night, then at the instant the
 * engine says it becomes permitted.
 *
 *   npx tsx examples/basic.ts
 * @module
 */
import { createEngine } from '../src/index';

const engine = createEngine({ seller: 'Smith & Lee LLP' });

// Prior express written consent, with its evidence (47 CFR 64.1200(f)(9)).
await engine.consents.grant({
  phone: '(212) 736-0142',
  kind: 'prior-express-written',
  evidence: {
    method: 'e-sign',
    capturedAt: '2026-02-01T10:00:00-05:00',
    signature: '/s/ Dana Example',
    disclosureText: 'I agree that Smith & Lee LLP may call me with prerecorded messages about legal services.',
  },
});

const intent = {
  to: '(212) 736-0142',
  callType: 'prerecorded',
  purpose: 'telemarketing',
  lineType: 'wireless',
  relationship: 'client',
  callerId: '+12125550100',
} as const;

// 21:30 in New York: after the 21:00 limit.
const night = await engine.check({ ...intent, at: '2026-03-10T21:30:00-04:00' });
console.log(night.allowed); // false
console.log(night.denials.map((v) => `${v.rule}: ${v.reason}`));
console.log(night.nextPermittedAt?.toISOString()); // 08:00 the next morning, New York time
console.log(night.intent.e164, night.intent.zones, night.intent.states);

// At the instant the engine gave, the call may go out, with what it must do.
const morning = await engine.check({ ...intent, at: night.nextPermittedAt! });
console.log(morning.allowed); // true
console.log(morning.obligations.map((o) => o.code));
console.log(morning.verdicts.map((v) => `${v.outcome} ${v.rule} (${v.citation})`));
