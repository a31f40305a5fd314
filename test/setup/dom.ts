// Setup for the 'dom' Vitest project (jsdom environment).
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Live queries over fake-indexeddb, PBKDF2 and rounds against the in-process server answer in
// hundreds of milliseconds under jsdom on a busy 2-core machine; the default 1 s wait makes
// screen tests flaky.
configure({ asyncUtilTimeout: 15_000 });

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
