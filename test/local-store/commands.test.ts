import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import { addAction } from '../../src/client/local-store/actions-repo';
import { logCall } from '../../src/client/local-store/calls-repo';
import type { CsuDb } from '../../src/client/local-store/db';
import { RuleViolation, ValidationError } from '../../src/client/local-store/errors';
import * as notesRepo from '../../src/client/local-store/notes-repo';
import { addNote, addResidentUpdate } from '../../src/client/local-store/notes-repo';
import { mutationsForRecord } from '../factories/outbox';
import { newTestDb, validCallInput } from './factories';
import { runCommand } from '../../src/client/local-store/command-runner';

async function rule(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof RuleViolation) return err.code;
    throw err;
  }
  throw new Error('expected a RuleViolation');
}

const ACTION = {
  text: 'Patrol the garages on Friday evening',
  agencyId: 'kent-police',
  dueDate: '2026-03-20',
};

async function callWithAction(db: CsuDb) {
  const callId = await logCall(db, validCallInput());
  const actionId = await addAction(db, callId, ACTION);
  return { callId, actionId };
}

describe('call commands', () => {
  it('opens a new call optimistically and queues the command, not a patch', async () => {
    const db = newTestDb();
    const callId = await logCall(db, validCallInput());
    await runCommand(db, 'call.open', callId, {});
    expect((await db.calls.get(callId))?.status).toBe('open');
    const command = (await mutationsForRecord(db, callId)).at(-1);
    expect(command).toMatchObject({
      kind: 'command',
      table: 'calls',
      recordId: callId,
      payload: { name: 'call.open', args: {} },
    });
    expect((await db.calls.get(callId))?._sync?.pendingFields?.status).toBe(command?.mutationId);
    expect(await rule(runCommand(db, 'call.open', callId, {}))).toBe('illegal_transition');
  });

  it('refuses to close while the resident is owed an update, unless a reason is given', async () => {
    const db = newTestDb();
    const { callId, actionId } = await callWithAction(db);
    await runCommand(db, 'action.complete', actionId, {
      outcome: 'Patrolled; group moved on',
    });
    const before = await db.outbox.count();
    expect(await rule(runCommand(db, 'call.close', callId, { reason: 'Resolved' }))).toBe(
      'resident_update_due',
    );
    expect(await db.outbox.count()).toBe(before);
    expect((await db.calls.get(callId))?.status).toBe('new');

    await runCommand(db, 'call.close', callId, {
      reason: 'Resolved',
      noUpdateReason: 'Reporter moved away',
    });
    const call = await db.calls.get(callId);
    expect(call?.status).toBe('closed');
    expect(call?.closure).toMatchObject({
      reason: 'Resolved',
      noUpdateReason: 'Reporter moved away',
      closedBy: db.userId,
    });
  });

  it('closes once the resident has been updated after the last action', async () => {
    const db = newTestDb();
    const { callId, actionId } = await callWithAction(db);
    await runCommand(db, 'action.complete', actionId, { outcome: 'Done' });
    await new Promise((r) => setTimeout(r, 5));
    await addResidentUpdate(db, callId, {
      at: new Date().toISOString(),
      method: 'phone',
      summary: 'Told them about the patrol',
    });
    await runCommand(db, 'call.close', callId, { reason: 'Resolved' });
    expect((await db.calls.get(callId))?.status).toBe('closed');
  });

  it('refuses to close with open actions, then reopens a closed call', async () => {
    const db = newTestDb();
    const { callId } = await callWithAction(db);
    expect(
      await rule(runCommand(db, 'call.close', callId, { reason: 'x', noUpdateReason: 'y' })),
    ).toBe('open_actions');
    const anon = await logCall(db, validCallInput({ reporter: { anonymous: true } }));
    await runCommand(db, 'call.close', anon, { reason: 'No further action' });
    await runCommand(db, 'call.reopen', anon, { reason: 'It started again' });
    expect(await db.calls.get(anon)).toMatchObject({ status: 'open', closure: null });
  });

  it('checks command arguments with the shared schema', async () => {
    const db = newTestDb();
    const callId = await logCall(db, validCallInput());
    await expect(runCommand(db, 'call.close', callId, { reason: '' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const err = await runCommand(db, 'call.discuss', callId, { date: '2099-01-01' }).catch(
      (e: unknown) => e,
    );
    expect((err as ValidationError).fields).toHaveProperty('date');
    await runCommand(db, 'call.discuss', callId, { date: '2026-03-05' });
    expect(await db.calls.get(callId)).toMatchObject({
      status: 'open',
      discussedOn: ['2026-03-05'],
    });
  });
});

describe('actions', () => {
  it('adds an open action without changing a new call’s status', async () => {
    const db = newTestDb();
    const { callId, actionId } = await callWithAction(db);
    expect((await db.calls.get(callId))?.status).toBe('new');
    expect(await db.actions.get(actionId)).toMatchObject({
      status: 'open',
      callId,
      createdBy: db.userId,
    });
    const [create] = await mutationsForRecord(db, actionId);
    expect(create).toMatchObject({ kind: 'create', table: 'actions', dependsOn: [callId] });
    expect(create?.payload).toMatchObject({ ...ACTION, status: 'open', callId });
  });

  it('completes and cancels through commands, and refuses a second change', async () => {
    const db = newTestDb();
    const { callId, actionId } = await callWithAction(db);
    await runCommand(db, 'action.complete', actionId, { outcome: 'Patrolled' });
    expect(await db.actions.get(actionId)).toMatchObject({
      status: 'done',
      outcome: 'Patrolled',
      completedBy: db.userId,
    });
    const command = (await mutationsForRecord(db, actionId)).at(-1);
    expect(command).toMatchObject({
      kind: 'command',
      table: 'actions',
      payload: { name: 'action.complete', args: { outcome: 'Patrolled' } },
      dependsOn: [callId],
    });
    expect(await rule(runCommand(db, 'action.cancel', actionId, { reason: 'x' }))).toBe(
      'illegal_transition',
    );

    const second = await addAction(db, callId, ACTION);
    await runCommand(db, 'action.cancel', second, { reason: 'Duplicate' });
    expect(await db.actions.get(second)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Duplicate',
    });
  });

  it('a closed call refuses new actions and action changes', async () => {
    const db = newTestDb();
    const { callId, actionId } = await callWithAction(db);
    await runCommand(db, 'action.complete', actionId, { outcome: 'Done' });
    const open = await addAction(db, callId, ACTION);
    await runCommand(db, 'action.cancel', open, { reason: 'Not needed' });
    await runCommand(db, 'call.close', callId, {
      reason: 'Done',
      noUpdateReason: 'Unreachable',
    });
    const before = await db.outbox.count();
    expect(await rule(addAction(db, callId, ACTION))).toBe('call_closed');
    // An action still open on a call closed elsewhere (as pulled from the server) cannot be changed here.
    const pulled = { ...(await db.actions.get(open))!, id: uuidv7(), status: 'open' as const };
    await db.actions.put(pulled);
    expect(await rule(runCommand(db, 'action.complete', pulled.id, { outcome: 'x' }))).toBe(
      'call_closed',
    );
    expect(await db.outbox.count()).toBe(before);
    expect((await db.actions.get(pulled.id))?.status).toBe('open');
  });

  it('validates a new action by field', async () => {
    const db = newTestDb();
    const callId = await logCall(db, validCallInput());
    const err = await addAction(db, callId, {
      text: '',
      agencyId: '',
      dueDate: '2026-02-30',
    }).catch((e: unknown) => e);
    expect(Object.keys((err as ValidationError).fields).sort()).toEqual([
      'agencyId',
      'dueDate',
      'text',
    ]);
  });
});

describe('notes and resident updates', () => {
  it('are append-only: the repository offers no way to change or remove them', () => {
    expect(Object.keys(notesRepo).sort()).toEqual(['addNote', 'addResidentUpdate']);
  });

  it('adds a note and an update with create mutations that depend on the call', async () => {
    const db = newTestDb();
    const callId = await logCall(db, validCallInput());
    const noteId = await addNote(db, callId, 'Spoke to the neighbour at number 14.');
    const updateId = await addResidentUpdate(db, callId, {
      at: '2026-03-05T10:00:00.000Z',
      method: 'phone',
      summary: 'Told her a patrol is planned',
    });
    expect((await mutationsForRecord(db, noteId))[0]).toMatchObject({
      kind: 'create',
      table: 'callNotes',
      dependsOn: [callId],
    });
    expect((await mutationsForRecord(db, updateId))[0]).toMatchObject({
      kind: 'create',
      table: 'residentUpdates',
      dependsOn: [callId],
    });
    expect(await db.callNotes.get(noteId)).toMatchObject({
      text: 'Spoke to the neighbour at number 14.',
      callId,
    });
  });

  it('refuses a resident update for an anonymous call, and one dated in the future', async () => {
    const db = newTestDb();
    const anon = await logCall(db, validCallInput({ reporter: { anonymous: true } }));
    const update = { at: '2026-03-05T10:00:00.000Z', method: 'phone' as const, summary: 'x' };
    expect(await rule(addResidentUpdate(db, anon, update))).toBe('anonymous_call');
    const named = await logCall(db, validCallInput());
    const err = await addResidentUpdate(db, named, {
      ...update,
      at: '2099-01-01T00:00:00.000Z',
    }).catch((e: unknown) => e);
    expect((err as ValidationError).fields).toHaveProperty('at');
    expect(await db.residentUpdates.count()).toBe(0);
  });
});
