/**
 * Errors a repository raises to screens. Screens show `message` (plain
 * English) and keep what the user typed; `fields` maps a field path
 * (e.g. "reporter.name") to its message for the error summary.
 */
export class ValidationError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string>,
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

export type StorageProblem = 'quota' | 'connection' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** A workflow command refused by the same rules the server applies. */
export class RuleViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RuleViolation';
  }
}
