/**
 * Reading the audit log, for admins only (the route checks the role): a
 * filtered page, newest first, from storage's listAudit. The cursor is the
 * last row's (at, id), opaque to the client. Reading the log is itself
 * audited.
 */
import type { AuditPage } from '../../domain/sync-protocol';
import type { AuditQuery } from '../../domain/sync-schemas';
import type { AuthContext, ServerDeps } from '../deps';
import { badRequest } from '../errors';
import type { AuditCursor } from '../storage/types';
import { writeAudit } from './audit';

const encodeCursor = (c: AuditCursor) =>
  Buffer.from(JSON.stringify([c.at, c.id]), 'utf8').toString('base64url');

function decodeCursor(text: string): AuditCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    )
      return { at: value[0], id: value[1] };
  } catch (_err) {
    // Falls through to the same answer as any other unreadable cursor.
  }
  throw badRequest('The page cursor is not readable. Start again from the first page.');
}

export async function readAudit(
  deps: ServerDeps,
  auth: AuthContext,
  query: AuditQuery,
): Promise<AuditPage> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  return deps.storage.transaction(async (tx) => {
    const rows = await tx.listAudit({
      userId: query.userId,
      action: query.action,
      table: query.table,
      recordId: query.recordId,
      from: query.from,
      to: query.to,
      after,
      limit: query.limit + 1,
      newestFirst: true,
    });
    const entries = rows.slice(0, query.limit);
    const last = entries.at(-1);
    await writeAudit(tx, deps.clock.now(), {
      userId: auth.user.id,
      deviceId: auth.deviceId,
      action: 'admin.audit.read',
    });
    return {
      entries,
      nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
    };
  });
}
