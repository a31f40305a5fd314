import { describe, expect, it } from 'vitest';
import {
  deliveryTaskSchema,
  ENFORCEMENT_STATUSES,
  enforcementSchema,
  issuedLetterSchema,
} from '../../../src/domain/schemas/enforcement';
import { ID, issuesOf, VALID } from '../fixtures';

describe('enforcementSchema', () => {
  it('accepts every status, an organisation recipient and an ABA with reviews and breaches', () => {
    for (const status of ENFORCEMENT_STATUSES) {
      expect(enforcementSchema.safeParse({ ...VALID.enforcements(), status }).success).toBe(true);
    }
    const aba = {
      ...VALID.enforcements(),
      stepId: 'aba',
      reviewDates: ['2026-04-09', '2026-05-07'],
      breaches: [{ date: '2026-04-01', note: 'Seen drinking in the play area' }],
      endDate: '2026-09-12',
      escalatedFromId: ID.enforcement,
      terms: 'Not to enter the recreation ground after 21:00.',
    };
    expect(enforcementSchema.safeParse(aba).success).toBe(true);
    const org = {
      ...VALID.enforcements(),
      recipientType: 'organisation',
      personId: undefined,
      recipientName: 'Example Car Wash Ltd',
    };
    expect(enforcementSchema.safeParse(org).success).toBe(true);
  });

  it('names wrong fields, including inside review dates and breaches', () => {
    const bad = {
      ...VALID.enforcements(),
      recipientType: 'pet',
      recipientName: '',
      stepId: '',
      deliveryMethod: 'pigeon',
      reviewDates: ['2026-02-30'],
      breaches: [{ date: '2026-03-01', note: '' }],
      status: 'pending',
    };
    const issues = issuesOf(enforcementSchema.safeParse(bad));
    expect(issues).toEqual(
      expect.arrayContaining([
        'recipientType: Select who the recipient is',
        'recipientName: Enter recipient name',
        'stepId: Select the step',
        'deliveryMethod: Select how it will be delivered',
        'reviewDates.0: Review date must be a real date',
        'breaches.0.note: Enter what happened',
      ]),
    );
    expect(issues.some((i) => i.startsWith('status:'))).toBe(true);
  });

  it('rejects over-long terms', () => {
    expect(
      issuesOf(enforcementSchema.safeParse({ ...VALID.enforcements(), terms: 't'.repeat(8001) })),
    ).toEqual(['terms: Terms must be 8,000 characters or fewer']);
  });
});

describe('issuedLetterSchema', () => {
  it('accepts a letter and needs its text and enforcement record', () => {
    expect(issuedLetterSchema.safeParse(VALID.issuedLetters()).success).toBe(true);
    const bad = { ...VALID.issuedLetters(), enforcementId: 'e1', body: '' };
    expect(issuesOf(issuedLetterSchema.safeParse(bad))).toEqual([
      'enforcementId: Enforcement record is not a valid id',
      'body: Enter letter text',
    ]);
  });
});

describe('deliveryTaskSchema', () => {
  it('accepts an open task and a delivered one', () => {
    expect(deliveryTaskSchema.safeParse(VALID.deliveryTasks()).success).toBe(true);
    const done = {
      ...VALID.deliveryTasks(),
      status: 'delivered',
      deliveredAt: '2026-03-15T18:00:00Z',
      deliveredBy: 'u1',
      method: 'letterbox',
    };
    expect(deliveryTaskSchema.safeParse(done).success).toBe(true);
  });

  it('rejects a missing address, a bad ward and an unknown method', () => {
    const bad = { ...VALID.deliveryTasks(), address: '', wardCode: 'Swanley', method: 'drone' };
    const issues = issuesOf(deliveryTaskSchema.safeParse(bad));
    expect(issues).toContain('address: Enter address');
    expect(issues).toContain('wardCode: Select a ward');
    expect(issues.some((i) => i.startsWith('method:'))).toBe(true);
  });
});
