import type { Call } from '../../domain/schemas/calls';
import type { VulnerabilityFlag } from '../../domain/reference/risk';
import type { CallPlan } from './demo-call-plan';
import type { DemoContext } from './demo-context';
import { DEMO_PEOPLE } from './demo-people';
import { FIRST_NAMES, SURNAMES } from './demo-text';

/**
 * Who reported a demo call and how risky it looks. Contact details use
 * Ofcom's drama ranges (07700 900xxx, 01632 960xxx) and example.com, so no
 * real number or mailbox is ever shown.
 */
export function makeReporter(ctx: DemoContext, plan: CallPlan): Call['reporter'] {
  const { rng } = ctx;
  const victim = plan.people.find((p) => p.role === 'victim');
  const victimName = victim ? DEMO_PEOPLE.find((p) => p.key === victim.key)?.name : undefined;
  if (!victimName && rng.chance(0.22)) return { anonymous: true };
  const name =
    victimName && rng.chance(0.85) ? victimName : `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
  const kind = rng.weighted([
    ['mobile', 5],
    ['email', 3],
    ['landline', 2],
  ] as const);
  const digits = String(rng.int(0, 999)).padStart(3, '0');
  if (kind === 'email') {
    const contact = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`;
    return { anonymous: false, name, contact, updateMethod: 'email' };
  }
  if (kind === 'landline') {
    return {
      anonymous: false,
      name,
      contact: `01632 960${digits}`,
      updateMethod: rng.pick(['phone', 'letter'] as const),
    };
  }
  return {
    anonymous: false,
    name,
    contact: `07700 900${digits}`,
    updateMethod: rng.pick(['phone', 'text', 'visit'] as const),
  };
}

const PERSON_FLAGS: Record<string, VulnerabilityFlag[]> = {
  margaret: ['elderly', 'repeat-victim'],
  sandra: ['repeat-victim'],
  irene: ['elderly'],
  ron: ['elderly'],
  kayleigh: ['substance'],
};
const CATEGORY_FLAGS: Record<string, VulnerabilityFlag[]> = {
  hate: ['hate'],
  safeguarding: ['child'],
  'mental-health': ['mental-health'],
  scams: ['elderly'],
};

export function vulnerabilityFlags(plan: CallPlan): VulnerabilityFlag[] {
  const flags = new Set<VulnerabilityFlag>();
  for (const p of plan.people)
    if (p.role === 'victim') for (const f of PERSON_FLAGS[p.key] ?? []) flags.add(f);
  for (const c of plan.categoryIds) for (const f of CATEGORY_FLAGS[c] ?? []) flags.add(f);
  return [...flags];
}

export function riskLevel(
  ctx: DemoContext,
  plan: CallPlan,
  flags: readonly VulnerabilityFlag[],
): Call['riskLevel'] {
  if (plan.categoryIds.some((c) => c === 'hate' || c === 'safeguarding')) return 'high';
  if (flags.includes('elderly') && plan.categoryIds.includes('intimidation')) return 'high';
  if (flags.length > 0 || ctx.rng.chance(0.15)) return 'medium';
  return 'standard';
}
