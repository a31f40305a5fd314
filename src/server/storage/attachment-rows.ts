/** The `attachments` row shape both stores read, and its facts as the services see them. */
import type { AttachmentMeta } from './types';

export interface AttachmentSqlRow {
  sha256: string;
  content_type: string;
  bytes: number;
  created_at: string;
  created_by: string;
}

export const ATTACHMENT_META_COLUMNS = 'sha256, content_type, bytes, created_at, created_by';

export function toAttachmentMeta(r: AttachmentSqlRow): AttachmentMeta {
  return {
    sha256: r.sha256,
    contentType: r.content_type,
    bytes: Number(r.bytes),
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}
