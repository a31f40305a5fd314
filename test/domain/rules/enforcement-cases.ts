/**
 * Refused transitions for every enforcement command, fed to the registry
 * test (test/domain/commands.test.ts) beside the call commands' cases.
 */
import { VALID } from '../fixtures';

const record = (over: Record<string, unknown> = {}) => ({ ...VALID.enforcements(), ...over });
const FINISHED = ['draft', 'complied', 'expired', 'escalated'] as const;

const notLive = (args: Record<string, unknown>, statuses: readonly string[] = FINISHED) =>
  statuses.map((status) => ({
    why: `a ${status} record`,
    record: record({ status }),
    args,
    loaded: {},
    code: 'illegal_transition',
  }));

export const ENFORCEMENT_ILLEGAL = {
  'enforcement.issue': ['active', 'breached', 'complied', 'escalated'].map((status) => ({
    why: `an already issued (${status}) record`,
    record: record({ status }),
    args: {},
    loaded: {},
    code: 'illegal_transition',
  })),
  'enforcement.review': [
    ...notLive({ date: '2026-03-19' }),
    {
      why: 'a review before the issue date',
      record: record(),
      args: { date: '2026-03-01' },
      loaded: {},
      code: 'invalid',
    },
    {
      why: 'a second review on the same date',
      record: record({ reviewDates: ['2026-03-19'] }),
      args: { date: '2026-03-19' },
      loaded: {},
      code: 'illegal_transition',
    },
  ],
  'enforcement.breach': [
    ...notLive({ date: '2026-03-19', note: 'Drinking in the park' }),
    {
      why: 'a breach before the issue date',
      record: record(),
      args: { date: '2026-03-10', note: 'Drinking in the park' },
      loaded: {},
      code: 'invalid',
    },
  ],
  'enforcement.comply': notLive({}),
  'enforcement.escalate': [
    ...notLive({ toId: '01900000-0000-7000-8000-0000000000ff' }),
    {
      why: 'escalating to itself',
      record: record(),
      args: { toId: VALID.enforcements().id },
      loaded: {},
      code: 'invalid',
    },
  ],
  'enforcement.expire': [
    ...notLive({}),
    {
      why: 'an agreement before its end date',
      record: record({ stepId: 'aba', endDate: '2026-09-12' }),
      args: {},
      loaded: {},
      code: 'illegal_transition',
    },
  ],
};
