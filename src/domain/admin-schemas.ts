/**
 * Request bodies of the admin API (/api/admin), parsed by the server and
 * typed for the admin screens. Response shapes are in sync-protocol.ts.
 */
import { z } from 'zod';
import { ROLES } from './roles';
import { MIN_SECRET_LENGTH } from './sync-protocol';

export const passwordSchema = z
  .string()
  .min(MIN_SECRET_LENGTH, { error: `Use at least ${MIN_SECRET_LENGTH} characters` })
  .max(256, { error: 'Use 256 characters or fewer' });

const rolesSchema = z.array(z.enum(ROLES)).max(ROLES.length);
const wardsSchema = z.array(z.string().max(64)).max(40);

export const newUserSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9._-]{2,64}$/, {
      error: 'Use 2 to 64 letters, digits, dots, dashes or underscores',
    }),
  name: z.string().trim().min(1, { error: 'Enter the name' }).max(120),
  agencyId: z.string().min(1, { error: 'Select the agency' }).max(64),
  roles: rolesSchema,
  wards: wardsSchema.default([]),
  password: passwordSchema,
});
export type NewUser = z.input<typeof newUserSchema>;

export const userChangeSchema = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  agencyId: z.string().min(1).max(64).optional(),
  roles: rolesSchema.optional(),
  wards: wardsSchema.optional(),
  active: z.boolean().optional(),
});
export type UserChange = z.infer<typeof userChangeSchema>;

export const passwordResetSchema = z.object({ password: passwordSchema });
