import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MutationResult } from '../../src/domain/sync-protocol';
import { disposeRecords } from '../../src/server/services/retention';
import {
  actionData,
  callData,
  create,
  newId,
  patch,
  pullAll,
  pushOk,
  pushOne,
  remove,
} from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

let s: TestServer;
let chair: string;
let asb: string;
beforeEach(async () => {
  s = await makeTestServer();
  await s.createUser({ username: 'chair', roles: ['chair'] });
  await s.createUser({ username: 'asb', roles: ['asb_officer'], agencyId: 'sdc-asb' });
  chair = await s.login('chair');
  asb = await s.login('asb');
});
afterEach(async () => {
  await s.close();
});

async function newCall(): Promise<MutationResult & { id: string }> {
  const id = newId();
  const r = await pushOne(s, chair, create('calls', id, callData()));
  return { ...r, id };
}

describe('push: patches', () => {
  it('edits of different fields on two devices both apply', async () => {
    const call = await newCall();
    const a = await pushOne(
      s,
      chair,
      patch('calls', call.id, { summary: 'From chair' }, { summary: call.seq! }),
    );
    const b = await pushOne(
      s,
      asb,
      patch('calls', call.id, { riskLevel: 'high' }, { riskLevel: call.seq! }),
      'asb-client',
    );
    expect(a.status).toBe('applied');
    expect(b.status).toBe('applied');
    expect(b.record).toMatchObject({ summary: 'From chair', riskLevel: 'high' });
    const fs = b.record?.fieldSeqs as Record<string, number>;
    expect(fs.summary).toBe(a.seq);
    expect(fs.riskLevel).toBe(b.seq);
  });

  it('the same field edited on two devices: the server keeps its value and reports a conflict; other fields apply', async () => {
    const call = await newCall();
    const a = await pushOne(
      s,
      chair,
      patch('calls', call.id, { summary: 'First' }, { summary: call.seq! }),
    );
    const b = await pushOne(
      s,
      asb,
      patch(
        'calls',
        call.id,
        { summary: 'Second', riskLevel: 'medium' },
        { summary: call.seq!, riskLevel: call.seq! },
      ),
      'asb-client',
    );
    const chairUser = await s.storage.transaction((tx) => tx.getUserByUsername('chair'));
    expect(b.status).toBe('conflict');
    expect(b.conflicts).toEqual([
      { field: 'summary', serverValue: 'First', serverBy: chairUser!.id, serverSeq: a.seq },
    ]);
    expect(b.record).toMatchObject({ summary: 'First', riskLevel: 'medium' });
  });

  it('a create followed by two patches of one field, based on m: refs, applies without conflict', async () => {
    const id = newId();
    const c = create('calls', id, callData());
    const p1 = patch('calls', id, { summary: 'Second' }, { summary: `m:${c.mutationId}` });
    const p2 = patch('calls', id, { summary: 'Third' }, { summary: `m:${p1.mutationId}` });
    const results = await pushOk(s, chair, [c, p1, p2]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(results[2]?.record?.summary).toBe('Third');
  });

  it('a base naming a rejected mutation is base_rejected; a missing base is missing_base', async () => {
    const call = await newCall();
    const bad = patch('calls', call.id, { summary: '' }, { summary: call.seq! });
    const next = patch('calls', call.id, { summary: 'Fixed' }, { summary: `m:${bad.mutationId}` });
    const noBase = patch('calls', call.id, { summary: 'No base' }, {});
    const results = await pushOk(s, chair, [bad, next, noBase]);
    expect(results.map((r) => r.error?.code)).toEqual(['invalid', 'base_rejected', 'missing_base']);
  });

  it('workflow fields are not_patchable; unknown fields are invalid; server fields are ignored', async () => {
    const call = await newCall();
    const wf = await pushOne(
      s,
      chair,
      patch('calls', call.id, { status: 'closed' }, { status: call.seq! }),
    );
    expect(wf).toMatchObject({
      status: 'rejected',
      error: { code: 'not_patchable', fields: { status: expect.any(String) } },
    });
    const ref = await pushOne(
      s,
      chair,
      patch('calls', call.id, { reference: 'DT-2026-9999', summary: 'ok' }, { summary: call.seq! }),
    );
    expect(ref.status).toBe('applied');
    expect(ref.record?.reference).toBe('DT-2026-0001');
    const unknown = await pushOne(
      s,
      chair,
      patch('calls', call.id, { colour: 'red' }, { colour: call.seq! }),
    );
    expect(unknown).toMatchObject({ status: 'rejected', error: { code: 'invalid' } });
  });

  it('append-only records are never patched or deleted', async () => {
    const call = await newCall();
    const noteId = newId();
    const note = await pushOne(
      s,
      chair,
      create('callNotes', noteId, {
        callId: call.id,
        text: 'Spoke to neighbour',
        at: '2026-03-02T09:30:00.000Z',
      }),
    );
    expect(note.status).toBe('applied');
    const p = await pushOne(
      s,
      chair,
      patch('callNotes', noteId, { text: 'Changed' }, { text: note.seq! }),
    );
    const d = await pushOne(s, chair, remove('callNotes', noteId, note.seq!));
    expect(p.error?.code).toBe('append_only');
    expect(d.error?.code).toBe('append_only');
  });
});

describe('push: deletes', () => {
  it('a delete based on the current seq archives the record and pulls as a delete', async () => {
    const call = await newCall();
    const r = await pushOne(s, chair, remove('calls', call.id, call.seq!));
    expect(r.status).toBe('applied');
    expect(r.record?.archived).toBe(true);
    const pulled = await pullAll(s, chair);
    expect(pulled.changes.find((c) => c.id === call.id)?.op).toBe('delete');
  });

  it('a delete racing an edit is a conflict and not applied', async () => {
    const call = await newCall();
    await pushOne(
      s,
      asb,
      patch('calls', call.id, { summary: 'Edited' }, { summary: call.seq! }),
      'asb-client',
    );
    const r = await pushOne(s, chair, remove('calls', call.id, call.seq!));
    expect(r.status).toBe('conflict');
    expect(r.conflicts?.map((c) => c.field)).toContain('summary');
    expect(r.record?.archived).toBeUndefined();
  });

  it('an edit based before an applied delete restores the record and reports a conflict', async () => {
    const call = await newCall();
    const del = await pushOne(s, chair, remove('calls', call.id, call.seq!));
    const edit = await pushOne(
      s,
      asb,
      patch('calls', call.id, { summary: 'Still happening' }, { summary: call.seq! }),
      'asb-client',
    );
    expect(edit.status).toBe('conflict');
    expect(edit.conflicts).toEqual([
      expect.objectContaining({ field: 'archived', serverValue: true, serverSeq: del.seq }),
    ]);
    expect(edit.record).toMatchObject({ summary: 'Still happening', archived: false });
    const pulled = await pullAll(s, chair);
    expect(pulled.changes.find((c) => c.id === call.id)?.op).toBe('upsert');
  });
});

describe('retention disposal', () => {
  it('purges a call and its children from devices and never accepts the ids again', async () => {
    const call = await newCall();
    const actionId = newId();
    await pushOne(s, chair, create('actions', actionId, actionData(call.id)));
    const before = await pullAll(s, chair);
    const done = await disposeRecords(s.deps, 'calls', [call.id], { userId: null, deviceId: null });
    expect(done.sort()).toEqual([call.id, actionId].sort());
    const after = await pullAll(s, chair, before.cursor);
    expect(after.changes.map((c) => [c.id, c.op, c.purge]).sort()).toEqual(
      [
        [call.id, 'delete', true],
        [actionId, 'delete', true],
      ].sort(),
    );
    const replay = await pushOne(s, chair, create('calls', call.id, callData()));
    expect(replay.error?.code).toBe('disposed');
    const edit = await pushOne(
      s,
      asb,
      patch('calls', call.id, { summary: 'x' }, { summary: call.seq! }),
      'a',
    );
    expect(edit.error?.code).toBe('disposed');
    const rows = await s.storage.transaction((tx) => tx.listAudit({ action: 'retention.dispose' }));
    expect(rows[0]?.ids.sort()).toEqual([call.id, actionId].sort());
  });
});
