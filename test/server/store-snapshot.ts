/**
 * Everything a store holds, read through the storage interface, for the
 * backup tests to compare a restored store with its original; and a few
 * writes of every kind to fill one; `npmRun` runs the README's backup and
 * restore commands.
 */
import { spawnSync } from 'node:child_process';
import { uuidv7 } from '../../src/domain/ids';
import type { Storage } from '../../src/server/storage/types';

const AT = '2026-03-02T10:00:00.000Z';

export async function fillStore(storage: Storage): Promise<void> {
  await storage.transaction(async (tx) => {
    await tx.insertUser({
      id: 'u1',
      username: 'helen',
      name: 'Helen',
      agencyId: 'sdc-csu',
      roles: ['chair'],
      wards: ['E05005008'],
      active: true,
      passwordHash: 'scrypt$x',
      scopeEpoch: 1,
      createdAt: AT,
      updatedAt: AT,
    });
    for (let i = 0; i < 50; i++) {
      const seq = await tx.nextSeq();
      const id = uuidv7();
      await tx.putRecord(
        {
          table: 'calls',
          id,
          data: { id, summary: `call ${i}`, status: i % 2 ? 'open' : 'closed' },
          fieldSeqs: { summary: seq },
          seq,
          deleted: i % 10 === 0,
          keys: { scope: 'case', assigneeUserId: null, assigneeAgencyId: null },
          parentId: null,
        },
        AT,
      );
      await tx.appendAudit({
        id: uuidv7(),
        at: AT,
        userId: 'u1',
        deviceId: null,
        action: 'sync.create',
        table: 'calls',
        ids: [id],
      });
    }
    await tx.nextCallRef(2026);
    await tx.setMeta('k', 'v');
  });
}

export async function snapshot(storage: Storage) {
  return storage.transaction(async (tx) => ({
    seq: await tx.currentSeq(),
    changes: (await tx.changesAfter(0, 100_000)).map((c) => ({
      ...c,
      record: c.record && { ...c.record, data: c.record.data, wireJson: undefined },
    })),
    users: await tx.listUsers(),
    audit: await tx.listAudit({ limit: 100_000 }),
    counts: await tx.countRecordsBy('calls', 'status'),
    meta: await tx.getMeta('k'),
    nextRef: await tx.nextCallRef(2026),
  }));
}

export function npmRun(script: 'backup' | 'restore', file: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync('npm', ['run', '-s', script, '--', file], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm run ${script} failed: ${result.stderr}`);
}
