/**
 * The powers ladder as the administrator edits it (synced reference table
 * `powers`, domain.md: the law changes, so steps, durations and review
 * intervals are data). A change is a patch of the step's row queued for the
 * server, which accepts it from an admin only; every rule and screen reads
 * the row, so an edited interval applies to every record at once.
 */
import { powerStepSchema } from '../../domain/schemas/reference';
import type { CsuDb } from './db';
import type { PowerStep } from './enforcement-repo';
import { RuleViolation } from './errors';
import { assertPatchable, changedFields, patchRecord } from './record-writes';
import { throwIfAny, type FieldErrors } from './validate';
import { withWrite } from './write';

/** Every step stored on this device, withdrawn ones included, in ladder order. */
export async function ladderForAdmin(db: CsuDb): Promise<PowerStep[]> {
  const rows = (await db.recordTable('powers').toArray()) as unknown as PowerStep[];
  return rows.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

export type PowerStepChange = Pick<
  PowerStep,
  'name' | 'defaultDurationMonths' | 'reviewEveryDays' | 'appealWindowDays' | 'maxTotalMonths'
> & { active: boolean };

/** The limits a step's timing may take: whole numbers, months up to 10 years, days up to a year. */
export const STEP_LIMITS = {
  defaultDurationMonths: { label: 'Usual length', max: 120, unit: 'months' },
  maxTotalMonths: { label: 'Longest in total', max: 120, unit: 'months' },
  reviewEveryDays: { label: 'Review every', max: 365, unit: 'days' },
  appealWindowDays: { label: 'Appeal window', max: 365, unit: 'days' },
} as const;

function check(change: PowerStepChange): FieldErrors {
  const fields: FieldErrors = {};
  if (!change.name.trim()) fields.name = 'Enter the name of the step';
  else if (change.name.trim().length > 120) fields.name = 'Use 120 characters or fewer';
  for (const [key, limit] of Object.entries(STEP_LIMITS)) {
    const value = change[key as keyof typeof STEP_LIMITS];
    if (value !== undefined && !(Number.isInteger(value) && value >= 1 && value <= limit.max))
      fields[key] =
        `${limit.label} must be a whole number of ${limit.unit} from 1 to ${limit.max}, or left empty`;
  }
  const { defaultDurationMonths: usual, maxTotalMonths: longest } = change;
  if (!fields.maxTotalMonths && usual !== undefined && longest !== undefined && longest < usual)
    fields.maxTotalMonths = 'Longest in total must be at least the usual length';
  return fields;
}

/** Saves the administrator's change to one step; nothing is written when nothing changed. */
export async function updatePowerStep(
  db: CsuDb,
  id: string,
  change: PowerStepChange,
): Promise<void> {
  throwIfAny(check(change));
  const changes: Record<string, unknown> = { ...change, name: change.name.trim() };
  assertPatchable('powers', Object.keys(changes));
  await withWrite(db, ['powers'], async () => {
    const current = await db.recordTable('powers').get(id);
    if (!current) throw new RuleViolation('not_found', 'This step is not on this device.');
    const next: Record<string, unknown> & { id: string } = { ...current, ...changes };
    for (const [k, v] of Object.entries(changes)) if (v === undefined) delete next[k];
    powerStepSchema.parse(next);
    const changed = changedFields(current, changes);
    if (changed.length > 0) await patchRecord(db, 'powers', current, next, changed, []);
  });
}
