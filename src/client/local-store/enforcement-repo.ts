/**
 * Enforcement records on the device (`enforcements`, `issuedLetters`,
 * `deliveryTasks`). Issuing writes, in one transaction: the record as a
 * draft, its letter exactly as previewed, a delivery task when it goes by
 * hand, the `enforcement.issue` command, and for an escalation the
 * `enforcement.escalate` command on the earlier record, so the outbox pushes
 * them in that order. The same new-record rule as the server runs first.
 */
import { uuidv7 } from '../../domain/ids';
import { SEED_POWERS, type PowerStepSeed } from '../../domain/reference/powers';
import type { DirectoryUser } from '../../domain/schemas/reference';
import { newEnforcementError } from '../../domain/rules/enforcement';
import type { LetterIncident } from '../../domain/rules/letters';
import {
  deliveryTaskSchema,
  enforcementSchema,
  issuedLetterSchema,
  type DeliveryTask,
  type Enforcement,
  type IssuedLetter,
} from '../../domain/schemas/enforcement';
import { commandTables, prepareCommandInTransaction } from './command-runner';
import type { CsuDb } from './db';
import { RuleViolation } from './errors';
import { activeOrSeed, userDirectory } from './queries';
import { createRecord, localStamp } from './record-writes';
import { parseOrThrow } from './validate';
import { withWrite } from './write';

export type PowerStep = PowerStepSeed & { active: boolean };
export interface LetterTemplateRow {
  id: string;
  stepId: string;
  name: string;
  body: string;
  active: boolean;
}

/** The powers ladder in order (the seed stands in before the first sync). */
export async function powerSteps(db: CsuDb): Promise<PowerStep[]> {
  const rows = await activeOrSeed<PowerStep>(db, 'powers', () =>
    SEED_POWERS.map((p) => ({ ...p, active: true })),
  );
  return rows.sort((a, b) => a.order - b.order);
}

export async function letterTemplates(db: CsuDb): Promise<LetterTemplateRow[]> {
  return activeOrSeed<LetterTemplateRow>(db, 'letterTemplates', () => []);
}

export async function listEnforcements(db: CsuDb): Promise<Enforcement[]> {
  const rows = (await db.recordTable('enforcements').toArray()) as Enforcement[];
  return rows.filter((r) => !r.archived).sort((a, b) => b.issuedDate.localeCompare(a.issuedDate));
}

export interface EnforcementBundle {
  record: Enforcement;
  letters: IssuedLetter[];
  deliveryTasks: DeliveryTask[];
}

export async function getEnforcementBundle(
  db: CsuDb,
  id: string,
): Promise<EnforcementBundle | undefined> {
  const record = (await db.recordTable('enforcements').get(id)) as Enforcement | undefined;
  if (!record) return undefined;
  const [letters, deliveryTasks] = await Promise.all([
    db.recordTable('issuedLetters').where('enforcementId').equals(id).toArray(),
    db.recordTable('deliveryTasks').where('enforcementId').equals(id).toArray(),
  ]);
  return {
    record,
    letters: letters as IssuedLetter[],
    deliveryTasks: deliveryTasks as DeliveryTask[],
  };
}

export async function listDeliveryTasks(db: CsuDb): Promise<DeliveryTask[]> {
  return (await db.recordTable('deliveryTasks').toArray()) as DeliveryTask[];
}

export type NewEnforcementInput = Omit<
  Enforcement,
  'id' | 'status' | 'reviewDates' | 'breaches' | 'issuedBy' | 'escalatedToId' | 'deliveredAt'
>;
export interface IssueInput {
  record: NewEnforcementInput;
  letter?: { templateId: string; body: string; incidents: LetterIncident[] };
  delivery?: Pick<
    DeliveryTask,
    'recipientName' | 'address' | 'wardCode' | 'assigneeUserId' | 'assigneeAgencyId' | 'dueDate'
  >;
}

const TABLES_TOUCHED = [
  'enforcements',
  'issuedLetters',
  'deliveryTasks',
  'powers',
  ...commandTables('enforcement.issue'),
  ...commandTables('enforcement.escalate'),
];

/** Issues a new enforcement record; returns its id. Nothing is written if any part is refused. */
export async function issueEnforcement(db: CsuDb, input: IssueInput): Promise<string> {
  const stamp = localStamp(db);
  const id = uuidv7();
  const record = parseOrThrow(enforcementSchema, {
    ...input.record,
    id,
    status: 'draft',
    reviewDates: [],
    breaches: [],
    createdAt: stamp.at,
    createdBy: stamp.by,
  });
  const letter =
    input.letter &&
    parseOrThrow(issuedLetterSchema, {
      id: uuidv7(),
      enforcementId: id,
      issuedDate: record.issuedDate,
      ...input.letter,
    });
  const task =
    input.delivery &&
    parseOrThrow(deliveryTaskSchema, {
      id: uuidv7(),
      enforcementId: id,
      status: 'open',
      ...input.delivery,
    });
  // The commands' arguments are checked now; they run inside the issue's own transaction.
  const issue = prepareCommandInTransaction('enforcement.issue', id, {});
  const escalate =
    record.escalatedFromId !== undefined
      ? prepareCommandInTransaction('enforcement.escalate', record.escalatedFromId, { toId: id })
      : undefined;
  await withWrite(db, TABLES_TOUCHED, async () => {
    const step = (await powerSteps(db)).find((p) => p.id === record.stepId);
    const from = record.escalatedFromId
      ? ((await db.recordTable('enforcements').get(record.escalatedFromId)) as
          Enforcement | undefined)
      : undefined;
    const error = newEnforcementError(record, step, from);
    if (error) throw new RuleViolation(error.code, error.message);
    await createRecord(db, 'enforcements', record, []);
    if (letter) await createRecord(db, 'issuedLetters', letter, [id]);
    if (task) await createRecord(db, 'deliveryTasks', task, [id]);
    await issue(db);
    if (escalate) await escalate(db);
  });
  return id;
}

/** The user directory (synced reference data): who a delivery can be assigned to, who issued. */
export async function directoryUsers(db: CsuDb): Promise<DirectoryUser[]> {
  return (await userDirectory(db)).filter((u) => u.active);
}
