import { z } from 'zod';
import {
  agencyId,
  baseRecord,
  isoDate,
  optionalText,
  requiredText,
  uuid,
  wardCode,
} from './common';
import { TEXT_MAX } from './text-limits';

/** Warning letters, ABAs and powers (domain.md "Warning letters, ABAs and powers"). */
export const ENFORCEMENT_STATUSES = [
  // Saved with its letter but not yet issued: `enforcement.issue` makes it active.
  'draft',
  'active',
  'complied',
  'breached',
  'expired',
  'escalated',
] as const;

export const enforcementBreachSchema = z.object({
  date: isoDate('Breach date'),
  note: requiredText('What happened', TEXT_MAX.breachNote),
  callId: uuid('Linked call').optional(),
});
export type EnforcementBreach = z.infer<typeof enforcementBreachSchema>;

export const enforcementSchema = baseRecord.extend({
  recipientType: z.enum(['person', 'organisation'], { error: 'Select who the recipient is' }),
  personId: uuid('Person').optional(),
  recipientName: requiredText('Recipient name', 200),
  recipientAddress: optionalText('Recipient address', TEXT_MAX.recipientAddress),
  recipientWardCode: wardCode.optional(),
  issuingAgencyId: agencyId('the issuing agency'),
  stepId: z.string().min(1, { error: 'Select the step' }).max(64),
  issuedDate: isoDate('Issued date'),
  linkedCallIds: z.array(uuid('Call')).max(100),
  terms: optionalText('Terms', TEXT_MAX.enforcementTerms),
  deliveryMethod: z.enum(['hand', 'post'], { error: 'Select how it will be delivered' }),
  escalatedFromId: uuid('Earlier step').optional(),
  endDate: isoDate('End date').optional(),
  // Workflow fields, changed only by the enforcement commands (and `delivery.record`).
  status: z.enum(ENFORCEMENT_STATUSES),
  reviewDates: z.array(isoDate('Review date')).max(60),
  breaches: z.array(enforcementBreachSchema).max(100),
  issuedBy: z.string().max(64).optional(),
  escalatedToId: uuid('Later step').optional(),
  deliveredAt: z.string().optional(),
});
export type Enforcement = z.infer<typeof enforcementSchema>;

/** An issued letter: append-only. Quotes incidents by date, area and category only. */
export const issuedLetterSchema = baseRecord.extend({
  enforcementId: uuid('Enforcement record'),
  templateId: z.string().max(64),
  issuedDate: isoDate('Issued date'),
  body: requiredText('Letter text', 20000),
  incidents: z
    .array(z.object({ date: z.string(), area: z.string().max(200), category: z.string().max(120) }))
    .max(100),
});
export type IssuedLetter = z.infer<typeof issuedLetterSchema>;

export const deliveryTaskSchema = baseRecord.extend({
  enforcementId: uuid('Enforcement record'),
  recipientName: requiredText('Recipient name', 200),
  address: requiredText('Address', 300),
  wardCode,
  assigneeUserId: z.string().max(64).optional(),
  assigneeAgencyId: z.string().max(64).optional(),
  dueDate: isoDate('Due date'),
  // Workflow fields, set by `delivery.record`.
  status: z.enum(['open', 'delivered', 'failed']),
  deliveredAt: z.string().optional(),
  deliveredBy: z.string().optional(),
  method: z.enum(['hand', 'letterbox', 'post']).optional(),
  note: optionalText('Delivery note', 1000),
});
export type DeliveryTask = z.infer<typeof deliveryTaskSchema>;
