import { describe, expect, it } from 'vitest';
import { VISIT_TYPE_LABELS, VISIT_TYPES, visitSchema } from '../../../src/domain/schemas/visits';
import { ID, issuesOf, VALID } from '../fixtures';

describe('visitSchema', () => {
  it('accepts every visit type, with links and an amendment', () => {
    for (const visitType of VISIT_TYPES) {
      const visit = {
        ...VALID.visits(),
        visitType,
        callId: ID.call,
        groupId: ID.group,
        personId: ID.person,
        amendsId: ID.visit,
      };
      expect(visitSchema.safeParse(visit).success).toBe(true);
    }
  });

  it('labels every visit type', () => {
    expect(Object.keys(VISIT_TYPE_LABELS).sort()).toEqual([...VISIT_TYPES].sort());
  });

  it('names each missing or wrong field in plain English', () => {
    const bad = {
      ...VALID.visits(),
      at: '2026-02-30T10:00Z',
      address: '',
      wardCode: 'x',
      visitType: 'social',
      notes: '',
    };
    expect(issuesOf(visitSchema.safeParse(bad))).toEqual([
      'at: Date and time of the visit must be a real date and time',
      'address: Enter address or place',
      'wardCode: Select a ward',
      'visitType: Select the type of visit',
      'notes: Enter notes',
    ]);
  });

  it('rejects over-long notes and follow-up text, and bad links', () => {
    const bad = {
      ...VALID.visits(),
      notes: 'x'.repeat(4001),
      followUpNote: 'y'.repeat(1001),
      callId: 'c1',
    };
    expect(issuesOf(visitSchema.safeParse(bad))).toEqual([
      'callId: Call is not a valid id',
      'notes: Notes must be 4,000 characters or fewer',
      'followUpNote: Follow-up needed must be 1,000 characters or fewer',
    ]);
  });

  it('requires the follow-up flag', () => {
    const { followUpNeeded: _omit, ...rest } = VALID.visits();
    expect(visitSchema.safeParse(rest).success).toBe(false);
  });
});
