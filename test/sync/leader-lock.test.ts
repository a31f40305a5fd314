import { describe, expect, it } from 'vitest';
import { requestLeadership, syncLockName } from '../../src/client/sync/leader-lock';

/** A minimal Web Locks manager: one holder per name, others queue; an aborted waiter leaves the queue. */
function fakeLocks() {
  const queues = new Map<string, (() => void)[]>();
  const held = new Set<string>();
  const grant = (name: string) => {
    const next = queues.get(name)?.shift();
    if (next) next();
  };
  return {
    request(
      name: string,
      options: { signal?: AbortSignal },
      cb: () => Promise<void>,
    ): Promise<unknown> {
      return new Promise((resolve, reject) => {
        const run = () => {
          held.add(name);
          void cb().finally(() => {
            held.delete(name);
            resolve(undefined);
            grant(name);
          });
        };
        options.signal?.addEventListener('abort', () => {
          const q = queues.get(name) ?? [];
          const i = q.indexOf(run);
          if (i >= 0) {
            q.splice(i, 1);
            reject(new DOMException('aborted', 'AbortError'));
          }
        });
        if (held.has(name)) queues.set(name, [...(queues.get(name) ?? []), run]);
        else run();
      });
    },
  };
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe('requestLeadership', () => {
  it('lets one tab lead per user; the next takes over when it releases', async () => {
    const locks = fakeLocks();
    const first = requestLeadership('u1', locks);
    const second = requestLeadership('u1', locks);
    const otherUser = requestLeadership('u2', locks);
    expect(await settled(first.acquired)).toBe(true);
    expect(await settled(second.acquired)).toBe(false);
    expect(await settled(otherUser.acquired)).toBe(true);
    first.release();
    expect(await settled(second.acquired)).toBe(true);
  });

  it('a tab that gives up while waiting never leads; without Web Locks every tab leads', async () => {
    const locks = fakeLocks();
    const leader = requestLeadership('u1', locks);
    const quitter = requestLeadership('u1', locks);
    quitter.release();
    leader.release();
    expect(await settled(quitter.acquired)).toBe(false);
    expect(await settled(requestLeadership('u1', null).acquired)).toBe(true);
    expect(syncLockName('u1')).toBe('csu-sync-u1');
  });
});
