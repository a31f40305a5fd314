import { z } from 'zod';
import { baseRecord, uuid } from './common';

/**
 * A merge of two person (or location) records found to be the same
 * (domain.md "Person and location"): the merged record becomes a tombstone
 * (`mergedInto` the survivor) and every link to it that can change moves to
 * the survivor. Written by the server in the merge command's transaction,
 * with the links it moved, so an admin's undo puts exactly those back.
 */
export const MERGE_KINDS = ['person', 'location'] as const;
export type MergeKind = (typeof MERGE_KINDS)[number];

/** One moved link: the record, its field and, for a list of links, the position. */
export const movedLinkSchema = z.object({
  table: z.string().max(40),
  id: uuid('Linked record'),
  field: z.string().max(40),
  index: z.number().int().nonnegative().optional(),
});
export type MovedLink = z.infer<typeof movedLinkSchema>;

export const recordMergeSchema = baseRecord.extend({
  kind: z.enum(MERGE_KINDS),
  survivorId: uuid('Record kept'),
  mergedId: uuid('Record merged'),
  moved: z.array(movedLinkSchema).max(20_000),
  undoneAt: z.string().optional(),
  undoneBy: z.string().optional(),
});
export type RecordMerge = z.infer<typeof recordMergeSchema>;
