import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { logCall } from '../../src/client/local-store/calls-repo';
import { loadDraft, saveDraft } from '../../src/client/local-store/drafts';
import { StorageError, ValidationError } from '../../src/client/local-store/errors';
import { storageProblem } from '../../src/client/local-store/write';
import { newTestDb, validCallInput } from './factories';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storage failures', () => {
  it('maps QuotaExceededError to StorageError("quota"), writes nothing and leaves the input as typed', async () => {
    const db = newTestDb();
    const input = validCallInput({ summary: 'Typed with care, must not be lost.' });
    const typed = structuredClone(input);
    const spy = vi
      .spyOn(db.calls, 'add')
      .mockImplementation(() => Promise.reject(quota()) as never);
    const err = await logCall(db, input).catch((e: unknown) => e);
    spy.mockRestore();
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).problem).toBe('quota');
    expect((err as StorageError).message).toMatch(/out of storage space.*still here/);
    expect(input).toEqual(typed);
    expect(await db.locations.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    // The same input saves once space is available again.
    await expect(logCall(db, input)).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });

  it('maps a quota failure of the outbox write too', async () => {
    const db = newTestDb();
    const spy = vi
      .spyOn(db.outbox, 'add')
      .mockImplementation(() => Promise.reject(quota()) as never);
    const err = await logCall(db, validCallInput()).catch((e: unknown) => e);
    spy.mockRestore();
    expect((err as StorageError).problem).toBe('quota');
    expect(await db.calls.count()).toBe(0);
  });

  it('reopens and retries once after a lost connection', async () => {
    const db = newTestDb();
    await db.open();
    const realAdd = db.calls.add.bind(db.calls);
    let calls = 0;
    const spy = vi.spyOn(db.calls, 'add').mockImplementation((row) => {
      calls += 1;
      if (calls === 1)
        return Promise.reject(new Dexie.DatabaseClosedError('Connection lost')) as never;
      return realAdd(row);
    });
    const openSpy = vi.spyOn(db, 'open');
    const id = await logCall(db, validCallInput());
    spy.mockRestore();
    expect(calls).toBe(2);
    expect(openSpy).toHaveBeenCalledTimes(1);
    expect(await db.calls.get(id)).toBeDefined();
    // Exactly one set of records and mutations: the failed attempt left nothing behind.
    expect(await db.locations.count()).toBe(1);
    expect(await db.outbox.count()).toBe(3);
  });

  it('gives up with StorageError("connection") when the retry fails too', async () => {
    const db = newTestDb();
    const spy = vi
      .spyOn(db.calls, 'add')
      .mockImplementation(
        () =>
          Promise.reject(
            new DOMException('Connection to Indexed Database server lost', 'UnknownError'),
          ) as never,
      );
    const err = await logCall(db, validCallInput()).catch((e: unknown) => e);
    spy.mockRestore();
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).problem).toBe('connection');
    expect(await db.outbox.count()).toBe(0);
  });

  it('survives the real IndexedDB connection being closed underneath Dexie', async () => {
    const db = newTestDb();
    await db.open();
    db.backendDB().close();
    const id = await logCall(db, validCallInput());
    expect(await db.calls.get(id)).toBeDefined();
  });

  it('lets validation errors through untouched and maps drafts too', async () => {
    const db = newTestDb();
    await expect(logCall(db, validCallInput({ summary: '' }))).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(storageProblem(new Error('plain bug'))).toBeUndefined();
    expect(storageProblem(new Dexie.AbortError('aborted', quota()))).toBe('quota');
    const spy = vi
      .spyOn(db.drafts, 'put')
      .mockImplementation(() => Promise.reject(quota()) as never);
    await expect(saveDraft(db, 'log-call', { summary: 'x' })).rejects.toMatchObject({
      problem: 'quota',
    });
    spy.mockRestore();
  });
});

describe('drafts', () => {
  it('saves, loads and clears a form draft per form id', async () => {
    const db = newTestDb();
    await saveDraft(db, 'log-call', { summary: 'half typed' });
    await saveDraft(db, 'note:abc', 'other');
    expect(await loadDraft(db, 'log-call')).toEqual({ summary: 'half typed' });
    const { clearDraft } = await import('../../src/client/local-store/drafts');
    await clearDraft(db, 'log-call');
    expect(await loadDraft(db, 'log-call')).toBeUndefined();
    expect(await loadDraft(db, 'note:abc')).toBe('other');
    expect(await db.outbox.count()).toBe(0);
  });
});
