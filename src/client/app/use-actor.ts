import { useMemo } from 'react';
import { canRunCommand, type RecordRelations } from '../../domain/access';
import { actorOf, type Actor } from '../../domain/roles';
import { useSession } from '../sync/session-store';

/**
 * The signed-in user as the domain's Actor, so screens can mirror the
 * server's access rules in what they offer. The server still decides.
 */
export function useActor(): Actor | null {
  const user = useSession((s) => s.user);
  return useMemo(() => {
    return user ? actorOf(user) : null;
  }, [user]);
}

export function mayRun(actor: Actor | null, command: string, rel?: RecordRelations): boolean {
  return actor !== null && canRunCommand(actor, command, rel);
}
