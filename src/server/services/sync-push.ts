/**
 * POST /api/sync/push, after the route has read the body: the envelope
 * checks (schema version, which user the clientId belongs to) and then each
 * mutation, in array order. The batch is one transaction (one place in
 * the storage queue, one commit), so 200 devices pushing at once do not
 * interleave mutation by mutation; each mutation has its own savepoint, so
 * a rejected one never undoes or blocks the rest. A killed process commits
 * none of the batch, and the device's retry applies it whole.
 */
import { SCHEMA_VERSION, type PushResponse } from '../../domain/sync-protocol';
import { pushRequestSchema } from '../../domain/sync-schemas';
import type { AuthContext, ServerDeps } from '../deps';
import { ApiError, badRequest } from '../errors';
import { checkVersion } from '../middleware/protocol';
import { applyMutation } from './push-mutation';

export async function bindClient(
  deps: ServerDeps,
  auth: AuthContext,
  clientId: string,
): Promise<void> {
  const now = deps.clock.now().toISOString();
  const mismatch = await deps.storage.transaction(async (tx) => {
    const binding = await tx.getClientBinding(clientId);
    if (!binding) {
      await tx.bindClient({
        clientId,
        userId: auth.user.id,
        deviceId: auth.deviceId,
        boundAt: now,
      });
      return false;
    }
    return binding.userId !== auth.user.id;
  });
  if (mismatch)
    throw new ApiError(
      403,
      'client_user_mismatch',
      'This device database belongs to another user. Sign out and sign in as that user.',
    );
}

export async function push(
  deps: ServerDeps,
  auth: AuthContext,
  body: unknown,
): Promise<PushResponse> {
  const envelope = pushRequestSchema.safeParse(body);
  if (!envelope.success) throw badRequest('The push request is not readable.');
  const { clientId, schemaVersion, mutations } = envelope.data;
  // One version back is accepted: mutations queued before an app update still push.
  checkVersion(schemaVersion, SCHEMA_VERSION - 1, SCHEMA_VERSION);
  await bindClient(deps, auth, clientId);
  const results = await deps.storage.transaction(async (tx) => {
    const out = [];
    for (const raw of mutations) out.push(await applyMutation(tx, deps, auth, clientId, raw));
    return out;
  });
  return { results };
}
