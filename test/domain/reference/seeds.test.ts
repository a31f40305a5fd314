import { describe, expect, it } from 'vitest';
import { SEED_AGENCIES } from '../../../src/domain/reference/agencies';
import {
  ASB_QUALIFIERS,
  QUALIFIER_LABELS,
  SEED_CATEGORIES,
  SEED_CLOSING_CODES,
} from '../../../src/domain/reference/categories';
import {
  ABA_REVIEW_DAYS,
  CPN_APPEAL_WINDOW_DAYS,
  SEED_POWERS,
} from '../../../src/domain/reference/powers';
import {
  RISK_LABELS,
  RISK_LEVELS,
  VULNERABILITY_FLAG_IDS,
} from '../../../src/domain/reference/risk';
import { SEVENOAKS_WARDS } from '../../../src/domain/reference/wards';
import { referenceSeed } from '../../../src/domain/reference/seed';
import { REFERENCE_TABLES, TABLES } from '../../../src/domain/tables';

describe('wards', () => {
  it('seeds the 26 Sevenoaks wards with codes E05005008 to E05005033, all unique', () => {
    expect(SEVENOAKS_WARDS).toHaveLength(26);
    const codes = SEVENOAKS_WARDS.map((w) => w.code);
    expect(new Set(codes).size).toBe(26);
    expect(new Set(SEVENOAKS_WARDS.map((w) => w.name)).size).toBe(26);
    const expected = Array.from({ length: 26 }, (_, i) => `E0500${5008 + i}`);
    expect(codes).toEqual(expected);
    expect(SEVENOAKS_WARDS[0]).toEqual({ code: 'E05005008', name: 'Ash' });
    expect(SEVENOAKS_WARDS[25]).toEqual({ code: 'E05005033', name: 'Westerham and Crockham Hill' });
  });

  it('every ward is a valid reference row', () => {
    for (const w of SEVENOAKS_WARDS) {
      expect(TABLES.wards.schema.safeParse({ id: w.code, active: true, ...w }).success).toBe(true);
    }
  });
});

describe('agencies', () => {
  it('have unique slugs and include the core partners', () => {
    const ids = SEED_AGENCIES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'sdc-csu',
        'sdc-asb',
        'kent-police',
        'kcc-wardens',
        'wkha',
        'sdc-eh',
      ]),
    );
    for (const a of SEED_AGENCIES)
      expect(TABLES.agencies.schema.safeParse({ ...a, active: true }).success).toBe(true);
  });
});

describe('categories', () => {
  it('every category has a national qualifier and a valid row', () => {
    expect(SEED_CATEGORIES).toHaveLength(18);
    for (const c of SEED_CATEGORIES) {
      expect(ASB_QUALIFIERS).toContain(c.qualifier);
      expect(TABLES.categories.schema.safeParse({ ...c, active: true }).success).toBe(true);
    }
    expect(new Set(SEED_CATEGORIES.map((c) => c.id)).size).toBe(SEED_CATEGORIES.length);
    expect(Object.keys(QUALIFIER_LABELS).sort()).toEqual([...ASB_QUALIFIERS].sort());
  });

  it('does not count safeguarding or mental health concerns as ASB', () => {
    const asb = Object.fromEntries(SEED_CATEGORIES.map((c) => [c.id, c.asb]));
    expect(asb.safeguarding).toBe(false);
    expect(asb['mental-health']).toBe(false);
    expect(asb.rowdy).toBe(true);
    expect(asb['fly-tipping']).toBe(true);
  });

  it('closing codes are unique and valid rows', () => {
    expect(SEED_CLOSING_CODES.map((c) => c.code)).toEqual(['351', '355', '361', '366', '372']);
    for (const c of SEED_CLOSING_CODES) {
      expect(TABLES.closingCodes.schema.safeParse({ id: c.code, active: true, ...c }).success).toBe(
        true,
      );
    }
  });
});

describe('powers ladder', () => {
  const byId = Object.fromEntries(SEED_POWERS.map((p) => [p.id, p]));

  it('the CPN step requires the CPW, which comes first', () => {
    expect(byId.cpn?.requires).toBe('cpw');
    expect(byId.cpw!.order).toBeLessThan(byId.cpn!.order);
    expect(byId.cpn?.appealWindowDays).toBe(CPN_APPEAL_WINDOW_DAYS);
    expect(CPN_APPEAL_WINDOW_DAYS).toBe(21);
  });

  it('an ABA lasts 6 months and is reviewed every 4 weeks', () => {
    expect(byId.aba).toMatchObject({ defaultDurationMonths: 6, reviewEveryDays: ABA_REVIEW_DAYS });
    expect(ABA_REVIEW_DAYS).toBe(28);
  });

  it('a closure order runs 3 months, extendable to 6, and is a court power', () => {
    expect(byId.closure).toMatchObject({
      defaultDurationMonths: 3,
      maxTotalMonths: 6,
      court: true,
    });
    expect(byId['warning-1']?.court).toBe(false);
  });

  it('every requirement names an existing step and every step is a valid row', () => {
    for (const p of SEED_POWERS) {
      if (p.requires) expect(byId[p.requires]).toBeDefined();
      expect(TABLES.powers.schema.safeParse({ ...p, active: true }).success).toBe(true);
    }
    expect(new Set(SEED_POWERS.map((p) => p.id)).size).toBe(SEED_POWERS.length);
  });
});

describe('risk', () => {
  it('has three levels with labels and unique vulnerability flags', () => {
    expect(RISK_LEVELS).toEqual(['standard', 'medium', 'high']);
    expect(Object.keys(RISK_LABELS)).toEqual([...RISK_LEVELS]);
    expect(new Set(VULNERABILITY_FLAG_IDS).size).toBe(VULNERABILITY_FLAG_IDS.length);
  });
});

describe('referenceSeed', () => {
  it('fills every synced reference table but the directory, with rows its schema accepts', () => {
    const seed = referenceSeed();
    const seeded = Object.keys(seed).sort();
    expect(seeded).toEqual(REFERENCE_TABLES.filter((t) => t !== 'users').sort());
    for (const [table, rows] of Object.entries(seed)) {
      expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows)
        expect(TABLES[table as keyof typeof TABLES].schema.safeParse(row).success, table).toBe(
          true,
        );
    }
  });
});
