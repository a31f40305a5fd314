import { describe, expect, it } from 'vitest';
import { SEED_POWERS } from '../../../src/domain/reference/powers';
import {
  extendEnforcement,
  ladderError,
  newEnforcementError,
} from '../../../src/domain/rules/enforcement';
import type { Enforcement } from '../../../src/domain/schemas/enforcement';
import { VALID } from '../fixtures';

const cpn = { stepId: 'cpn', recipientName: 'A Person' };

describe('ladderError (powers ladder)', () => {
  it('lets a first step through without an earlier one', () => {
    expect(ladderError({ recipientName: 'A Person' }, undefined, undefined)).toBeNull();
  });

  it('lets a step escalate from an active or breached earlier step for the same recipient', () => {
    for (const status of ['active', 'breached'])
      expect(
        ladderError(cpn, 'cpw', { stepId: 'cpw', status, recipientName: ' a person ' }),
      ).toBeNull();
    expect(
      ladderError({ personId: 'p1' }, 'cpw', { stepId: 'cpw', status: 'active', personId: 'p1' }),
    ).toBeNull();
  });

  it('refuses a missing, wrong, finished or someone else’s earlier step', () => {
    const refusals = [
      undefined,
      { stepId: 'cpn', status: 'active', recipientName: 'A Person' },
      { stepId: 'cpw', status: 'complied', recipientName: 'A Person' },
      { stepId: 'cpw', status: 'active', recipientName: 'Someone Else' },
      { stepId: 'cpw', status: 'active', personId: 'p2', recipientName: 'A Person' },
    ];
    for (const from of refusals)
      expect(ladderError(cpn, 'cpw', from)).toMatchObject({ code: 'cpn_requires_cpw' });
  });
});

describe('newEnforcementError', () => {
  const aba = SEED_POWERS.find((p) => p.id === 'aba');
  const cpnStep = SEED_POWERS.find((p) => p.id === 'cpn');
  const base = { recipientName: 'A Person', issuedDate: '2026-03-12' };

  it('refuses a step that is not on the ladder', () => {
    expect(newEnforcementError(base, undefined, undefined)?.code).toBe('invalid');
  });

  it('applies the ladder, then the escalation source, then the end date', () => {
    expect(newEnforcementError(base, cpnStep, undefined)?.code).toBe('cpn_requires_cpw');
    const from = { stepId: 'aba', status: 'complied', recipientName: 'A Person' };
    expect(newEnforcementError({ ...base, escalatedFromId: 'x' }, aba, from)?.code).toBe(
      'illegal_transition',
    );
    expect(newEnforcementError({ ...base, escalatedFromId: 'x' }, aba, undefined)?.code).toBe(
      'illegal_transition',
    );
    const running = { ...from, status: 'breached' };
    expect(newEnforcementError({ ...base, escalatedFromId: 'x' }, aba, running)).toBeNull();
    expect(newEnforcementError({ ...base, endDate: '2026-03-01' }, aba, undefined)?.code).toBe(
      'invalid',
    );
  });
});

describe('extendEnforcement (closure order: up to 3 months, 6 in total)', () => {
  const closure = SEED_POWERS.find((p) => p.id === 'closure');
  const extend = (issuedDate: string, endDate: string, to: string) =>
    extendEnforcement({
      record: {
        ...(VALID.enforcements() as Enforcement),
        stepId: 'closure',
        status: 'active',
        issuedDate,
        endDate,
      },
      args: { endDate: to },
      loaded: { reference: closure },
      by: 'u',
      at: '2026-05-01T09:00:00.000Z',
    });

  it('extends to exactly 6 months from the date issued, and no further', () => {
    expect(extend('2026-03-12', '2026-06-12', '2026-09-12')).toEqual({
      ok: true,
      patch: { endDate: '2026-09-12' },
    });
    expect(extend('2026-03-12', '2026-06-12', '2026-09-13')).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringContaining('12 September 2026') },
    });
  });

  it('counts 6 months from 31 August as the end of February', () => {
    expect(extend('2026-08-31', '2026-11-30', '2027-02-28').ok).toBe(true);
    expect(extend('2026-08-31', '2026-11-30', '2027-03-01').ok).toBe(false);
  });
});
