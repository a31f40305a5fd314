/**
 * The visits screens' reads and writes, each one local-store call on the
 * signed-in user's database (`useDb()`): screens never hold `db`.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Actor } from '../../../domain/roles';
import { useDb } from '../../local-store/db-context';
import { clearDraft } from '../../local-store/drafts';
import {
  markMyDaySeen,
  readMyDay,
  visitLinkOptions,
  type MyDay,
  type VisitLinkOptions,
} from '../../local-store/my-day-queries';
import type { LocalVisit } from '../../local-store/types';
import { useLiveData } from '../../local-store/use-live-data';
import { logVisit, visitWithAmendments, type LogVisitInput } from '../../local-store/visits-repo';

/** "My day": `since` is when I last looked, read once per visit to the screen. */
export function useMyDay(actor: Actor | null): { day: MyDay; since: string } | undefined {
  const db = useDb();
  const [since, setSince] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    markMyDaySeen(db)
      .then((s) => live && setSince(s))
      .catch(() => live && setSince(''));
    return () => {
      live = false;
    };
  }, [db]);
  const key = actor ? JSON.stringify([actor.userId, actor.agencyId, actor.wards]) : '';
  const day = useLiveData(
    async () => (actor && since !== undefined ? readMyDay(db, actor, since) : undefined),
    [db, key, since],
  );
  return day && since !== undefined ? { day, since } : undefined;
}

/** What a visit may link to; the last answer stays while a changed ward is read again, so the form never blinks away. */
export function useVisitLinks(
  actor: Actor | null,
  wardCode: string,
  callId: string,
): VisitLinkOptions | undefined {
  const db = useDb();
  const key = actor ? JSON.stringify([actor.userId, actor.agencyId, actor.wards]) : '';
  const links = useLiveData(
    async () => (actor ? visitLinkOptions(db, actor, wardCode, callId) : undefined),
    [db, key, wardCode, callId],
  );
  const [last, setLast] = useState<VisitLinkOptions | undefined>(undefined);
  // Adjusting state while rendering (React's pattern for "remember the previous value").
  if (links && links !== last) setLast(links);
  return links ?? last;
}

/** A visit with its amendments; null when it is not on this device. */
export function useVisit(
  visitId: string,
): { original: LocalVisit; amendments: LocalVisit[] } | null | undefined {
  const db = useDb();
  return useLiveData(async () => (await visitWithAmendments(db, visitId)) ?? null, [db, visitId]);
}

export function useVisitWrites() {
  const db = useDb();
  return useMemo(
    () => ({
      logVisit: (input: LogVisitInput): Promise<string> => logVisit(db, input),
      discardDraft: (formId: string): Promise<void> => clearDraft(db, formId),
    }),
    [db],
  );
}
