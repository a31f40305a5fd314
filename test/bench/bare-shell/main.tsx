/**
 * The bench's bare React + Dexie shell (test/bench/bare-shell.ts): the least
 * an offline-first React app must do to show stored rows. It opens a Dexie
 * database, reads its rows and renders them as a list; a service worker
 * (public/sw.js) serves it with no network. Nothing of the app is imported.
 */
import { Dexie, type Table } from 'dexie';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface Item {
  id: string;
  title: string;
  detail: string;
  at: string;
}

class ShellDb extends Dexie {
  declare items: Table<Item, string>;
  constructor() {
    super('bare-shell');
    this.version(1).stores({ items: 'id, at' });
  }
}
const db = new ShellDb();

function App() {
  const [items, setItems] = useState<Item[] | null>(null);
  useEffect(() => {
    void db.items.orderBy('at').reverse().toArray().then(setItems);
  }, []);
  if (!items) return <p>Loading…</p>;
  return (
    <main>
      <h1>Items</h1>
      <ul id="bare-list">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.title}</a> <span>{item.detail}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}

/** Stores `count` rows (run online, before the cold start). */
async function seed(count: number): Promise<void> {
  await db.items.bulkPut(
    Array.from({ length: count }, (_v, i) => ({
      id: `item-${i}`,
      title: `Item ${i}`,
      detail: `Stored row ${i} of ${count}`,
      at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    })),
  );
}

(window as unknown as { bareShell: { seed: typeof seed } }).bareShell = { seed };
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');
createRoot(document.getElementById('root') as HTMLElement).render(<App />);
