/**
 * Errors both stores throw in the same words, so a service or a test sees
 * one thing whichever store runs (SQLite or PostgreSQL).
 */
export class StorageClosedError extends Error {
  constructor() {
    super('Storage is closed');
    this.name = 'StorageClosedError';
  }
}
