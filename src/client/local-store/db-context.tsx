/**
 * The unlocked user's database, handed to screens through React context
 * (`useDb()`) rather than read from a module global: a screen can only be
 * drawn inside the provider the app mounts behind the unlock, so it can never
 * read or write a database that is not the signed-in user's, and screen tests
 * pass their own database the same way.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { CsuDb } from './db';

const DbContext = createContext<CsuDb | null>(null);

export function DbProvider({ db, children }: { db: CsuDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

/** The signed-in user's database. Throws outside the provider: that is a wiring mistake, not a user error. */
export function useDb(): CsuDb {
  const db = useContext(DbContext);
  if (!db)
    throw new Error(
      'useDb() is used outside <DbProvider>: screens with records sit behind the unlock.',
    );
  return db;
}
