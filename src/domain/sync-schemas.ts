/**
 * Zod schemas for the wire protocol (sync.md), used by the server to parse
 * requests. Types and constants are in sync-protocol.ts.
 */
import { z } from 'zod';
import { UUID_PATTERN } from './ids';
import { MAX_MUTATIONS_PER_PUSH, MUTATION_KINDS } from './sync-protocol';

/**
 * One id rule everywhere: a mutationId is a canonical UUID (ids.ts), the
 * same pattern the server records replays under, so nothing the envelope
 * accepts can escape the replay table and apply twice.
 */
const mutationIdSchema = z.string().regex(UUID_PATTERN);
const BASE_MUTATION_REF = new RegExp(`^m:${UUID_PATTERN.source.slice(1)}`, UUID_PATTERN.flags);

/** A base is a server seq, or `m:<mutationId>` naming this device's own pending write. */
export const baseRefSchema = z.union([
  z.number().int().nonnegative(),
  z.string().regex(BASE_MUTATION_REF),
]);
export type BaseRef = z.infer<typeof baseRefSchema>;

export const mutationSchema = z.object({
  mutationId: mutationIdSchema,
  kind: z.enum(MUTATION_KINDS),
  table: z.string().min(1).max(64),
  recordId: z.string().min(1).max(64),
  payload: z.record(z.string(), z.unknown()),
  baseSeqs: z.record(z.string(), baseRefSchema).optional(),
  baseSeq: baseRefSchema.optional(),
  clientTime: z.string().max(40),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  clientId: z.string().min(1).max(64),
  schemaVersion: z.number().int(),
  /** Envelope-level shape only: each mutation is validated on its own so one bad one never blocks the rest. */
  mutations: z.array(z.unknown()).max(MAX_MUTATIONS_PER_PUSH * 20),
});
export type PushRequest = { clientId: string; schemaVersion: number; mutations: Mutation[] };

export const loginRequestSchema = z.object({
  username: z.string().min(1, { error: 'Enter your username' }).max(64),
  password: z.string().min(1, { error: 'Enter your password' }).max(256),
  deviceName: z.string().max(120).default('Browser'),
});

/** GET /api/admin/audit query: filters, a page size and the cursor from the previous page. */
export const auditQuerySchema = z.object({
  userId: z.string().min(1).max(64).optional(),
  action: z.string().min(1).max(64).optional(),
  table: z.string().min(1).max(64).optional(),
  /** Rows that name this record id among their ids ("who viewed this person"). */
  recordId: z.string().min(1).max(64).optional(),
  from: z.iso.datetime({ error: 'Give a date and time (ISO 8601, UTC)' }).optional(),
  to: z.iso.datetime({ error: 'Give a date and time (ISO 8601, UTC)' }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
