import { describe, expect, it } from 'vitest';
import { ladderError } from '../../../src/domain/rules/enforcement';

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
