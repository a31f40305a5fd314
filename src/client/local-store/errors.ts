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
/** What the app was doing: saving (a form shows the message) or opening the database at unlock. */
export type StorageAct = 'save' | 'open';

/** The one wording of each storage problem, by what the app was doing when it happened. */
const STORAGE_MESSAGES: Record<StorageAct, Record<StorageProblem, string>> = {
  save: {
    quota:
      'This phone is out of storage space, so nothing was saved. What you typed is still here: free some space (for example delete photos or unused apps), then try again.',
    connection:
      'Could not reach this device’s storage, so nothing was saved. What you typed is still here: close other tabs of this app, then try again.',
    unknown: 'Could not save on this device. What you typed is still here: try again.',
  },
  open: {
    quota:
      'This device has run out of storage space, so the app cannot open your records. ' +
      'Free up space on the device, then unlock again.',
    connection:
      'The app could not open its storage on this device. Close other tabs of this app, then unlock again.',
    unknown:
      'The app could not open its storage on this device. Reload the app, then unlock again. ' +
      'If it keeps happening, the browser may be blocking storage for this site (for example in private browsing).',
  },
};

/** IndexedDB failed: `message` says so in plain English for the person, by problem and act. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    readonly act: StorageAct = 'save',
    readonly cause?: unknown,
  ) {
    super(STORAGE_MESSAGES[act][problem]);
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
