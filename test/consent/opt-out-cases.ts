/**
 * Replies that are not revocations under 47 CFR 64.1200(a)(10) (FCC 24-24), shared by the unit
 * table (src/consent/parse-opt-out.test.ts) and the noise property (opt-out-parser-property.test.ts).
 */
/** The first table: DESIGN.md's "I'll stop by your office" and its kin. */
export const NOT_REVOCATIONS: readonly string[] = [
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
];

/** Found by review (2026-11-30): replies the rewritten reader once took for revocations. */
export const NOT_REVOCATIONS_REVIEW: readonly string[] = [
    // "drop" is not a removal verb.
    'Drop me a text when ready',
    'drop me a line',
    // "stop" acting on something other than contact.
    'Can you stop the foreclosure?',
    'how do I stop the garnishment?',
    'stop the eviction please',
    'Stop worrying',
    'I had to quit',
    "Stop, you're too kind",
    // A negated "stop", with filler or a dash or ellipsis between.
    "Please don't ever stop",
    "don't you dare stop",
    "Don't please stop",
    "Don't—stop",
    "don't... stop",
    // Cancelling one call is scheduling, not revocation.
    "Cancel the call, I'll call you",
    'cancel the call tomorrow',
    "cancel the 3pm, let's do 4pm",
    'end of day works',
    'remove the old address from my file',
    // A bare question is not a revocation ("wrong number, stop" is, and so is the statement "Wrong number").
    'wrong number?',
    'Is this the wrong number?',
];
