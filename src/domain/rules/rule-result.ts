/**
 * The shape every pure command rule shares (src/domain/commands.ts): it gets
 * the record, its parsed arguments, the records the command declared it
 * needs, and who and when (the server's user and clock when applied for
 * real), and returns the fields to change or a coded refusal.
 */
import type { MutationErrorCode } from '../sync-protocol';

export interface RuleError {
  code: MutationErrorCode;
  message: string;
}
export type RuleResult<P> = { ok: true; patch: P } | { ok: false; error: RuleError };

export const fail = (
  code: MutationErrorCode,
  message: string,
): { ok: false; error: RuleError } => ({
  ok: false,
  error: { code, message },
});

export interface RuleInput<R, A, L> {
  record: R;
  args: A;
  loaded: L;
  by: string;
  at: string;
}
