import { describe, expect, it } from 'vitest';
import {
  actionSchema,
  callNoteSchema,
  callSchema,
  reporterSchema,
  residentUpdateSchema,
} from '../../../src/domain/schemas/calls';
import { ID, issuesOf, VALID, validCall } from '../fixtures';

describe('callSchema', () => {
  it('accepts a complete call', () => {
    expect(callSchema.safeParse(validCall()).success).toBe(true);
  });

  it('accepts a closed call with its closure and meeting dates', () => {
    const closed = {
      ...validCall(),
      status: 'closed',
      closure: {
        reason: 'Patrols stopped the gatherings',
        closedAt: '2026-03-20T10:00:00Z',
        closedBy: 'u1',
      },
      discussedOn: ['2026-03-05', '2026-03-12'],
      policeClosingCode: '361',
      reference: 'DT-2026-0042',
    };
    expect(callSchema.safeParse(closed).success).toBe(true);
  });

  it('requires the reporter’s name, contact and update method unless anonymous', () => {
    const call = { ...validCall(), reporter: { anonymous: false } };
    expect(issuesOf(callSchema.safeParse(call))).toEqual([
      'reporter.name: Enter the reporter’s name, or select anonymous',
      'reporter.contact: Enter a phone number, email or address for the reporter',
      'reporter.updateMethod: Select how the reporter wants to be updated',
    ]);
    const blankName = { ...validCall(), reporter: { ...validCall().reporter, name: '   ' } };
    expect(issuesOf(callSchema.safeParse(blankName))).toEqual([
      'reporter.name: Enter the reporter’s name, or select anonymous',
    ]);
  });

  it('accepts an anonymous reporter with no details', () => {
    expect(callSchema.safeParse({ ...validCall(), reporter: { anonymous: true } }).success).toBe(
      true,
    );
  });

  it('rejects an unknown update method with a plain message', () => {
    const r = reporterSchema.safeParse({ anonymous: true, updateMethod: 'pigeon' });
    expect(issuesOf(r)).toEqual(['updateMethod: Select how the reporter wants to be updated']);
  });

  it('rejects an over-long summary and reporter name with the limit', () => {
    const call = { ...validCall(), summary: 's'.repeat(4001) };
    expect(issuesOf(callSchema.safeParse(call))).toEqual([
      'summary: Summary must be 4,000 characters or fewer',
    ]);
    const longName = {
      ...validCall(),
      reporter: { ...validCall().reporter, name: 'n'.repeat(121) },
    };
    expect(issuesOf(callSchema.safeParse(longName))).toEqual([
      'reporter.name: Reporter name must be 120 characters or fewer',
    ]);
  });

  it('accepts HTML and control characters in the summary as typed', () => {
    const summary = '<img src=x onerror=alert(1)>\u0001 "quoted" & done';
    expect(callSchema.parse({ ...validCall(), summary }).summary).toBe(summary);
  });

  it('rejects an impossible incident date and received time', () => {
    const call = { ...validCall(), incidentDate: '2026-02-30', receivedAt: '2026-02-30T09:00:00Z' };
    expect(issuesOf(callSchema.safeParse(call))).toEqual([
      'receivedAt: Date and time received must be a real date and time',
      'incidentDate: Incident date must be a real date',
    ]);
  });

  it('names nested location fields', () => {
    const call = {
      ...validCall(),
      location: { locationId: 'x', address: '', wardCode: 'Hartley' },
    };
    expect(issuesOf(callSchema.safeParse(call))).toEqual([
      'location.locationId: Location is not a valid id',
      'location.address: Enter address or place',
      'location.wardCode: Select a ward',
    ]);
  });

  it('needs at least one category, a risk level and valid people and flags', () => {
    const call = {
      ...validCall(),
      categoryIds: [],
      riskLevel: 'extreme',
      people: [{ personId: ID.person, role: 'bystander' }],
      vulnerabilityFlags: ['unknown-flag'],
    };
    const issues = issuesOf(callSchema.safeParse(call));
    expect(issues).toContain('categoryIds: Select at least one category');
    expect(issues).toContain('riskLevel: Select a risk level');
    expect(issues).toContain('people.0.role: Select the person’s role');
    expect(issues.some((i) => i.startsWith('vulnerabilityFlags.0:'))).toBe(true);
  });

  it('limits people to 30', () => {
    const people = Array.from({ length: 31 }, () => ({ personId: ID.person, role: 'witness' }));
    expect(issuesOf(callSchema.safeParse({ ...validCall(), people }))).toEqual([
      'people: A call can list up to 30 people',
    ]);
  });

  it('rejects a closure without a reason and an unknown status', () => {
    const call = {
      ...validCall(),
      status: 'archived',
      closure: { reason: ' ', closedAt: 'x', closedBy: 'y' },
    };
    const issues = issuesOf(callSchema.safeParse(call));
    expect(issues).toContain('closure.reason: Enter reason for closing');
    expect(issues.some((i) => i.startsWith('status:'))).toBe(true);
  });
});

describe('actionSchema', () => {
  it('accepts an open action and a completed one', () => {
    expect(actionSchema.safeParse(VALID.actions()).success).toBe(true);
    const done = {
      ...VALID.actions(),
      status: 'done',
      outcome: 'Patrols done',
      completedAt: '2026-03-10T09:00:00Z',
      completedBy: 'u1',
    };
    expect(actionSchema.safeParse(done).success).toBe(true);
  });

  it('needs text, an agency, a real due date and its call', () => {
    const bad = {
      ...VALID.actions(),
      text: '',
      agencyId: '',
      dueDate: '2026-02-29',
      callId: undefined,
    };
    expect(issuesOf(actionSchema.safeParse(bad))).toEqual([
      'callId: Call is missing',
      'text: Enter action',
      'agencyId: Select the agency',
      'dueDate: Due date must be a real date',
    ]);
  });

  it('rejects over-long text and an unknown status', () => {
    const bad = { ...VALID.actions(), text: 'a'.repeat(1001), status: 'later' };
    const issues = issuesOf(actionSchema.safeParse(bad));
    expect(issues).toContain('text: Action must be 1,000 characters or fewer');
    expect(issues.some((i) => i.startsWith('status:'))).toBe(true);
  });
});

describe('callNoteSchema and residentUpdateSchema', () => {
  it('accept valid examples, including a correcting note', () => {
    expect(callNoteSchema.safeParse(VALID.callNotes()).success).toBe(true);
    expect(callNoteSchema.safeParse({ ...VALID.callNotes(), correctsId: ID.note }).success).toBe(
      true,
    );
    expect(residentUpdateSchema.safeParse(VALID.residentUpdates()).success).toBe(true);
  });

  it('reject a note with no text, an over-long note and a bad correction link', () => {
    expect(issuesOf(callNoteSchema.safeParse({ ...VALID.callNotes(), text: '' }))).toEqual([
      'text: Enter note',
    ]);
    expect(
      issuesOf(callNoteSchema.safeParse({ ...VALID.callNotes(), text: 'x'.repeat(4001) })),
    ).toEqual(['text: Note must be 4,000 characters or fewer']);
    expect(issuesOf(callNoteSchema.safeParse({ ...VALID.callNotes(), correctsId: 'n1' }))).toEqual([
      'correctsId: Corrected note is not a valid id',
    ]);
  });

  it('reject a resident update with no method, no summary or a bad time', () => {
    const bad = { ...VALID.residentUpdates(), method: 'fax', summary: '', at: '2026-03-05' };
    expect(issuesOf(residentUpdateSchema.safeParse(bad))).toEqual([
      'at: Date and time of the update must be a real date and time',
      'method: Select how the resident was updated',
      'summary: Enter what the resident was told',
    ]);
  });
});
