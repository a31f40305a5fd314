/**
 * Refused transitions for every enforcement command, fed to the registry
 * test (test/domain/commands.test.ts) beside the call commands' cases.
 */
import { SEED_POWERS } from '../../../src/domain/reference/powers';
import { VALID } from '../fixtures';

const record = (over: Record<string, unknown> = {}) => ({ ...VALID.enforcements(), ...over });
const CLOSURE = SEED_POWERS.find((p) => p.id === 'closure');
/** Made on 12 March 2026 for 3 months: it may run to 12 September 2026 in total. */
const closure = () =>
  record({ stepId: 'closure', issuedDate: '2026-03-12', endDate: '2026-06-12' });
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
  'enforcement.extend': [
    ...notLive({ endDate: '2026-07-12' }).map((c) => ({ ...c, loaded: { reference: CLOSURE } })),
    {
      why: 'a step with no total limit (an ABA)',
      record: record({ stepId: 'aba', endDate: '2026-09-12' }),
      args: { endDate: '2026-10-12' },
      loaded: { reference: SEED_POWERS.find((p) => p.id === 'aba') },
      code: 'illegal_transition',
    },
    {
      why: 'a step withdrawn from the ladder',
      record: closure(),
      args: { endDate: '2026-07-12' },
      loaded: { reference: undefined },
      code: 'illegal_transition',
    },
    {
      why: 'a closure order past 6 months in total',
      record: closure(),
      args: { endDate: '2026-09-13' },
      loaded: { reference: CLOSURE },
      code: 'invalid',
    },
    {
      why: 'an end date no later than the current one',
      record: closure(),
      args: { endDate: '2026-06-12' },
      loaded: { reference: CLOSURE },
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
