/** PostgreSQL attachment store (bytea), as sqlite-attachments.ts. */
import type { PgQuery } from './pg-query';
import type { AttachmentStore } from './types';
import {
  ATTACHMENT_META_COLUMNS,
  toAttachmentMeta,
  type AttachmentSqlRow,
} from './attachment-rows';

export function pgAttachmentStore(q: PgQuery): AttachmentStore {
  return {
    async putAttachment(m, data) {
      const rows = await q(
        'attachment_put',
        `INSERT INTO attachments (${ATTACHMENT_META_COLUMNS}, data)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sha256) DO NOTHING RETURNING sha256`,
        [m.sha256, m.contentType, m.bytes, m.createdAt, m.createdBy, Buffer.from(data)],
      );
      return rows.length === 1;
    },
    async getAttachmentMeta(sha256) {
      const [row] = await q<AttachmentSqlRow>(
        'attachment_meta',
        `SELECT ${ATTACHMENT_META_COLUMNS} FROM attachments WHERE sha256 = $1`,
        [sha256],
      );
      return row && toAttachmentMeta(row);
    },
    async getAttachment(sha256) {
      const [row] = await q<AttachmentSqlRow & { data: Buffer }>(
        'attachment_get',
        `SELECT ${ATTACHMENT_META_COLUMNS}, data FROM attachments WHERE sha256 = $1`,
        [sha256],
      );
      return row && { meta: toAttachmentMeta(row), data: new Uint8Array(row.data) };
    },
  };
}
