/**
 * Re-running work after every committed write to this app's IndexedDB (this
 * tab's repositories, a sync page, or another tab: Dexie's "storagemutated"
 * event). One run at a time; writes that land meanwhile cause exactly one
 * more run, so a burst of commits costs two runs, not one per commit.
 */
import { Dexie } from 'dexie';

export interface CommitWatch {
  /** Runs now (or once more after the run in progress). */
  runNow: () => void;
  stop: () => void;
}

export function watchCommits(work: () => Promise<void>): CommitWatch {
  let running = false;
  let again = false;
  let stopped = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await work();
      } while (again && !stopped);
    } finally {
      running = false;
    }
  };
  const onCommit = () => void run();
  Dexie.on('storagemutated', onCommit);
  return {
    runNow: onCommit,
    stop: () => {
      stopped = true;
      Dexie.on('storagemutated').unsubscribe(onCommit);
    },
  };
}
