import { describe, expect, it } from 'vitest';
import { callInputSchema } from '../../../src/domain/schemas/call-input';
import { validCallInput } from '../../factories/calls';
import { ID, issuesOf } from '../fixtures';

/** The one schema the "Log a call" form and the device repository both check a new call with. */
describe('callInputSchema', () => {
  it('accepts a new call with a new person and a new place', () => {
    expect(callInputSchema.safeParse(validCallInput()).success).toBe(true);
  });

  it('accepts a known person and a known place by id, with no name or address id needed', () => {
    const known = validCallInput({
      people: [{ personId: ID.person, role: 'victim' }],
      location: { locationId: ID.location },
    });
    expect(callInputSchema.safeParse(known).success).toBe(true);
  });

  it('asks for the name of a new person at their row', () => {
    const blank = validCallInput({ people: [{ name: '  ', role: 'subject' }] });
    expect(issuesOf(callInputSchema.safeParse(blank))).toEqual([
      'people.0.name: Enter the person’s name, or remove them',
    ]);
  });

  it('checks the call’s own fields with the stored call’s rules', () => {
    const bad = validCallInput({
      summary: ' ',
      categoryIds: [],
      location: { wardCode: 'nowhere' },
    });
    expect(issuesOf(callInputSchema.safeParse(bad))).toEqual([
      'location.wardCode: Select a ward',
      'categoryIds: Select at least one category',
      'summary: Enter summary',
    ]);
  });
});
