import { describe, expect, it } from 'vitest';
import {
  agencyId,
  baseRecord,
  isoDate,
  isoDateTime,
  latLng,
  optionalText,
  requiredText,
  uuid,
  wardCode,
} from '../../../src/domain/schemas/common';
import { issuesOf } from '../fixtures';

describe('requiredText', () => {
  const summary = requiredText('Summary', 10);

  it('accepts text up to the limit, exactly as typed', () => {
    expect(summary.parse('0123456789')).toBe('0123456789');
    expect(summary.parse('  padded  ')).toBe('  padded  ');
  });

  it('asks for the field when missing, empty or only spaces', () => {
    expect(issuesOf(summary.safeParse(undefined))).toEqual([': Enter summary']);
    expect(issuesOf(summary.safeParse(''))).toEqual([': Enter summary']);
    expect(issuesOf(summary.safeParse(' \t\n '))).toEqual([': Enter summary']);
  });

  it('rejects over-long text with the limit in plain English', () => {
    expect(issuesOf(summary.safeParse('01234567890'))).toEqual([
      ': Summary must be 10 characters or fewer',
    ]);
    expect(issuesOf(requiredText('Notes', 4000).safeParse('x'.repeat(4001)))).toEqual([
      ': Notes must be 4,000 characters or fewer',
    ]);
  });

  it('accepts HTML and control characters unchanged (screens render text inert)', () => {
    const typed = '<script>alert("x")</script>\u0007\u0000 & </b>';
    expect(requiredText('Summary', 100).parse(typed)).toBe(typed);
  });
});

describe('optionalText', () => {
  const notes = optionalText('Notes', 5);
  it('is optional, allows empty and rejects over-long text', () => {
    expect(notes.parse(undefined)).toBeUndefined();
    expect(notes.parse('')).toBe('');
    expect(issuesOf(notes.safeParse('123456'))).toEqual([': Notes must be 5 characters or fewer']);
  });
});

describe('isoDate', () => {
  const date = isoDate('Due date');
  it.each(['2026-02-28', '2024-02-29', '2026-12-31', '2026-01-01'])(
    'accepts the real date %s',
    (v) => {
      expect(date.parse(v)).toBe(v);
    },
  );
  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-3-4',
    '04/03/2026',
    '2026-03-04T00:00:00Z',
    '',
  ])('rejects %s as not a real date', (v) => {
    expect(issuesOf(date.safeParse(v))).toEqual([': Due date must be a real date']);
  });
  it('asks for the date when missing', () => {
    expect(issuesOf(date.safeParse(undefined))).toEqual([': Enter due date']);
  });
});

describe('isoDateTime', () => {
  const at = isoDateTime('Date and time received');
  it.each([
    '2026-03-04T09:15:00.000Z',
    '2026-03-04T09:15Z',
    '2026-07-01T10:00:00+01:00',
    '2024-02-29T23:59:59.9-05:30',
  ])('accepts %s', (v) => {
    expect(at.parse(v)).toBe(v);
  });
  it.each([
    '2026-03-04',
    '2026-03-04T09:15:00',
    '2026-03-04 09:15Z',
    'yesterday',
    '2026-02-30T10:00:00Z',
    '2026-04-31T10:00Z',
    '2026-03-04T25:00Z',
  ])('rejects %s', (v) => {
    const issues = issuesOf(at.safeParse(v));
    expect(issues.length).toBeGreaterThan(0);
    expect(new Set(issues)).toEqual(
      new Set([': Date and time received must be a real date and time']),
    );
  });
});

describe('ids, wards, agencies and GPS', () => {
  it('uuid checks format and names the field', () => {
    expect(uuid('Call').parse('01900000-0000-7000-8000-000000000001')).toBe(
      '01900000-0000-7000-8000-000000000001',
    );
    expect(issuesOf(uuid('Call').safeParse('not-an-id'))).toEqual([': Call is not a valid id']);
    expect(issuesOf(uuid('Call').safeParse(undefined))).toEqual([': Call is missing']);
  });

  it('wardCode takes an ONS code only', () => {
    expect(wardCode.parse('E05005008')).toBe('E05005008');
    for (const bad of ['e05005008', 'E0500500', 'Ash', '']) {
      expect(issuesOf(wardCode.safeParse(bad))).toEqual([': Select a ward']);
    }
  });

  it('agencyId asks for a selection', () => {
    expect(issuesOf(agencyId('the lead agency').safeParse(''))).toEqual([
      ': Select the lead agency',
    ]);
    expect(agencyId().safeParse('x'.repeat(65)).success).toBe(false);
  });

  it('latLng bounds latitude and longitude', () => {
    expect(latLng.parse({ lat: 51.39, lng: 0.27, accuracyM: 12 })).toEqual({
      lat: 51.39,
      lng: 0.27,
      accuracyM: 12,
    });
    expect(latLng.safeParse({ lat: 91, lng: 0 }).success).toBe(false);
    expect(latLng.safeParse({ lat: 0, lng: -181 }).success).toBe(false);
    expect(latLng.safeParse({ lat: 0, lng: 0, accuracyM: -1 }).success).toBe(false);
  });

  it('baseRecord needs a valid id and tolerates server fields', () => {
    expect(
      baseRecord.safeParse({ id: '01900000-0000-7000-8000-000000000001', fieldSeqs: { a: 3 } })
        .success,
    ).toBe(true);
    expect(issuesOf(baseRecord.safeParse({}))).toEqual(['id: Id is missing']);
    expect(
      baseRecord.safeParse({ id: '01900000-0000-7000-8000-000000000001', fieldSeqs: { a: 1.5 } })
        .success,
    ).toBe(false);
  });
});
