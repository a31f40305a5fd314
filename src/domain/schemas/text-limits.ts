/**
 * The longest text a free-text field takes, in characters, and the most
 * people a call lists. The schemas and command arguments check them and the
 * screens show them (maxLength, the character count, hints), so a limit is
 * changed here and nowhere else.
 */
export const TEXT_MAX = {
  callSummary: 4000,
  callNote: 4000,
  personName: 120,
  actionText: 1000,
  actionOutcome: 2000,
  /** Closing, reopening and cancelling: a sentence or two. */
  reason: 1000,
  noUpdateReason: 1000,
  residentUpdate: 2000,
  visitNotes: 4000,
  breachNote: 2000,
  recipientAddress: 300,
  enforcementTerms: 8000,
  referralReason: 4000,
} as const;

export const CALL_PEOPLE_MAX = 30;
export const TOO_MANY_PEOPLE = `A call can list up to ${CALL_PEOPLE_MAX} people`;
