/**
 * Merging duplicate people and locations, and an admin's undo: the pure
 * parts both runners share. Where links to a person or a location live is
 * declared once here (MERGE_LINKS); the server moves them all in the merge
 * command's transaction, whoever asked and whatever they may read
 * (services/merge-links.ts). Append-only records (visits, dismissals) keep
 * the id they were written with and follow the tombstone (`mergedInto`),
 * as every repeat and chronology query does (local-store/merges.ts).
 */
import type { MergeKind, MovedLink, RecordMerge } from '../schemas/merges';
import type { TableName } from '../tables';
import { fail, type RuleInput, type RuleResult } from './rule-result';

/** A field holding a link: the id itself, an object's `key`, or each item's `key` in a list. */
export interface LinkField {
  table: TableName;
  field: string;
  key?: string;
  list?: boolean;
}

export const MERGE_LINKS: Record<MergeKind, readonly LinkField[]> = {
  person: [
    { table: 'calls', field: 'people', key: 'personId', list: true },
    { table: 'groups', field: 'personId' },
    { table: 'enforcements', field: 'personId' },
    { table: 'maracSubjectLinks', field: 'personId' },
  ],
  location: [
    { table: 'calls', field: 'location', key: 'locationId' },
    { table: 'groups', field: 'locationId' },
  ],
};

export const MERGE_TABLE: Record<MergeKind, 'people' | 'locations'> = {
  person: 'people',
  location: 'locations',
};

type Data = Record<string, unknown>;
const read = (v: unknown, key?: string): unknown =>
  key === undefined ? v : v && typeof v === 'object' ? (v as Data)[key] : undefined;
const write = (v: unknown, key: string | undefined, id: string): unknown =>
  key === undefined ? id : { ...(v as Data), [key]: id };

/**
 * Points `link` in one record from `fromId` to `toId`: the field's new value
 * (undefined when nothing there names `fromId`) and where it changed.
 */
export function relink(
  data: Data,
  link: LinkField,
  fromId: string,
  toId: string,
  recordId: string,
): { value: unknown; moved: MovedLink[] } | undefined {
  const current = data[link.field];
  if (link.list) {
    if (!Array.isArray(current)) return undefined;
    const moved: MovedLink[] = [];
    const value = current.map((item, index) => {
      if (read(item, link.key) !== fromId) return item;
      moved.push({ table: link.table, id: recordId, field: link.field, index });
      return write(item, link.key, toId);
    });
    return moved.length ? { value, moved } : undefined;
  }
  if (read(current, link.key) !== fromId) return undefined;
  return {
    value: write(current, link.key, toId),
    moved: [{ table: link.table, id: recordId, field: link.field }],
  };
}

/** Puts one moved link back to `mergedId`, if it still names the survivor; else undefined. */
export function unlink(
  data: Data,
  moved: MovedLink,
  kind: MergeKind,
  survivorId: string,
  mergedId: string,
): unknown {
  const link = MERGE_LINKS[kind].find((l) => l.table === moved.table && l.field === moved.field);
  if (!link) return undefined;
  const current = data[link.field];
  if (link.list) {
    if (!Array.isArray(current) || moved.index === undefined) return undefined;
    const item: unknown = current[moved.index];
    if (read(item, link.key) !== survivorId) return undefined;
    return current.map((it, i) => (i === moved.index ? write(it, link.key, mergedId) : it));
  }
  return read(current, link.key) === survivorId ? write(current, link.key, mergedId) : undefined;
}

/** `person.merge` / `location.merge`, run on the record merged away (the duplicate). */
export function mergeRecord({
  record,
  args,
}: RuleInput<{ id: string; mergedInto?: string }, { survivorId: string }, unknown>): RuleResult<{
  mergedInto: string;
}> {
  if (record.mergedInto)
    return fail('illegal_transition', 'This record has already been merged into another.');
  if (args.survivorId === record.id)
    return fail('invalid', 'Choose a different record: a record cannot be merged into itself.');
  return { ok: true, patch: { mergedInto: args.survivorId } };
}

/** `merge.undo`: an admin undoes a merge once. */
export function undoMerge({
  record,
  by,
  at,
}: RuleInput<RecordMerge, unknown, unknown>): RuleResult<Partial<RecordMerge>> {
  if (record.undoneAt) return fail('illegal_transition', 'This merge has already been undone.');
  return { ok: true, patch: { undoneAt: at, undoneBy: by } };
}
