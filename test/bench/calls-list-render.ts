/**
 * The calls list page rendered in jsdom, in Node, without a test runner:
 * jsdom's window becomes the global scope BEFORE React is imported (React
 * DOM reads `window` and `document` when it loads), then the app's real
 * calls routes are mounted in a memory router at a filtered URL, and the
 * time is taken until the result rows are in the DOM.
 */
import type { Root } from 'react-dom/client';

/** jsdom ships no types and @types/jsdom is not a dependency: only its constructor is used here. */
interface JsdomModule {
  JSDOM: new (
    html: string,
    options: { url: string; pretendToBeVisual: boolean },
  ) => { window: Window };
}
const JSDOM_MODULE: string = 'jsdom';

let ready: Promise<void> | undefined;

/** Makes a jsdom window the global scope once per process. Node's own globals are kept. */
export function installDom(): Promise<void> {
  ready ??= (async () => {
    const { JSDOM } = (await import(JSDOM_MODULE)) as JsdomModule;
    const dom = new JSDOM('<!doctype html><html lang="en-GB"><body></body></html>', {
      url: 'http://localhost/',
      pretendToBeVisual: true,
    });
    const win = dom.window as unknown as Record<string, unknown>;
    const g = globalThis as unknown as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(win)) {
      if (key in g) continue;
      Object.defineProperty(g, key, { configurable: true, get: () => win[key] });
    }
    Object.defineProperty(g, 'window', { configurable: true, value: win });
    Object.defineProperty(g, 'document', { configurable: true, value: win.document });
    Object.defineProperty(g, 'navigator', { configurable: true, value: win.navigator });
  })();
  return ready;
}

const ROW_TIMEOUT_MS = 60_000;

/**
 * Mounts the calls routes at `path` and resolves with the milliseconds until
 * `expectedRows` result cards are in the DOM (or the "no calls match" status
 * when none are expected). Unmounts afterwards.
 */
export async function timeCallsListRender(path: string, expectedRows: number): Promise<number> {
  await installDom();
  const [{ createElement }, { createRoot }, router, { callsRoutes }] = await Promise.all([
    import('react'),
    import('react-dom/client'),
    import('react-router-dom'),
    import('../../src/client/features/calls/routes'),
  ]);
  const container = document.createElement('div');
  document.body.appendChild(container);
  const memory = router.createMemoryRouter([{ path: '/', children: callsRoutes }], {
    initialEntries: [path],
  });
  const done = () =>
    expectedRows === 0
      ? (container.textContent ?? '').includes('No calls match')
      : container.querySelectorAll('ul[aria-label="Calls"] > li').length >= expectedRows;

  let root: Root | undefined;
  const start = performance.now();
  const elapsed = await new Promise<number>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - start);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(
        new Error(`the calls list did not show ${expectedRows} rows within ${ROW_TIMEOUT_MS} ms`),
      );
    }, ROW_TIMEOUT_MS);
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    root = createRoot(container);
    root.render(createElement(router.RouterProvider, { router: memory }));
  });
  root?.unmount();
  memory.dispose();
  container.remove();
  return elapsed;
}
