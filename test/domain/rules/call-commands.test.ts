import { describe, expect, it } from 'vitest';
import { parseCommand, runCommandRule } from '../../../src/domain/commands';
import type { Action, Call, ResidentUpdate } from '../../../src/domain/schemas/calls';
import { ID, validCall, VALID } from '../fixtures';

const AT = '2026-03-20T10:00:00.000Z';
const BY = 'chair-user';

const call = (over: Partial<Call> = {}): Call => ({ ...(validCall() as Call), ...over });
const anonCall = (over: Partial<Call> = {}): Call =>
  call({ reporter: { anonymous: true }, ...over });
const action = (over: Partial<Action> = {}): Action => ({
  ...(VALID.actions() as Action),
  createdAt: '2026-03-05T10:00:00Z',
  ...over,
});
const update = (at: string): ResidentUpdate => ({
  id: ID.update,
  callId: ID.call,
  at,
  method: 'phone',
  summary: 'Updated the resident',
});
const none = { actions: [], updates: [] };

/** A command through the registry as both runners run it: parse, then the entry's rule. */
function viaRegistry(
  name: string,
  table: string,
  record: Record<string, unknown>,
  args: Record<string, unknown>,
  loaded: Record<string, unknown>,
) {
  const parsed = parseCommand(name, table, args, new Date(AT));
  if (!parsed.ok)
    return { ok: false as const, error: { code: parsed.code, message: parsed.message } };
  return runCommandRule(parsed.name, { record, args: parsed.args, loaded, by: BY, at: AT });
}
const applyCallCommand = (
  c: Call,
  name: string,
  args: Record<string, unknown>,
  ctx: { actions: readonly Action[]; updates: readonly ResidentUpdate[] },
) => viaRegistry(name, 'calls', c, args, { actions: ctx.actions, residentUpdates: ctx.updates });
const applyActionCommand = (a: Action, parent: Call, name: string, args: Record<string, unknown>) =>
  viaRegistry(name, 'actions', a, args, { parent });

describe('call commands', () => {
  it('call.open opens a new call only', () => {
    expect(applyCallCommand(call(), 'call.open', {}, none)).toEqual({
      ok: true,
      patch: { status: 'open' },
    });
    for (const status of ['open', 'closed'] as const) {
      const r = applyCallCommand(call({ status }), 'call.open', {}, none);
      expect(r).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
    }
  });

  it('call.discuss records the meeting date once, sorted, and opens a new call', () => {
    const r = applyCallCommand(
      call({ discussedOn: ['2026-03-12'] }),
      'call.discuss',
      { date: '2026-03-05' },
      none,
    );
    expect(r).toEqual({
      ok: true,
      patch: { status: 'open', discussedOn: ['2026-03-05', '2026-03-12'] },
    });
    const again = applyCallCommand(
      call({ status: 'open', discussedOn: ['2026-03-05'] }),
      'call.discuss',
      { date: '2026-03-05' },
      none,
    );
    expect(again).toEqual({ ok: true, patch: { status: 'open', discussedOn: ['2026-03-05'] } });
    const first = applyCallCommand(call(), 'call.discuss', { date: '2026-03-05' }, none);
    expect(first).toEqual({ ok: true, patch: { status: 'open', discussedOn: ['2026-03-05'] } });
  });

  it('call.discuss refuses a closed call', () => {
    const r = applyCallCommand(
      call({ status: 'closed' }),
      'call.discuss',
      { date: '2026-03-05' },
      none,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'call_closed' } });
  });

  it('call.close closes with who, when and why once the resident is updated and actions are finished', () => {
    const ctx = {
      actions: [action({ status: 'done', completedAt: '2026-03-10T10:00:00Z' })],
      updates: [update('2026-03-11T10:00:00Z')],
    };
    const r = applyCallCommand(call({ status: 'open' }), 'call.close', { reason: 'Resolved' }, ctx);
    expect(r).toEqual({
      ok: true,
      patch: { status: 'closed', closure: { reason: 'Resolved', closedAt: AT, closedBy: BY } },
    });
  });

  it('call.close refuses when the resident update is due and no reason is given', () => {
    const ctx = {
      actions: [action({ status: 'done', completedAt: '2026-03-10T10:00:00Z' })],
      updates: [update('2026-03-06T10:00:00Z')],
    };
    for (const noUpdateReason of [undefined, '', '   ']) {
      const r = applyCallCommand(
        call({ status: 'open' }),
        'call.close',
        { reason: 'Resolved', noUpdateReason },
        ctx,
      );
      expect(r).toMatchObject({ ok: false, error: { code: 'resident_update_due' } });
    }
  });

  it('call.close keeps the reason for not updating when one is given', () => {
    const ctx = { actions: [], updates: [] };
    const r = applyCallCommand(
      call(),
      'call.close',
      { reason: 'No further action', noUpdateReason: 'Reporter moved away, no contact' },
      ctx,
    );
    expect(r).toEqual({
      ok: true,
      patch: {
        status: 'closed',
        closure: {
          reason: 'No further action',
          closedAt: AT,
          closedBy: BY,
          noUpdateReason: 'Reporter moved away, no contact',
        },
      },
    });
  });

  it('call.close drops a reason for not updating when none is needed', () => {
    const r = applyCallCommand(
      anonCall(),
      'call.close',
      { reason: 'Done', noUpdateReason: 'n/a' },
      none,
    );
    expect(r).toEqual({
      ok: true,
      patch: { status: 'closed', closure: { reason: 'Done', closedAt: AT, closedBy: BY } },
    });
  });

  it('call.close refuses while an action is open', () => {
    const ctx = { actions: [action({ status: 'open' })], updates: [] };
    const r = applyCallCommand(anonCall({ status: 'open' }), 'call.close', { reason: 'Done' }, ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'open_actions' } });
  });

  it('call.close allows cancelled and completed actions on an anonymous call without updates', () => {
    const ctx = {
      actions: [
        action({ status: 'done', completedAt: '2026-03-10T10:00:00Z' }),
        action({
          status: 'cancelled',
          cancelledAt: '2026-03-11T10:00:00Z',
          cancelReason: 'Duplicate',
        }),
      ],
      updates: [],
    };
    const r = applyCallCommand(anonCall({ status: 'open' }), 'call.close', { reason: 'Done' }, ctx);
    expect(r.ok).toBe(true);
  });

  it('call.close refuses an already closed call', () => {
    const r = applyCallCommand(
      anonCall({ status: 'closed' }),
      'call.close',
      { reason: 'Again' },
      none,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'call_closed' } });
  });

  it('call.reopen reopens a closed call and clears its closure', () => {
    const closed = call({ status: 'closed', closure: { reason: 'x', closedAt: AT, closedBy: BY } });
    expect(applyCallCommand(closed, 'call.reopen', { reason: 'New report' }, none)).toEqual({
      ok: true,
      patch: { status: 'open', closure: null },
    });
    for (const status of ['new', 'open'] as const) {
      const r = applyCallCommand(call({ status }), 'call.reopen', { reason: 'x' }, none);
      expect(r).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
    }
  });

  it('answers an unknown command with a code, not a throw', () => {
    const r = applyCallCommand(call(), 'call.explode', {}, none);
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
  });

  it('gives plain-English messages', () => {
    const r = applyCallCommand(
      anonCall({ status: 'open' }),
      'call.close',
      { reason: 'x' },
      { actions: [action()], updates: [] },
    );
    expect(r.ok ? '' : r.error.message).toBe(
      'Complete or cancel every open action before closing the call.',
    );
  });
});

describe('action commands', () => {
  const open = call({ status: 'open' });

  it('action.complete records the outcome, who and when', () => {
    expect(
      applyActionCommand(action(), open, 'action.complete', { outcome: 'Patrols done' }),
    ).toEqual({
      ok: true,
      patch: { status: 'done', outcome: 'Patrols done', completedAt: AT, completedBy: BY },
    });
  });

  it('action.cancel records the reason, who and when', () => {
    expect(applyActionCommand(action(), open, 'action.cancel', { reason: 'Duplicate' })).toEqual({
      ok: true,
      patch: { status: 'cancelled', cancelReason: 'Duplicate', cancelledAt: AT, cancelledBy: BY },
    });
  });

  it('refuses to change an action twice', () => {
    for (const status of ['done', 'cancelled'] as const) {
      const r = applyActionCommand(action({ status }), open, 'action.complete', { outcome: 'x' });
      expect(r).toEqual({
        ok: false,
        error: { code: 'illegal_transition', message: `This action is already ${status}.` },
      });
    }
  });

  it('refuses any change on a closed call', () => {
    const r = applyActionCommand(action(), call({ status: 'closed' }), 'action.cancel', {
      reason: 'x',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'call_closed' } });
  });

  it('works on a new call and answers an unknown command with a code', () => {
    expect(applyActionCommand(action(), call(), 'action.complete', { outcome: 'x' }).ok).toBe(true);
    const r = applyActionCommand(action(), open, 'action.snooze', { reason: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
  });
});
