/**
 * The enforcement screens' reads and writes, through the device store's
 * enforcement repository (never `db` in a screen). Reads are live.
 */
import { useMemo } from 'react';
import type { CommandArgs, CommandsFor } from '../../../domain/commands';
import { runCommand } from '../../local-store/command-runner';
import { useDb } from '../../local-store/db-context';
import {
  getEnforcementBundle,
  issueEnforcement,
  letterTemplates,
  listDeliveryTasks,
  listEnforcements,
  powerSteps,
  directoryUsers,
  type IssueInput,
} from '../../local-store/enforcement-repo';
import { useLiveData } from '../../local-store/use-live-data';

export function useEnforcementList() {
  const db = useDb();
  return useLiveData(async () => {
    const [records, steps, tasks] = await Promise.all([
      listEnforcements(db),
      powerSteps(db),
      listDeliveryTasks(db),
    ]);
    return { records, steps, tasks };
  }, [db]);
}

export function useEnforcementBundle(id: string) {
  const db = useDb();
  return useLiveData(async () => {
    const [bundle, steps] = await Promise.all([getEnforcementBundle(db, id), powerSteps(db)]);
    if (!bundle) return null;
    const calls = (await db.calls.bulkGet(bundle.record.linkedCallIds)).filter((c) => !!c);
    return { ...bundle, calls, steps };
  }, [db, id]);
}

/** What the issue form chooses from: the ladder, templates, users, recent calls, running records. */
export function useIssueChoices() {
  const db = useDb();
  return useLiveData(async () => {
    const [steps, templates, users, records, calls] = await Promise.all([
      powerSteps(db),
      letterTemplates(db),
      directoryUsers(db),
      listEnforcements(db),
      db.calls.orderBy('receivedAt').reverse().limit(40).toArray(),
    ]);
    return { steps, templates, users, records, calls };
  }, [db]);
}

export function useEnforcementWrites() {
  const db = useDb();
  return useMemo(
    () => ({
      issue: (input: IssueInput) => issueEnforcement(db, input),
      run: <N extends CommandsFor<'enforcements'>>(id: string, name: N, args: CommandArgs<N>) =>
        runCommand(db, name, id, args),
    }),
    [db],
  );
}
