/**
 * Form drafts in the user's `drafts` table, keyed by form id (for example
 * "log-call" or "call-note:<callId>"), so a half-filled form survives a killed
 * tab. Drafts never sync and have no outbox rows.
 */
import type { CsuDb } from './db';
import { guardStorage } from './write';

export async function saveDraft(db: CsuDb, formId: string, value: unknown): Promise<void> {
  await guardStorage(db, () => db.drafts.put({ formId, value, savedAt: new Date().toISOString() }));
}

export async function loadDraft<T>(db: CsuDb, formId: string): Promise<T | undefined> {
  const row = await db.drafts.get(formId);
  return row?.value as T | undefined;
}

export async function clearDraft(db: CsuDb, formId: string): Promise<void> {
  await guardStorage(db, () => db.drafts.delete(formId));
}

/** Drafts whose form id starts with `prefix` (the unfinished visits on "My day"), oldest first. */
export async function listDrafts(
  db: CsuDb,
  prefix: string,
): Promise<{ formId: string; value: unknown; savedAt: string }[]> {
  const rows = await db.drafts.where('formId').startsWith(prefix).toArray();
  return rows.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}
