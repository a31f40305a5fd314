/**
 * Server-only command steps that read and write other records in the
 * command's transaction (command-def.ts `serverStep`): a merge moves every
 * link to the survivor, in every table, whoever asked and whatever they may
 * read, and records the links it moved; an admin's undo puts exactly those
 * back and restores the merged record. Where links live is declared once,
 * in domain/rules/merges.ts.
 */
import type { ServerStepName } from '../../domain/command-def';
import { MERGE_LINKS, MERGE_TABLE, relink, unlink } from '../../domain/rules/merges';
import type { MergeKind, MovedLink, RecordMerge } from '../../domain/schemas/merges';
import { uuidv7 } from '../../domain/ids';
import type { StoredRecord } from '../storage/types';
import { rejected, type Outcome } from './push-outcome';
import type { PushContext } from './push-write';
import { keysReadable, writeNewRecord, writeRecordChange } from './records';

export interface ServerStep {
  /** A refusal before anything is written, or null to go ahead. */
  check: (
    ctx: PushContext,
    record: StoredRecord,
    args: Record<string, unknown>,
  ) => Promise<Outcome | null>;
  apply: (ctx: PushContext, record: StoredRecord, args: Record<string, unknown>) => Promise<void>;
}

const kindOf = (record: StoredRecord): MergeKind =>
  record.table === 'people' ? 'person' : 'location';
const stampOf = (ctx: PushContext) => ({ by: ctx.actor.userId, now: ctx.now });

const mergeLinks: ServerStep = {
  async check(ctx, record, args) {
    const survivor = await ctx.tx.getRecord(record.table, String(args.survivorId));
    if (!survivor || survivor.deleted || !keysReadable(ctx.actor, survivor.keys))
      return rejected('not_found', 'The record to keep is not on the server yet.');
    if (survivor.data.mergedInto)
      return rejected(
        'illegal_transition',
        'The record to keep has itself been merged: choose the record it was merged into.',
      );
    return null;
  },
  async apply(ctx, record, args) {
    const kind = kindOf(record);
    const survivorId = String(args.survivorId);
    const moved: MovedLink[] = [];
    for (const link of MERGE_LINKS[kind]) {
      for (const linked of await ctx.tx.listRecords(link.table)) {
        if (linked.deleted) continue;
        const change = relink(linked.data, link, record.id, survivorId, linked.id);
        if (!change) continue;
        await writeRecordChange(ctx.tx, linked, { [link.field]: change.value }, stampOf(ctx));
        moved.push(...change.moved);
      }
    }
    const merge: Omit<RecordMerge, 'id'> = { kind, survivorId, mergedId: record.id, moved };
    await writeNewRecord(ctx.tx, {
      table: 'recordMerges',
      id: uuidv7(ctx.now.getTime()),
      data: merge,
      by: ctx.actor,
      now: ctx.now,
    });
  },
};

const undoMergeLinks: ServerStep = {
  async check(ctx, record) {
    const merge = record.data as RecordMerge;
    const merged = await ctx.tx.getRecord(MERGE_TABLE[merge.kind], merge.mergedId);
    if (!merged || merged.deleted || merged.data.mergedInto !== merge.survivorId)
      return rejected(
        'illegal_transition',
        'The merged record has changed since the merge, so it cannot be undone here.',
      );
    return null;
  },
  async apply(ctx, record) {
    const merge = record.data as RecordMerge;
    const merged = await ctx.tx.getRecord(MERGE_TABLE[merge.kind], merge.mergedId);
    if (merged) await writeRecordChange(ctx.tx, merged, { mergedInto: undefined }, stampOf(ctx));
    for (const link of merge.moved) {
      const linked = await ctx.tx.getRecord(link.table as StoredRecord['table'], link.id);
      if (!linked || linked.deleted) continue;
      // A link since pointed elsewhere (or removed) stays as it is now.
      const value = unlink(linked.data, link, merge.kind, merge.survivorId, merge.mergedId);
      if (value !== undefined)
        await writeRecordChange(ctx.tx, linked, { [link.field]: value }, stampOf(ctx));
    }
  },
};

export const SERVER_STEPS: Record<ServerStepName, ServerStep> = { mergeLinks, undoMergeLinks };
