import { describe, expect, it } from 'vitest';
import { commandPayloadSchema, COMMANDS, isCommandName } from '../../src/domain/commands';
import { isTableName } from '../../src/domain/tables';

describe('COMMANDS', () => {
  it('each command acts on a known table and has a dotted name', () => {
    for (const [name, spec] of Object.entries(COMMANDS)) {
      expect(isTableName(spec.table), name).toBe(true);
      expect(name).toMatch(/^[a-z]+\.[a-z]+$/);
    }
    expect(COMMANDS['call.close'].table).toBe('calls');
    expect(COMMANDS['action.complete'].table).toBe('actions');
  });

  it('validates arguments with plain-English messages', () => {
    expect(COMMANDS['call.close'].args.safeParse({ reason: 'Resolved' }).success).toBe(true);
    const r = COMMANDS['call.close'].args.safeParse({ reason: '' });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['Enter reason for closing']);
    const d = COMMANDS['call.discuss'].args.safeParse({ date: '2026-02-30' });
    expect(d.error?.issues.map((i) => i.message)).toEqual(['Meeting date must be a real date']);
    const o = COMMANDS['action.complete'].args.safeParse({ outcome: 'o'.repeat(2001) });
    expect(o.error?.issues.map((i) => i.message)).toEqual([
      'Outcome must be 2,000 characters or fewer',
    ]);
  });

  it('recognises command names and payloads', () => {
    expect(isCommandName('call.close')).toBe(true);
    expect(isCommandName('constructor')).toBe(false);
    expect(commandPayloadSchema.safeParse({ name: 'call.open', args: {} }).success).toBe(true);
    expect(commandPayloadSchema.safeParse({ name: '', args: {} }).success).toBe(false);
  });
});
