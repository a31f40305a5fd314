// Setup for the 'unit' Vitest project (Node environment).
// A fresh in-memory IndexedDB, so Dexie repositories run against the real schema.
import 'fake-indexeddb/auto';
