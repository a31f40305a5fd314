import { describe, expect, it } from 'vitest';
import { updateLocation, updatePerson } from '../../../src/domain/rules/record-edits';
import type { Person } from '../../../src/domain/schemas/people';

const AT = '2026-03-20T10:00:00.000Z';
const person: Person = {
  id: '01900000-0000-7000-8000-000000000001',
  name: 'Callum Reeves',
  aliases: ['Cal'],
  dateOfBirth: '2006-03-14',
  address: 'Caxton Close, Hartley',
  wardCode: 'E05005019',
  flags: ['repeat-subject'],
};
const edit = (args: Record<string, unknown>, record: Person = person) =>
  updatePerson({ record, args: { ...person, ...args }, loaded: {}, by: 'u-chair', at: AT });

describe('person.update', () => {
  it('changes only the fields that differ and records each from and to', () => {
    const result = edit({ name: 'Callum Reeve', flags: ['repeat-subject', 'vulnerable'] });
    expect(result).toEqual({
      ok: true,
      patch: {
        name: 'Callum Reeve',
        flags: ['repeat-subject', 'vulnerable'],
        history: [
          {
            at: AT,
            by: 'u-chair',
            changes: [
              { field: 'name', from: 'Callum Reeves', to: 'Callum Reeve' },
              { field: 'flags', from: ['repeat-subject'], to: ['repeat-subject', 'vulnerable'] },
            ],
          },
        ],
      },
    });
  });

  it('a cleared field is removed and has no "to"; a new one has no "from"', () => {
    const result = edit({ dateOfBirth: undefined, aliases: ['Cal', ' Cally ', 'Cal', ''] });
    expect(result.ok && result.patch).toMatchObject({
      dateOfBirth: undefined,
      aliases: ['Cal', 'Cally'],
      history: [
        {
          changes: [
            { field: 'aliases', from: ['Cal'], to: ['Cal', 'Cally'] },
            { field: 'dateOfBirth', from: '2006-03-14' },
          ],
        },
      ],
    });
    const added = edit({}, { ...person, address: undefined });
    expect(added.ok && added.patch.history?.[0]?.changes).toEqual([
      { field: 'address', to: 'Caxton Close, Hartley' },
    ]);
  });

  it('appends to the history already there, oldest first', () => {
    const first = edit({ name: 'A' });
    if (!first.ok) throw new Error('refused');
    const second = edit({ name: 'B' }, { ...person, ...first.patch } as Person);
    expect(second.ok && second.patch.history?.map((h) => h.changes[0]?.to)).toEqual(['A', 'B']);
  });

  it('refuses an edit that changes nothing, and any edit of a merged-away record', () => {
    expect(edit({ name: 'Callum Reeves  ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(
      edit({ name: 'X' }, { ...person, mergedInto: '01900000-0000-7000-8000-000000000002' }),
    ).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
  });
});

describe('location.update', () => {
  it('records a new address and ward', () => {
    const record = {
      id: '01900000-0000-7000-8000-000000000003',
      address: 'Caxton Cl',
      wardCode: 'E05005019',
    };
    const result = updateLocation({
      record,
      args: { address: '4 Caxton Close, Hartley', wardCode: 'E05005019' },
      loaded: {},
      by: 'u-asb',
      at: AT,
    });
    expect(result.ok && result.patch).toEqual({
      address: '4 Caxton Close, Hartley',
      history: [
        {
          at: AT,
          by: 'u-asb',
          changes: [{ field: 'address', from: 'Caxton Cl', to: '4 Caxton Close, Hartley' }],
        },
      ],
    });
  });
});
