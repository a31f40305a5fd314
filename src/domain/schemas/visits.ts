import { z } from 'zod';
import {
  baseRecord,
  isoDateTime,
  latLng,
  optionalText,
  requiredText,
  uuid,
  wardCode,
} from './common';

export const VISIT_TYPES = [
  'reassurance',
  'welfare',
  'joint',
  'warning-letter-delivery',
  'crime-prevention',
  'speedwatch-letter',
  'patrol',
  'engagement',
] as const;
export const VISIT_TYPE_LABELS: Record<(typeof VISIT_TYPES)[number], string> = {
  reassurance: 'Reassurance visit',
  welfare: 'Welfare visit',
  joint: 'Joint visit',
  'warning-letter-delivery': 'Warning letter delivery',
  'crime-prevention': 'Crime prevention / SmartWater',
  'speedwatch-letter': 'Speedwatch letter',
  patrol: 'Patrol',
  engagement: 'Engagement',
};

export const VISIT_NOTES_MAX = 4000;

/** A visit is append-only: a correction is a new visit with `amendsId`. */
export const visitSchema = baseRecord.extend({
  at: isoDateTime('Date and time of the visit'),
  address: requiredText('Address or place', 300),
  wardCode,
  gps: latLng,
  visitType: z.enum(VISIT_TYPES, { error: 'Select the type of visit' }),
  whoSeen: optionalText('Who was seen', 500),
  callId: uuid('Call').optional(),
  groupId: uuid('Task and Finish Group').optional(),
  personId: uuid('Person').optional(),
  locationId: uuid('Location').optional(),
  notes: requiredText('Notes', VISIT_NOTES_MAX),
  followUpNeeded: z.boolean(),
  followUpNote: optionalText('Follow-up needed', 1000),
  amendsId: uuid('Amended visit').optional(),
});
export type Visit = z.infer<typeof visitSchema>;
export type VisitType = (typeof VISIT_TYPES)[number];

/** A follow-up on a visit linked to a call becomes an action due this many days later. */
export const FOLLOW_UP_DUE_DAYS = 7;
