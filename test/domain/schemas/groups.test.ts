import { describe, expect, it } from 'vitest';
import {
  groupItemSchema,
  groupMeetingSchema,
  groupSchema,
  RAG_STATUSES,
} from '../../../src/domain/schemas/groups';
import { issuesOf, VALID } from '../fixtures';

describe('groupSchema', () => {
  it('accepts a location group, a theme group and a closed group', () => {
    expect(groupSchema.safeParse(VALID.groups()).success).toBe(true);
    const theme = {
      ...VALID.groups(),
      subjectType: 'theme',
      locationId: undefined,
      theme: 'Modern Slavery',
      title: 'Modern Slavery',
    };
    expect(groupSchema.safeParse(theme).success).toBe(true);
    const closed = {
      ...VALID.groups(),
      status: 'closed',
      closureOutcome: 'Gatherings stopped',
      closedAt: '2026-05-01T10:00:00Z',
    };
    expect(groupSchema.safeParse(closed).success).toBe(true);
  });

  it('names wrong fields in plain English', () => {
    const bad = {
      ...VALID.groups(),
      subjectType: 'vibe',
      title: '',
      leadAgencyId: '',
      triggerCallIds: ['c1'],
    };
    expect(issuesOf(groupSchema.safeParse(bad))).toEqual([
      'subjectType: Select what the group is about',
      'title: Enter title',
      'triggerCallIds.0: Call is not a valid id',
      'leadAgencyId: Select the lead agency',
    ]);
    expect(issuesOf(groupSchema.safeParse({ ...VALID.groups(), title: 't'.repeat(201) }))).toEqual([
      'title: Title must be 200 characters or fewer',
    ]);
  });
});

describe('groupItemSchema', () => {
  it('accepts every RAG status', () => {
    for (const rag of RAG_STATUSES)
      expect(groupItemSchema.safeParse({ ...VALID.groupItems(), rag }).success).toBe(true);
  });

  it('rejects an unknown RAG, an impossible date and a missing item', () => {
    const bad = { ...VALID.groupItems(), rag: 'purple', byDate: '2026-06-31', item: '' };
    expect(issuesOf(groupItemSchema.safeParse(bad))).toEqual([
      'item: Enter action plan item',
      'byDate: By when must be a real date',
      'rag: Select a RAG status',
    ]);
  });
});

describe('groupMeetingSchema', () => {
  it('accepts minutes and needs attendees and notes', () => {
    expect(groupMeetingSchema.safeParse(VALID.groupMeetings()).success).toBe(true);
    expect(
      issuesOf(
        groupMeetingSchema.safeParse({ ...VALID.groupMeetings(), attendees: '', notes: '' }),
      ),
    ).toEqual(['attendees: Enter attendees', 'notes: Enter minutes']);
  });
});
