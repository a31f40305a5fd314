import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { COMMANDS } from '../../../src/domain/commands';
import { callInputSchema } from '../../../src/domain/schemas/call-input';
import { enforcementBreachSchema } from '../../../src/domain/schemas/enforcement';
import { TEXT_MAX } from '../../../src/domain/schemas/text-limits';
import { TABLES } from '../../../src/domain/tables';
import { validCallInput } from '../../factories/calls';
import { ID, issuesOf, VALID } from '../fixtures';

/**
 * Each limit the screens show (TEXT_MAX) is the one its schema checks: the
 * limit itself is accepted, one character more is refused at that field.
 */
const CASES: [keyof typeof TEXT_MAX, z.ZodType, Record<string, unknown>, string[]][] = [
  ['callSummary', TABLES.calls.schema, VALID.calls(), ['summary']],
  ['callNote', TABLES.callNotes.schema, VALID.callNotes(), ['text']],
  ['actionText', TABLES.actions.schema, VALID.actions(), ['text']],
  ['residentUpdate', TABLES.residentUpdates.schema, VALID.residentUpdates(), ['summary']],
  ['visitNotes', TABLES.visits.schema, VALID.visits(), ['notes']],
  ['recipientAddress', TABLES.enforcements.schema, VALID.enforcements(), ['recipientAddress']],
  ['enforcementTerms', TABLES.enforcements.schema, VALID.enforcements(), ['terms']],
  ['referralReason', TABLES.maracReferrals.schema, VALID.maracReferrals(), ['reason']],
  ['breachNote', enforcementBreachSchema, { date: '2026-03-01', note: 'x' }, ['note']],
  ['reason', COMMANDS['call.close'].args, { reason: 'x' }, ['reason']],
  ['noUpdateReason', COMMANDS['call.close'].args, { reason: 'x' }, ['noUpdateReason']],
  ['reason', COMMANDS['call.reopen'].args, { reason: 'x' }, ['reason']],
  ['reason', COMMANDS['action.cancel'].args, { reason: 'x' }, ['reason']],
  ['actionOutcome', COMMANDS['action.complete'].args, { outcome: 'x' }, ['outcome']],
  ['personName', callInputSchema, validCallInput(), ['people', '0', 'name']],
];

function withText(value: Record<string, unknown>, path: string[], text: string): unknown {
  const copy = structuredClone(value);
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path[path.length - 1] as string] = text;
  return copy;
}

describe('text limits', () => {
  it.each(CASES)('%s is the limit its schema checks (%#)', (key, schema, valid, path) => {
    const max = TEXT_MAX[key];
    expect(schema.safeParse(withText(valid, path, 'a'.repeat(max))).success).toBe(true);
    const issues = issuesOf(schema.safeParse(withText(valid, path, 'a'.repeat(max + 1))));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(new RegExp(`^${path.join('\\.')}: .*${max.toLocaleString('en-GB')}`));
  });

  it('the call input allows as many people as a stored call', () => {
    const people = Array.from({ length: 31 }, () => ({ personId: ID.person, role: 'witness' }));
    expect(issuesOf(callInputSchema.safeParse({ ...validCallInput(), people }))).toEqual([
      'people: A call can list up to 30 people',
    ]);
  });
});
