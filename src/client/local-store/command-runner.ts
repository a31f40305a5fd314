/**
 * The one device runner for every entry in the command registry
 * (src/domain/commands.ts): it parses the command, loads the record and what
 * the entry `needs` in the same transaction, runs the rule the server also
 * runs, applies the patch optimistically and queues the command. A refused
 * command writes nothing. The server checks the entry's grant; screens
 * mirror it with `canRunCommand`.
 */
import { Dexie } from 'dexie';
import {
  commandSpec,
  isCommandName,
  parseCommand,
  runCommandRule,
  type AnyCommand,
  type CommandArgs,
  type CommandName,
  type LoadedRecords,
} from '../../domain/commands';
import { referenceRow } from '../../domain/reference/seed';
import { TABLES, type TableName } from '../../domain/tables';
import type { CsuDb } from './db';
import { RuleViolation } from './errors';
import { commandRecord, localStamp } from './record-writes';
import { issuesToFields, throwIfAny } from './validate';
import { withWrite } from './write';

const parentOf = (table: TableName) =>
  (TABLES[table] as { parent?: { table: TableName; field: string } }).parent;

function tablesTouched(spec: AnyCommand): TableName[] {
  const parent = parentOf(spec.table);
  return [
    ...new Set<TableName>([
      spec.table,
      ...(parent ? [parent.table] : []),
      ...(spec.needs.children ?? []),
      ...(spec.needs.reference ? [spec.needs.reference.table] : []),
    ]),
  ];
}

async function loadNeeds(
  db: CsuDb,
  spec: AnyCommand,
  record: Record<string, unknown> & { id: string },
): Promise<LoadedRecords> {
  const loaded: LoadedRecords = {};
  for (const child of spec.needs.children ?? []) {
    const field = parentOf(child)?.field ?? '';
    loaded[child] = await db.recordTable(child).where(field).equals(record.id).toArray();
  }
  const parent = parentOf(spec.table);
  if (spec.needs.parent && parent) {
    const row = await db.recordTable(parent.table).get(String(record[parent.field]));
    if (!row)
      throw new RuleViolation('not_found', 'The record this belongs to is not on this device.');
    loaded.parent = row;
  }
  const ref = spec.needs.reference;
  if (ref) {
    const id = String(record[ref.field]);
    loaded.reference = referenceRow(ref.table, id, await db.recordTable(ref.table).get(id));
  }
  return loaded;
}

type ParsedOk = Extract<ReturnType<typeof parseCommand>, { ok: true }>;

/** Parses a command's arguments on the device, throwing what a screen shows at its fields. */
function parseOnDevice(name: CommandName, args: unknown): ParsedOk {
  if (!isCommandName(name))
    throw new RuleViolation('unknown_command', 'This command is not known.');
  const command = parseCommand(name, commandSpec(name).table, args, new Date());
  if (!command.ok) {
    throwIfAny(command.issues ? issuesToFields(command.issues.issues) : (command.fields ?? {}));
    throw new RuleViolation(command.code, command.message);
  }
  return command;
}

async function applyCommand(db: CsuDb, command: ParsedOk, recordId: string): Promise<void> {
  const { spec } = command;
  const record = await db.recordTable(spec.table).get(recordId);
  if (!record) throw new RuleViolation('not_found', 'This record is not on this device.');
  const loaded = await loadNeeds(db, spec, record);
  const stamp = localStamp(db);
  const result = runCommandRule(command.name, {
    record,
    args: command.args,
    loaded,
    by: stamp.by,
    at: stamp.at,
  });
  if (!result.ok) throw new RuleViolation(result.error.code, result.error.message);
  const parent = parentOf(spec.table);
  await commandRecord(
    db,
    spec.table,
    record,
    result.patch,
    { name: command.name, args: command.args },
    parent ? [String(record[parent.field])] : [],
  );
}

/** The record tables command `name` reads and writes: a caller's transaction must cover them. */
export function commandTables(name: CommandName): TableName[] {
  return tablesTouched(commandSpec(name));
}

/**
 * Runs command `name` on record `recordId`. Bad arguments throw a
 * ValidationError keyed by argument; a refusal by the rule, or a record not
 * on this device, throws a RuleViolation with the rule's code.
 */
export async function runCommand<N extends CommandName>(
  db: CsuDb,
  name: N,
  recordId: string,
  args: CommandArgs<N>,
): Promise<void> {
  const command = parseOnDevice(name, args);
  await withWrite(db, tablesTouched(command.spec), () => applyCommand(db, command, recordId));
}

/**
 * Runs a command inside the caller's open write transaction (from `withWrite`
 * over at least `commandTables(name)`), so a save that also runs a command is
 * one transaction: a nested Dexie transaction can lose its zone in Chromium
 * and commit on its own. Arguments are checked before anything is written.
 */
export function prepareCommandInTransaction<N extends CommandName>(
  name: N,
  recordId: string,
  args: CommandArgs<N>,
): (db: CsuDb) => Promise<void> {
  const command = parseOnDevice(name, args);
  return async (db) => {
    const tx = Dexie.currentTransaction;
    if (!tx || tx.mode !== 'readwrite')
      throw new Error('prepareCommandInTransaction must run inside withWrite.');
    await applyCommand(db, command, recordId);
  };
}
