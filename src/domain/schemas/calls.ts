import { z } from 'zod';
import { RISK_LEVELS, VULNERABILITY_FLAG_IDS } from '../reference/risk';
import {
  agencyId,
  baseRecord,
  isoDate,
  isoDateTime,
  latLng,
  optionalText,
  requiredText,
  uuid,
  wardCode,
} from './common';
import { CALL_PEOPLE_MAX, TEXT_MAX, TOO_MANY_PEOPLE } from './text-limits';

/** The daily tasking call and its children (domain.md "Daily tasking call"). */
export const CALL_STATUSES = ['new', 'open', 'closed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const UPDATE_METHODS = ['phone', 'email', 'letter', 'visit', 'text'] as const;
export type UpdateMethod = (typeof UPDATE_METHODS)[number];
export const UPDATE_METHOD_LABELS: Record<UpdateMethod, string> = {
  phone: 'Phone call',
  email: 'Email',
  letter: 'Letter',
  visit: 'In person',
  text: 'Text message',
};

export const PERSON_ROLES = ['victim', 'reporter', 'subject', 'witness'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  victim: 'Victim',
  reporter: 'Reporter',
  subject: 'Subject',
  witness: 'Witness',
};

export const reporterSchema = z
  .object({
    anonymous: z.boolean(),
    name: optionalText('Reporter name', 120),
    contact: optionalText('Reporter contact details', 200),
    updateMethod: z
      .enum(UPDATE_METHODS, { error: 'Select how the reporter wants to be updated' })
      .optional(),
  })
  .superRefine((r, ctx) => {
    if (r.anonymous) return;
    if (!r.name?.trim())
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: 'Enter the reporter’s name, or select anonymous',
      });
    if (!r.contact?.trim())
      ctx.addIssue({
        code: 'custom',
        path: ['contact'],
        message: 'Enter a phone number, email or address for the reporter',
      });
    if (!r.updateMethod)
      ctx.addIssue({
        code: 'custom',
        path: ['updateMethod'],
        message: 'Select how the reporter wants to be updated',
      });
  });

export const callLocationSchema = z.object({
  locationId: uuid('Location'),
  address: requiredText('Address or place', 300),
  wardCode,
  gps: latLng,
});

export const callPersonLinkSchema = z.object({
  personId: uuid('Person'),
  role: z.enum(PERSON_ROLES, { error: 'Select the person’s role' }),
});

export const closureSchema = z.object({
  reason: requiredText('Reason for closing', TEXT_MAX.reason),
  closedAt: z.string(),
  closedBy: z.string(),
  /** Why the call was closed without a resident update since its last action. */
  noUpdateReason: optionalText('Reason for not updating the resident', TEXT_MAX.noUpdateReason),
});

export const callSchema = baseRecord.extend({
  /** DT-2026-0042: set by the server when the call first syncs, never on the device. */
  reference: z.string().nullable().optional(),
  receivedAt: isoDateTime('Date and time received'),
  incidentDate: isoDate('Incident date'),
  sourceAgencyId: agencyId('the source agency'),
  reporter: reporterSchema,
  location: callLocationSchema,
  people: z.array(callPersonLinkSchema).max(CALL_PEOPLE_MAX, { error: TOO_MANY_PEOPLE }),
  categoryIds: z
    .array(z.string().min(1).max(64))
    .min(1, { error: 'Select at least one category' })
    .max(18),
  riskLevel: z.enum(RISK_LEVELS, { error: 'Select a risk level' }),
  vulnerabilityFlags: z.array(z.enum(VULNERABILITY_FLAG_IDS)).max(20),
  summary: requiredText('Summary', TEXT_MAX.callSummary),
  policeClosingCode: optionalText('Police closing code', 10),
  // Workflow fields: changed only through commands (sync.md).
  status: z.enum(CALL_STATUSES),
  closure: closureSchema.nullable().optional(),
  discussedOn: z.array(z.string()).optional(),
});
export type Call = z.infer<typeof callSchema>;

export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const actionSchema = baseRecord.extend({
  callId: uuid('Call'),
  text: requiredText('Action', TEXT_MAX.actionText),
  agencyId: agencyId('the agency'),
  ownerId: z.string().max(64).optional(),
  dueDate: isoDate('Due date'),
  // Workflow fields.
  status: z.enum(ACTION_STATUSES),
  outcome: z.string().max(TEXT_MAX.actionOutcome).optional(),
  completedAt: z.string().optional(),
  completedBy: z.string().optional(),
  cancelReason: z.string().max(TEXT_MAX.reason).optional(),
  cancelledAt: z.string().optional(),
  cancelledBy: z.string().optional(),
});
export type Action = z.infer<typeof actionSchema>;

/** Chronology note: append-only; a correction is a new note pointing at the old one. */
export const callNoteSchema = baseRecord.extend({
  callId: uuid('Call'),
  text: requiredText('Note', TEXT_MAX.callNote),
  at: isoDateTime('Date and time of the note'),
  correctsId: uuid('Corrected note').optional(),
  /** 'edit': written with a change to the call's fields, saying what changed (the chronology shows it so). */
  kind: z.enum(['edit']).optional(),
});
export type CallNote = z.infer<typeof callNoteSchema>;

/** Resident update: append-only record that the reporter was told what is happening. */
export const residentUpdateSchema = baseRecord.extend({
  callId: uuid('Call'),
  at: isoDateTime('Date and time of the update'),
  method: z.enum(UPDATE_METHODS, { error: 'Select how the resident was updated' }),
  summary: requiredText('What the resident was told', TEXT_MAX.residentUpdate),
});
export type ResidentUpdate = z.infer<typeof residentUpdateSchema>;
