/** What applying one mutation produced, before it is shaped into a wire result. */
import type { FieldConflict, MutationErrorCode } from '../../domain/sync-protocol';
import type { StoredRecord } from '../storage/types';

export type Outcome =
  | { status: 'applied'; seq: number | null; record: StoredRecord | null }
  | { status: 'conflict'; seq: number; record: StoredRecord; conflicts: FieldConflict[] }
  | {
      status: 'rejected';
      code: MutationErrorCode;
      message: string;
      fields?: Record<string, string>;
      /**
       * Whether to remember the rejection under the mutationId. Rejections
       * that a later push can cure (the parent or record not there yet) are
       * not stored, so the same mutation can be sent again.
       */
      store: boolean;
    };

export function rejected(
  code: MutationErrorCode,
  message: string,
  fields?: Record<string, string>,
): Outcome {
  const transient = code === 'parent_missing' || code === 'not_found';
  return { status: 'rejected', code, message, ...(fields ? { fields } : {}), store: !transient };
}
