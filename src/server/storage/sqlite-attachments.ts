/**
 * SQLite attachment store: photo bytes in `attachments`, keyed by their
 * SHA-256. Inserting a hash already there changes nothing (the bytes are
 * the same by construction), which makes a repeated upload harmless.
 */
import type Database from 'better-sqlite3';
import type { AttachmentStore } from './types';
import {
  ATTACHMENT_META_COLUMNS,
  toAttachmentMeta,
  type AttachmentSqlRow,
} from './attachment-rows';

export function sqliteAttachmentStore(db: Database.Database): AttachmentStore {
  const s = {
    put: db.prepare(`INSERT INTO attachments (${ATTACHMENT_META_COLUMNS}, data)
      VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING`),
    meta: db.prepare(`SELECT ${ATTACHMENT_META_COLUMNS} FROM attachments WHERE sha256 = ?`),
    get: db.prepare(`SELECT ${ATTACHMENT_META_COLUMNS}, data FROM attachments WHERE sha256 = ?`),
  };
  return {
    async putAttachment(m, data) {
      const result = s.put.run(
        m.sha256,
        m.contentType,
        m.bytes,
        m.createdAt,
        m.createdBy,
        Buffer.from(data.buffer, data.byteOffset, data.byteLength),
      );
      return result.changes === 1;
    },
    async getAttachmentMeta(sha256) {
      const row = s.meta.get(sha256) as AttachmentSqlRow | undefined;
      return row && toAttachmentMeta(row);
    },
    async getAttachment(sha256) {
      const row = s.get.get(sha256) as (AttachmentSqlRow & { data: Buffer }) | undefined;
      return row && { meta: toAttachmentMeta(row), data: new Uint8Array(row.data) };
    },
  };
}
