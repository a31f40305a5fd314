import { describe, expect, it } from 'vitest';
import { NO_USAGE, REFERENCE_CHANGE_SCHEMAS } from '../../../src/domain/reference-admin-schemas';
import {
  describeReferenceChange,
  NEXT_SYNC,
  NOTHING_CHANGED,
} from '../../../src/domain/rules/reference-changes';

const ward = { id: 'E05005031', code: 'E05005031', name: "Swanley St Mary's", active: true };

describe('what a reference change means for devices', () => {
  it('names a rename and the calls that keep their ward', () => {
    expect(
      describeReferenceChange(
        'wards',
        ward,
        { ...ward, name: "St Mary's, Swanley" },
        { ...NO_USAGE, openCalls: 12, closedCalls: 1 },
      ),
    ).toEqual([
      "1 ward renamed: Swanley St Mary's → St Mary's, Swanley.",
      '12 open calls and 1 closed call in this ward keep their ward and show the new name.',
      NEXT_SYNC,
    ]);
  });

  it('says a deactivated item leaves the choices but records keep its name', () => {
    const lines = describeReferenceChange(
      'categories',
      { id: 'dog', name: 'Dog-related', qualifier: 'environmental', asb: true, active: true },
      { id: 'dog', name: 'Dog-related', qualifier: 'environmental', asb: false, active: false },
      { ...NO_USAGE, openCalls: 1 },
    );
    expect(lines).toEqual([
      'Counts towards an ASB Case Review: yes → no.',
      '1 category deactivated: Dog-related. It no longer appears in new-record choices; records that name it still show its name.',
      '1 open call with this category keeps it.',
      NEXT_SYNC,
    ]);
  });

  it('describes an added item, an agency with no users and an unchanged save', () => {
    expect(
      describeReferenceChange(
        'closingCodes',
        undefined,
        {
          id: '380',
          code: '380',
          name: 'Begging',
          active: true,
        },
        NO_USAGE,
      )[0],
    ).toBe(
      '1 police closing code added: Begging (380). It appears in new-record choices on every device.',
    );
    const agency = { id: 'cgl', name: 'CGL', shortName: 'CGL', active: true };
    expect(
      describeReferenceChange('agencies', agency, { ...agency, shortName: 'CGL Kent' }, NO_USAGE),
    ).toEqual([
      'Short name: CGL → CGL Kent.',
      'No open actions or active users are in this agency.',
      NEXT_SYNC,
    ]);
    expect(describeReferenceChange('wards', ward, { ...ward }, NO_USAGE)).toEqual([
      NOTHING_CHANGED,
    ]);
  });

  it('compares the thresholds in words', () => {
    const before = {
      id: 'thresholds',
      active: true,
      repeatCalls: 3,
      repeatWindowDays: 90,
      caseReviewCalls: 3,
      caseReviewMonths: 6,
    };
    expect(
      describeReferenceChange(
        'thresholds',
        before,
        { ...before, repeatCalls: 2, caseReviewCalls: 1 },
        NO_USAGE,
      ),
    ).toEqual([
      'Repeat suggestions: 3 calls in 90 days → 2 calls in 90 days.',
      'ASB Case Review warning: 3 calls in 6 months → 1 call in 6 months (qualifying calls).',
      'Open calls and people are checked against the new figures on every device.',
      NEXT_SYNC,
    ]);
  });

  it('accepts only placeholders the app fills in a template', () => {
    const parse = (body: string) => REFERENCE_CHANGE_SCHEMAS.letterTemplates.safeParse({ body });
    expect(parse('Dear {{recipientName}}, {{incidents}}').success).toBe(true);
    const bad = parse('Dear {{firstName}}');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(
      /^\{\{firstName\}\} is not a detail the app fills in/,
    );
  });
});
