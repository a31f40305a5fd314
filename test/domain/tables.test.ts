import { describe, expect, it } from 'vitest';
import {
  IMPORT_TABLES,
  isTableName,
  REFERENCE_TABLES,
  TABLE_NAMES,
  TABLES,
  tableSpec,
  type TableName,
} from '../../src/domain/tables';
import { SERVER_MANAGED_FIELDS } from '../../src/domain/schemas/common';
import { VALID } from './fixtures';

describe('TABLES registry', () => {
  it('gives every table a zod object schema that accepts a valid record', () => {
    for (const name of TABLE_NAMES) {
      const spec = tableSpec(name);
      expect(typeof spec.schema.safeParse, name).toBe('function');
      const r = spec.schema.safeParse(VALID[name]());
      expect(r.success, `${name}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
  });

  it('has a fixture for exactly the registered tables', () => {
    expect(Object.keys(VALID).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('lists every table after the tables its records point at, and imports all but users and view events', () => {
    const before = (a: TableName, b: TableName) => TABLE_NAMES.indexOf(a) < TABLE_NAMES.indexOf(b);
    for (const name of TABLE_NAMES) {
      const parent = tableSpec(name).parent?.table as TableName | undefined;
      if (parent) expect(before(parent, name), `${parent} before ${name}`).toBe(true);
    }
    expect(before('groups', 'visits')).toBe(true);
    expect(before('maracMeetings', 'maracReferrals')).toBe(true);
    expect(before('locations', 'calls') && before('people', 'calls')).toBe(true);
    expect(IMPORT_TABLES).toEqual(TABLE_NAMES.filter((t) => t !== 'users' && t !== 'viewEvents'));
  });

  it('names existing parents, and the parent field is in the child schema', () => {
    for (const name of TABLE_NAMES) {
      const parent = tableSpec(name).parent;
      if (!parent) continue;
      expect(isTableName(parent.table), `${name} → ${parent.table}`).toBe(true);
      expect(parent.table).not.toBe(name);
      expect(Object.keys(tableSpec(name).schema.shape)).toContain(parent.field);
      expect(tableSpec(parent.table as TableName).scope, `${name} shares its parent's scope`).toBe(
        tableSpec(name).scope,
      );
    }
  });

  it('has no cycles of parents', () => {
    for (const name of TABLE_NAMES) {
      const seen = new Set<string>([name]);
      let p = tableSpec(name).parent;
      while (p) {
        expect(seen.has(p.table)).toBe(false);
        seen.add(p.table);
        p = tableSpec(p.table as TableName).parent;
      }
    }
  });

  it('append-only tables have no workflow fields', () => {
    const appendOnly = TABLE_NAMES.filter((t) => tableSpec(t).appendOnly);
    expect(appendOnly.sort()).toEqual(
      [
        'callNotes',
        'groupDismissals',
        'groupMeetings',
        'issuedLetters',
        'maracDecisions',
        'residentUpdates',
        'viewEvents',
        'visits',
      ].sort(),
    );
    for (const t of appendOnly) expect(tableSpec(t).workflowFields).toEqual([]);
  });

  it('workflow fields exist in their schemas and are never server-managed base fields', () => {
    for (const name of TABLE_NAMES) {
      const keys = Object.keys(tableSpec(name).schema.shape);
      for (const f of tableSpec(name).workflowFields) {
        expect(keys, `${name}.${f}`).toContain(f);
        expect(SERVER_MANAGED_FIELDS as readonly string[]).not.toContain(f);
      }
    }
  });

  it('marks call status, closure and reference as workflow fields', () => {
    expect(TABLES.calls.workflowFields).toEqual(
      expect.arrayContaining(['status', 'closure', 'reference']),
    );
    expect(TABLES.calls.serverFields).toEqual(['reference']);
  });

  it('lists the reference tables', () => {
    expect([...REFERENCE_TABLES].sort()).toEqual(
      [
        'agencies',
        'categories',
        'closingCodes',
        'letterTemplates',
        'powers',
        'thresholds',
        'users',
        'wards',
      ].sort(),
    );
  });

  it('recognises table names without being fooled by prototype keys', () => {
    expect(isTableName('calls')).toBe(true);
    expect(isTableName('toString')).toBe(false);
    expect(isTableName('__proto__')).toBe(false);
    expect(isTableName('audit')).toBe(false);
  });
});
