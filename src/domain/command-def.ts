/**
 * The shape of one command registry entry (src/domain/commands.ts) and the
 * types that tie what an entry says it needs to what its rule may read.
 */
import type { z } from 'zod';
import type { Grant } from './access';
import type { RuleInput, RuleResult } from './rules/rule-result';
import type { TABLES, TableName } from './tables';

export type RecordOf<T extends TableName> = z.infer<(typeof TABLES)[T]['schema']>;
type ParentTableOf<T extends TableName> = (typeof TABLES)[T] extends {
  parent: { table: infer P };
}
  ? Extract<P, TableName>
  : never;
/** Tables whose parent is `T` (actions and resident updates for calls). */
export type ChildTableOf<T extends TableName> = {
  [K in TableName]: ParentTableOf<K> extends T
    ? [ParentTableOf<K>] extends [never]
      ? never
      : K
    : never;
}[TableName];

/** Reference tables (synced, admin-edited) a command may read a row of. */
export type ReferenceTable = {
  [K in TableName]: (typeof TABLES)[K]['scope'] extends 'reference' ? K : never;
}[TableName];

export interface Needs<T extends TableName> {
  children?: readonly ChildTableOf<T>[];
  parent?: boolean;
  /**
   * The reference row the record names in `field` (an enforcement record's
   * powers-ladder step), so a rule reads the admin's current limits rather
   * than hard-coded ones. Loaded as `reference` (the seed row when the table
   * holds none yet; undefined when the id is unknown or withdrawn).
   */
  reference?: { table: ReferenceTable; field: keyof RecordOf<T> & string };
}

/** What the runner hands the rule for the `needs` it declared. */
export type LoadedFor<T extends TableName, N extends Needs<T>> = {
  [K in NonNullable<N['children']>[number]]: RecordOf<K>[];
} & (N['parent'] extends true ? { parent: RecordOf<ParentTableOf<T>> } : unknown) &
  (N['reference'] extends { table: infer R extends TableName }
    ? { reference: RecordOf<R> | undefined }
    : unknown);

export interface CommandDef<T extends TableName, A extends z.ZodObject, N extends Needs<T>> {
  table: T;
  args: A;
  needs: N;
  grant: Grant;
  /** Arguments holding a date about the past, with the label used in the refusal. */
  pastDateArgs?: Partial<Record<keyof z.infer<A> & string, string>>;
  rule: (
    input: RuleInput<RecordOf<T>, z.infer<A>, LoadedFor<T, N>>,
  ) => RuleResult<Partial<RecordOf<T>>>;
  /**
   * Changes the command makes to other records, applied by the server only
   * and in the same transaction (a delivery marks its enforcement record
   * delivered). The device does not hold those records, so it never runs them.
   */
  effects?: (record: RecordOf<T>, patch: Partial<RecordOf<T>>) => readonly CommandEffect[];
  /**
   * New records the command adds beside its patch (a referral decision),
   * written by the server only, in the same transaction, with a server id
   * and stamp; devices that may read them receive them at the next pull.
   */
  /**
   * A server-only step that reads and writes other records in the same
   * transaction (a merge moves every link, whoever may read them). Named
   * here, implemented by the server (services/server-steps.ts): it may
   * refuse before anything is written.
   */
  serverStep?: ServerStepName;
  adds?: (
    record: RecordOf<T>,
    patch: Partial<RecordOf<T>>,
    args: z.infer<A>,
    at: string,
  ) => readonly CommandAddition[];
}

export type ServerStepName = 'mergeLinks' | 'undoMergeLinks';

/** A record a command adds on the server; `data` holds every field but the id and stamps. */
export interface CommandAddition {
  table: TableName;
  data: Record<string, unknown>;
}

/** A change to another record that a command makes on the server. */
export interface CommandEffect {
  table: TableName;
  id: string;
  patch: Record<string, unknown>;
}

export function command<T extends TableName, A extends z.ZodObject, const N extends Needs<T>>(
  def: CommandDef<T, A, N>,
): CommandDef<T, A, N> {
  return def;
}
