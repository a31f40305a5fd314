/**
 * Part of the storage contract (storage-contract.ts runs it on every
 * backend): seqs are visible in commit order, so a pull that advances its
 * cursor never passes a row that commits later. A naive store that takes
 * numbers from a sequence fails this: the long transaction's lower seq
 * commits after a pull has already moved past the short one's higher seq.
 */
import { expect, it } from 'vitest';
import type { Storage } from '../../src/server/storage/types';
import { AT, record } from './storage-contract-rows';

/** How long the test lets the short transaction try to overtake before the long one commits. */
const OVERTAKE_CHANCE_MS = 100;

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function seqOrderContract(storage: () => Storage): void {
  it('a transaction that takes a lower seq and commits after a shorter one is still pulled', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let tookSeq!: () => void;
    const slowStarted = new Promise<void>((r) => (tookSeq = r));
    const slow = storage().transaction(async (tx) => {
      const seq = await tx.nextSeq();
      await tx.putRecord(record('slow', seq), AT);
      tookSeq();
      await gate;
      return seq;
    });
    await slowStarted;
    const fast = storage().transaction(async (tx) => {
      const seq = await tx.nextSeq();
      await tx.putRecord(record('fast', seq), AT);
      return seq;
    });

    // A device pulls while the slow transaction is still open, then again after everything committed.
    const pulled: string[] = [];
    let cursor = 0;
    // As pull does, concurrently: on PostgreSQL it runs while the slow transaction is still open.
    const pullPage = async () => {
      const rows = await storage().transaction((tx) => tx.changesAfter(cursor, 100), {
        concurrent: true,
      });
      for (const row of rows) {
        pulled.push(row.id);
        cursor = row.seq;
      }
    };
    await Promise.race([fast, delay(OVERTAKE_CHANCE_MS)]);
    const during = pullPage();
    release();
    const [slowSeq, fastSeq] = await Promise.all([slow, fast, during]);
    await pullPage();

    expect(slowSeq).toBeLessThan(fastSeq);
    expect([...pulled].sort()).toEqual(['fast', 'slow']);
  });
}
