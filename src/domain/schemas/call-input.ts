import { z } from 'zod';
import { callLocationSchema, callPersonLinkSchema, callSchema, reporterSchema } from './calls';
import { isoDate, optionalText, uuid } from './common';
import { CALL_PEOPLE_MAX, TEXT_MAX, TOO_MANY_PEOPLE } from './text-limits';

/**
 * A new call as a person logs it: the call's own fields, its place (a known
 * location by id, or an address and ward for a new one) and its people (a
 * known person by id, or a name for a new one). The "Log a call" form checks
 * it before saving and the device repository again before writing, so both
 * say the same thing at the same field. Workflow fields are not asked for:
 * a new call starts as initial-workflow.ts INITIAL_WORKFLOW says.
 */
export const callInputPersonSchema = z
  .object({
    personId: uuid('Person').optional(),
    name: optionalText('Name', TEXT_MAX.personName),
    dateOfBirth: isoDate('Date of birth').optional(),
    role: callPersonLinkSchema.shape.role,
  })
  .superRefine((p, ctx) => {
    if (!p.personId && !p.name?.trim())
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: 'Enter the person’s name, or remove them',
      });
  });

const call = callSchema.shape;
const place = callLocationSchema.shape;

export const callInputSchema = z.object({
  receivedAt: call.receivedAt,
  incidentDate: call.incidentDate,
  sourceAgencyId: call.sourceAgencyId,
  reporter: reporterSchema,
  location: z.object({
    address: place.address,
    wardCode: place.wardCode,
    gps: place.gps,
    locationId: uuid('Location').optional(),
  }),
  people: z.array(callInputPersonSchema).max(CALL_PEOPLE_MAX, { error: TOO_MANY_PEOPLE }),
  categoryIds: call.categoryIds,
  riskLevel: call.riskLevel,
  vulnerabilityFlags: call.vulnerabilityFlags,
  summary: call.summary,
  policeClosingCode: call.policeClosingCode,
});
export type CallInput = z.input<typeof callInputSchema>;
