import type { PersonRole } from '../../domain/schemas/calls';
import type { DemoContext } from './demo-context';
import { HOTSPOTS, WARD_PLACES, type HotspotKey } from './demo-places';
import { DEMO_PEOPLE } from './demo-people';
import { CATEGORY_WEIGHTS, COMPANION_CATEGORY } from './demo-text';

/**
 * Which calls the demo has: scripted runs at the hotspots the assessment
 * names (so repeat detection and Task and Finish Groups have something to
 * show), then ordinary calls across every ward, weighted to the busy ones.
 */
export interface CallPlan {
  daysAgo: number;
  hour: number;
  minute: number;
  /** A hotspot key or a ward place address (the location record's key). */
  placeKey: string;
  address: string;
  wardCode: string;
  categoryIds: string[];
  people: { key: string; role: PersonRole }[];
  hotspot?: HotspotKey;
}

export const TOTAL_CALLS = 150;
/** Calls span the last six months. */
export const CALL_SPAN_DAYS = 180;
const RECENT_NEW_CALLS = 4;

type Script = readonly (readonly [daysAgo: number, categories: string, people?: string])[];
/** `people` is "key:role,key:role". */
const SCRIPTS: Record<HotspotKey, Script> = {
  caxton: [
    [150, 'rowdy', 'sandra:victim'],
    [118, 'vehicles'],
    [84, 'rowdy,criminal-damage', 'callum:subject,sandra:victim'],
    [61, 'nuisance-behaviour', 'callum:subject'],
    [40, 'rowdy', 'calDup:subject'],
    [26, 'vehicles', 'callum:subject'],
    [12, 'rowdy', 'callum:subject,sandra:victim'],
    [3, 'rowdy'],
  ],
  kemsingRec: [
    [140, 'rowdy'],
    [95, 'drugs'],
    [70, 'criminal-damage'],
    [52, 'rowdy', 'jordan:subject'],
    [33, 'drugs', 'jordan:subject'],
    [18, 'criminal-damage,rowdy', 'jordan:subject'],
    [6, 'rowdy'],
  ],
  wellingtonia: [
    [160, 'neighbour', 'margaret:victim,darren:subject'],
    [130, 'noise', 'margaret:victim,darren:subject'],
    [100, 'neighbour', 'margaret:victim,darren:subject'],
    [78, 'intimidation', 'margaret:victim,darren:subject'],
    [55, 'neighbour,noise', 'margaret:victim,darren:subject'],
    [41, 'noise', 'margaret:victim,darren:subject'],
    [22, 'intimidation', 'margaret:victim,darren:subject'],
    [9, 'neighbour', 'margaret:victim,darren:subject'],
  ],
  heverRoad: [
    [120, 'vehicles'],
    [88, 'vehicles'],
    [64, 'vehicles'],
    [30, 'vehicles'],
    [14, 'vehicles,nuisance-behaviour'],
  ],
  batAndBall: [
    [110, 'drugs'],
    [75, 'street-drinking'],
    [47, 'drugs', 'kayleigh:subject'],
    [20, 'drugs', 'kayleigh:subject'],
    [8, 'street-drinking'],
    [2, 'drugs'],
  ],
  stMarys: [
    [130, 'street-drinking', 'ryan:subject'],
    [104, 'street-drinking,rowdy', 'ryan:subject'],
    [90, 'street-drinking', 'ryan:subject'],
    [60, 'rowdy', 'tyler:subject'],
    [15, 'street-drinking', 'ryan:subject'],
    [4, 'rowdy', 'tyler:subject'],
  ],
};

function parsePeople(spec: string | undefined): CallPlan['people'] {
  if (!spec) return [];
  return spec.split(',').map((pair) => {
    const [key, role] = pair.split(':');
    return { key: key ?? '', role: (role ?? 'subject') as PersonRole };
  });
}

const GENERIC_PEOPLE = {
  victim: ['graham', 'aisha', 'peter', 'linda', 'ron', 'irene'],
  subject: ['wayne', 'stacey'],
};
const PEOPLE_CATEGORIES = new Set(['neighbour', 'intimidation', 'hate', 'scams', 'noise']);

function genericPeople(ctx: DemoContext, wardCode: string, category: string): CallPlan['people'] {
  if (!PEOPLE_CATEGORIES.has(category)) return [];
  const local = (keys: string[]) =>
    keys.filter((k) => DEMO_PEOPLE.find((p) => p.key === k)?.wardCode === wardCode);
  const out: CallPlan['people'] = [];
  const victim = local(GENERIC_PEOPLE.victim);
  if (victim.length > 0 && ctx.rng.chance(0.7))
    out.push({ key: ctx.rng.pick(victim), role: 'victim' });
  const subject = local(GENERIC_PEOPLE.subject);
  if (subject.length > 0 && category !== 'scams' && ctx.rng.chance(0.6))
    out.push({ key: ctx.rng.pick(subject), role: 'subject' });
  return out;
}

function genericCall(ctx: DemoContext, ward: (typeof WARD_PLACES)[number]): CallPlan {
  const { rng } = ctx;
  const address = rng.pick(ward.places);
  const category = rng.weighted(CATEGORY_WEIGHTS);
  const companion = COMPANION_CATEGORY[category];
  const categoryIds = companion && rng.chance(0.25) ? [category, companion] : [category];
  return {
    // Skewed towards recent months, as an open caseload is.
    daysAgo: Math.floor(CALL_SPAN_DAYS * Math.pow(rng.next(), 1.2)),
    hour: rng.int(7, 21),
    minute: rng.int(0, 59),
    placeKey: address,
    address,
    wardCode: ward.wardCode,
    categoryIds,
    people: genericPeople(ctx, ward.wardCode, category),
  };
}

export function planCalls(ctx: DemoContext): CallPlan[] {
  const plans: CallPlan[] = [];
  for (const key of Object.keys(SCRIPTS) as HotspotKey[]) {
    const spot = HOTSPOTS[key];
    for (const [daysAgo, categories, people] of SCRIPTS[key]) {
      plans.push({
        daysAgo,
        hour: ctx.rng.int(8, 22),
        minute: ctx.rng.int(0, 59),
        placeKey: key,
        address: spot.address,
        wardCode: spot.wardCode,
        categoryIds: categories.split(','),
        people: parsePeople(people),
        hotspot: key,
      });
    }
  }
  // Every ward has calls; the busy wards have more.
  for (const ward of WARD_PLACES) plans.push(genericCall(ctx, ward), genericCall(ctx, ward));
  const weights = WARD_PLACES.map((w) => [w, w.weight] as const);
  while (plans.length < TOTAL_CALLS - RECENT_NEW_CALLS)
    plans.push(genericCall(ctx, ctx.rng.weighted(weights)));
  // A few calls since yesterday's meeting, so the next tasking has new calls to review.
  while (plans.length < TOTAL_CALLS)
    plans.push({ ...genericCall(ctx, ctx.rng.weighted(weights)), daysAgo: ctx.rng.int(0, 1) });
  // Oldest first, so ids and references run in the order the calls came in.
  return plans.sort((a, b) => b.daysAgo - a.daysAgo || a.hour - b.hour || a.minute - b.minute);
}
