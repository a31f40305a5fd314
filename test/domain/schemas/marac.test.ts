import { describe, expect, it } from 'vitest';
import {
  maracActionSchema,
  maracDecisionSchema,
  maracMeetingSchema,
  maracReferralSchema,
  maracSubjectLinkSchema,
  MARAC_CRITERIA,
  REFERRAL_STATUSES,
} from '../../../src/domain/schemas/marac';
import { issuesOf, VALID } from '../fixtures';

describe('maracReferralSchema', () => {
  it('accepts every status, every criterion and a closed outcome', () => {
    for (const status of REFERRAL_STATUSES) {
      expect(maracReferralSchema.safeParse({ ...VALID.maracReferrals(), status }).success).toBe(
        true,
      );
    }
    const all = { ...VALID.maracReferrals(), criteria: MARAC_CRITERIA.map((c) => c.id) };
    expect(maracReferralSchema.safeParse(all).success).toBe(true);
    const closed = {
      ...VALID.maracReferrals(),
      status: 'closed',
      outcome: 'improved',
      outcomeReason: 'No calls for 3 months',
    };
    expect(maracReferralSchema.safeParse(closed).success).toBe(true);
  });

  it('names missing and wrong fields in plain English', () => {
    const bad = {
      ...VALID.maracReferrals(),
      referringOfficer: '',
      subjectType: 'street',
      subjectName: '',
      safeToCall: 'maybe',
      criteria: [],
      riskLevel: 'severe',
      reason: '',
      datesOfBirth: ['2001-02-29'],
    };
    expect(issuesOf(maracReferralSchema.safeParse(bad))).toEqual([
      'referringOfficer: Enter referring officer',
      'subjectType: Select who or what the referral is about',
      'subjectName: Enter subject name',
      'datesOfBirth.0: Date of birth must be a real date',
      'safeToCall: Select whether it is safe to call',
      'criteria: Select at least one criterion',
      'riskLevel: Select a risk level',
      'reason: Enter reason for referral',
    ]);
  });

  it('rejects an unknown criterion, a bad outcome and over-long consent text', () => {
    expect(
      maracReferralSchema.safeParse({ ...VALID.maracReferrals(), criteria: ['parking'] }).success,
    ).toBe(false);
    expect(
      maracReferralSchema.safeParse({ ...VALID.maracReferrals(), outcome: 'better' }).success,
    ).toBe(false);
    const consent = { given: false, whyNot: 'w'.repeat(1001) };
    expect(issuesOf(maracReferralSchema.safeParse({ ...VALID.maracReferrals(), consent }))).toEqual(
      ['consent.whyNot: Why consent was not given must be 1,000 characters or fewer'],
    );
  });
});

describe('other MARAC records', () => {
  it('accept valid examples', () => {
    expect(maracDecisionSchema.safeParse(VALID.maracDecisions()).success).toBe(true);
    expect(maracMeetingSchema.safeParse(VALID.maracMeetings()).success).toBe(true);
    expect(maracActionSchema.safeParse(VALID.maracActions()).success).toBe(true);
    expect(maracSubjectLinkSchema.safeParse(VALID.maracSubjectLinks()).success).toBe(true);
  });

  it('reject an unknown decision, a bad meeting date and a bad action', () => {
    expect(
      maracDecisionSchema.safeParse({ ...VALID.maracDecisions(), decision: 'deferred' }).success,
    ).toBe(false);
    expect(
      issuesOf(maracMeetingSchema.safeParse({ ...VALID.maracMeetings(), date: '2026-09-31' })),
    ).toEqual(['date: Meeting date must be a real date']);
    const badAction = { ...VALID.maracActions(), text: '', status: 'late', agencyId: '' };
    const issues = issuesOf(maracActionSchema.safeParse(badAction));
    expect(issues).toContain('text: Enter action');
    expect(issues).toContain('agencyId: Select the agency');
    expect(issues.some((i) => i.startsWith('status:'))).toBe(true);
    expect(
      issuesOf(maracSubjectLinkSchema.safeParse({ ...VALID.maracSubjectLinks(), personId: 'p' })),
    ).toEqual(['personId: Person is not a valid id']);
  });
});
