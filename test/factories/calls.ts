/**
 * "A valid call" for every suite: the input the "Log a call" form submits
 * and the device repository takes, and the record a device sends in a
 * create mutation. Tests change one field at a time.
 */
import { uuidv7 } from '../../src/domain/ids';
import type { CallInput } from '../../src/domain/schemas/call-input';

/** Hartley and Hodsoll Street, a seeded ward. */
export const CALL_WARD = 'E05005019';

export type CallInputOverrides = Partial<Omit<CallInput, 'reporter' | 'location'>> & {
  reporter?: Partial<CallInput['reporter']>;
  location?: Partial<CallInput['location']>;
};

export function validCallInput(overrides: CallInputOverrides = {}): CallInput {
  const { reporter, location, ...rest } = overrides;
  return {
    receivedAt: '2026-03-04T09:15:00.000Z',
    incidentDate: '2026-03-03',
    sourceAgencyId: 'kent-police',
    reporter: {
      anonymous: false,
      name: 'Jane Example',
      contact: '01732 000000',
      updateMethod: 'phone',
      ...reporter,
    },
    location: { address: '12 Caxton Close, Hartley', wardCode: CALL_WARD, ...location },
    people: [{ name: 'Alex Sample', role: 'subject' }],
    categoryIds: ['rowdy'],
    riskLevel: 'standard',
    vulnerabilityFlags: [],
    summary: 'Group gathering by the garages most evenings, shouting and kicking a ball at cars.',
    ...rest,
  };
}

/**
 * The same call as a device sends it and the server stores it: its place
 * as a location id (a new one unless given), nobody linked, and a new
 * call's status. A field given replaces the default whole.
 */
type CallRecord = Omit<CallInput, 'location' | 'people'> & {
  location: { locationId: string; address: string; wardCode: string };
  people: { personId: string; role: CallInput['people'][number]['role'] }[];
  status: 'new';
};

export function validCallRecord<O extends object = object>(
  overrides: O = {} as O,
): Omit<CallRecord, keyof O> & O {
  const { location, people: _byName, ...fields } = validCallInput();
  const record: CallRecord = {
    ...fields,
    location: { locationId: uuidv7(), address: location.address, wardCode: location.wardCode },
    people: [],
    status: 'new',
  };
  return { ...record, ...overrides };
}
