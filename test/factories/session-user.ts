/** A signed-in user as the server's session answer gives it; tests override what they need. */
import { uuidv7 } from '../../src/domain/ids';
import type { SessionUser } from '../../src/domain/sync-protocol';

export function sessionUser(over: Partial<SessionUser> = {}): SessionUser {
  return {
    id: uuidv7(),
    name: 'Pat Field',
    username: 'pat',
    agencyId: 'kent-police',
    roles: ['field'],
    wards: [],
    ...over,
  };
}
