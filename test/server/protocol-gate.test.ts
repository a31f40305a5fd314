import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/sync-protocol';
import { ApiError } from '../../src/server/errors';
import { checkVersion } from '../../src/server/middleware/protocol';

function verdict(version: number, oldest: number, newest: number) {
  try {
    checkVersion(version, oldest, newest);
    return 'ok';
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return `${e.status} ${e.code}`;
  }
}

/** The one version gate behind the protocol header and the push envelope's schemaVersion. */
describe('checkVersion', () => {
  it('accepts versions from oldest to newest', () => {
    expect(verdict(SCHEMA_VERSION - 1, SCHEMA_VERSION - 1, SCHEMA_VERSION)).toBe('ok');
    expect(verdict(SCHEMA_VERSION, SCHEMA_VERSION - 1, SCHEMA_VERSION)).toBe('ok');
  });

  it('asks an older app to update and a newer one to wait for the server', () => {
    expect(verdict(0, 1, 1)).toBe('426 upgrade_required');
    expect(verdict(2, 1, 1)).toBe('503 server_too_old');
  });
});
