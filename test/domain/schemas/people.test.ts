import { describe, expect, it } from 'vitest';
import { locationSchema, normaliseAddress, personSchema } from '../../../src/domain/schemas/people';
import { ID, issuesOf, VALID } from '../fixtures';

describe('personSchema', () => {
  it('accepts a minimal and a full person', () => {
    expect(personSchema.safeParse(VALID.people()).success).toBe(true);
    const full = {
      ...VALID.people(),
      aliases: ['Al'],
      dateOfBirth: '1988-02-29',
      address: '1 Example Road, Hartley',
      wardCode: 'E05005019',
      flags: ['vulnerable', 'repeat-victim'],
      mergedInto: ID.location,
    };
    expect(personSchema.safeParse(full).success).toBe(true);
  });

  it('needs a name and rejects over-long names, bad dates of birth and unknown flags', () => {
    expect(issuesOf(personSchema.safeParse({ ...VALID.people(), name: '' }))).toEqual([
      'name: Enter name',
    ]);
    expect(issuesOf(personSchema.safeParse({ ...VALID.people(), name: 'n'.repeat(121) }))).toEqual([
      'name: Name must be 120 characters or fewer',
    ]);
    expect(
      issuesOf(personSchema.safeParse({ ...VALID.people(), dateOfBirth: '1990-02-29' })),
    ).toEqual(['dateOfBirth: Date of birth must be a real date']);
    expect(personSchema.safeParse({ ...VALID.people(), flags: ['dangerous'] }).success).toBe(false);
    expect(issuesOf(personSchema.safeParse({ ...VALID.people(), mergedInto: 'p2' }))).toEqual([
      'mergedInto: Merged person is not a valid id',
    ]);
  });

  it('limits aliases to ten', () => {
    const aliases = Array.from({ length: 11 }, (_, i) => `Alias ${i}`);
    expect(personSchema.safeParse({ ...VALID.people(), aliases }).success).toBe(false);
  });
});

describe('locationSchema', () => {
  it('accepts a location with GPS', () => {
    expect(
      locationSchema.safeParse({ ...VALID.locations(), gps: { lat: 51.38, lng: 0.31 } }).success,
    ).toBe(true);
  });

  it('needs an address and a ward', () => {
    expect(
      issuesOf(
        locationSchema.safeParse({ ...VALID.locations(), address: ' ', wardCode: undefined }),
      ),
    ).toEqual(['address: Enter address or place', 'wardCode: Select a ward']);
  });
});

describe('normaliseAddress', () => {
  it('matches addresses that differ only in case, punctuation and spacing', () => {
    expect(normaliseAddress('  Caxton Close,  HARTLEY. ')).toBe('caxton close hartley');
    expect(normaliseAddress('caxton close hartley')).toBe(
      normaliseAddress('Caxton Close, Hartley'),
    );
  });
});
