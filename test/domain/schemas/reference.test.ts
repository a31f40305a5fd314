import { describe, expect, it } from 'vitest';
import {
  categorySchema,
  DEFAULT_THRESHOLDS,
  directoryUserSchema,
  thresholdsSchema,
  viewEventSchema,
  wardSchema,
} from '../../../src/domain/schemas/reference';
import { VALID } from '../fixtures';

describe('reference schemas', () => {
  it('accept the valid examples', () => {
    expect(wardSchema.safeParse(VALID.wards()).success).toBe(true);
    expect(directoryUserSchema.safeParse(VALID.users()).success).toBe(true);
    expect(viewEventSchema.safeParse(VALID.viewEvents()).success).toBe(true);
  });

  it('reject a ward without an ONS code and a category with an unknown qualifier', () => {
    expect(wardSchema.safeParse({ ...VALID.wards(), code: 'Ash' }).success).toBe(false);
    expect(categorySchema.safeParse({ ...VALID.categories(), qualifier: 'criminal' }).success).toBe(
      false,
    );
    expect(categorySchema.safeParse({ ...VALID.categories(), active: undefined }).success).toBe(
      false,
    );
  });

  it('defaults thresholds to 3 calls in 90 days and 3 case-review calls in 6 months', () => {
    expect(
      thresholdsSchema.safeParse({ id: 'thresholds', active: true, ...DEFAULT_THRESHOLDS }).success,
    ).toBe(true);
    expect(DEFAULT_THRESHOLDS).toEqual({
      repeatCalls: 3,
      repeatWindowDays: 90,
      caseReviewCalls: 3,
      caseReviewMonths: 6,
    });
  });

  it.each([
    ['repeatCalls', 2, true],
    ['repeatCalls', 5, true],
    ['repeatCalls', 1, false],
    ['repeatCalls', 6, false],
    ['repeatWindowDays', 30, true],
    ['repeatWindowDays', 180, true],
    ['repeatWindowDays', 29, false],
    ['repeatWindowDays', 181, false],
    ['caseReviewCalls', 3, true],
    ['caseReviewCalls', 4, false],
    ['caseReviewMonths', 6, true],
    ['caseReviewMonths', 7, false],
    ['repeatCalls', 2.5, false],
  ])('thresholds %s = %s is %s', (field, value, ok) => {
    const row = { ...VALID.thresholds(), [field]: value };
    expect(thresholdsSchema.safeParse(row).success).toBe(ok);
  });
});
