import { describe, expect, it } from 'vitest';
import {
  closeGroup,
  compareItems,
  groupSubjectErrors,
  itemRag,
} from '../../../src/domain/rules/groups';
import type { Group, GroupItem } from '../../../src/domain/schemas/groups';

const item = (over: Partial<GroupItem> = {}): GroupItem => ({
  id: 'i1',
  groupId: 'g1',
  item: 'Fit a gate',
  leadAgencyId: 'sdc-csu',
  partnerAgencyIds: [],
  byDate: '2026-04-30',
  rag: 'green',
  ...over,
});

describe('action plan RAG', () => {
  it('shows the RAG set on the item up to and including its by-when date', () => {
    expect(itemRag(item({ rag: 'amber' }), '2026-04-30')).toEqual({ rag: 'amber', overdue: false });
  });

  it('shows red the day after its date when not done, without changing the stored RAG', () => {
    const i = item({ rag: 'green' });
    expect(itemRag(i, '2026-05-01')).toEqual({ rag: 'red', overdue: true });
    expect(i.rag).toBe('green');
  });

  it('a done item past its date keeps its RAG', () => {
    expect(itemRag(item({ done: true }), '2027-01-01')).toEqual({ rag: 'green', overdue: false });
  });

  it('orders open items reddest first, done last', () => {
    const items = [
      item({ id: 'done', done: true, rag: 'red' }),
      item({ id: 'green', rag: 'green' }),
      item({ id: 'late', byDate: '2026-03-01' }),
      item({ id: 'amber', rag: 'amber' }),
    ];
    expect(items.sort(compareItems('2026-04-01')).map((i) => i.id)).toEqual([
      'late',
      'amber',
      'green',
      'done',
    ]);
  });
});

describe('groups', () => {
  const group = { id: 'g1', status: 'open' } as Group;
  it('closes an open group with its outcome at the given time', () => {
    expect(
      closeGroup({ record: group, args: { outcome: 'Gate fitted' }, loaded: {}, by: 'u', at: 'T' }),
    ).toEqual({
      ok: true,
      patch: { status: 'closed', closureOutcome: 'Gate fitted', closedAt: 'T' },
    });
  });
  it('refuses to close a closed group', () => {
    const r = closeGroup({
      record: { ...group, status: 'closed' },
      args: { outcome: 'x' },
      loaded: {},
      by: 'u',
      at: 'T',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
  });
  it('needs the record or theme the subject names', () => {
    expect(groupSubjectErrors({ subjectType: 'location' })).toHaveProperty('locationId');
    expect(groupSubjectErrors({ subjectType: 'person' })).toHaveProperty('personId');
    expect(groupSubjectErrors({ subjectType: 'theme', theme: ' ' })).toHaveProperty('theme');
    expect(groupSubjectErrors({ subjectType: 'theme', theme: 'Modern Slavery' })).toEqual({});
  });
});
