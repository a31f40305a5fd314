import type { Visit, VisitPhoto } from '../../domain/schemas/visits';
import type { CallRecords } from './demo-calls';
import { idOf, type DemoContext, type KeyedIds } from './demo-context';
import { HOTSPOTS, type HotspotKey } from './demo-places';

/**
 * About forty visits logged by PCSOs and wardens: patrols at the hotspots
 * (linked to their Task and Finish Group), reassurance and welfare visits
 * to victims, warning-letter deliveries, SmartWater, Speedwatch and
 * engagement, and one amendment correcting an earlier visit.
 */
interface VisitSeed {
  daysAgo: number;
  hour: number;
  type: Visit['visitType'];
  hotspot?: HotspotKey;
  address?: string;
  wardCode?: string;
  group?: string;
  person?: string;
  whoSeen?: string;
  notes: string;
  followUp?: string;
  /** The visit carries the demo's photo (demo-photos.ts). */
  photo?: boolean;
}

const PATROL_NOTES = [
  'High-visibility patrol. Group of five at the garages moved on without issue; names taken.',
  'Patrol on foot; area quiet. Spoke to two residents who said the last week has been better.',
  'Patrol. Mopeds heard but not seen; checked the cut-through and the rear of the garages.',
  'Patrol with warden. Litter and cans cleared from the benches; no one present.',
  'Patrol. Three young people on the swings after dark; advised and they went home.',
];

const SEEDS: readonly VisitSeed[] = [
  {
    daysAgo: 1,
    hour: 11,
    type: 'patrol',
    address: 'Lay-by on the Pilgrims Way, Kemsing',
    wardCode: 'E05005021',
    notes:
      'Fly-tipped mattress, fridge and bin bags in the lay-by. Photo taken; Direct Services asked to clear and search for evidence of the owner.',
    photo: true,
  },
  ...[54, 47, 40, 33, 21, 14, 5].map((d, i) => ({
    daysAgo: d,
    hour: 20,
    type: 'patrol' as const,
    hotspot: 'caxton' as const,
    group: 'caxton',
    notes: PATROL_NOTES[i % 5] ?? '',
  })),
  ...[45, 31, 17, 4].map((d, i) => ({
    daysAgo: d,
    hour: 19,
    type: 'patrol' as const,
    hotspot: 'kemsingRec' as const,
    group: 'kemsingRec',
    notes: PATROL_NOTES[(i + 2) % 5] ?? '',
  })),
  ...[88, 67, 46, 25, 11].map((d) => ({
    daysAgo: d,
    hour: 11,
    type: 'welfare' as const,
    hotspot: 'wellingtonia' as const,
    group: 'wellingtonia',
    person: 'margaret',
    whoSeen: 'Resident at home',
    notes:
      'Weekly welfare visit. Resident reports music late at night from next door on two nights this week; diary sheets collected. Feels supported.',
  })),
  {
    daysAgo: 62,
    hour: 14,
    type: 'joint',
    hotspot: 'wellingtonia',
    group: 'wellingtonia',
    person: 'darren',
    whoSeen: 'Subject at his front door',
    notes:
      'Joint visit with West Kent Housing to explain the Community Protection Warning and its conditions. Subject acknowledged the letter but disputed the allegations.',
  },
  ...[29, 13, 3].map((d) => ({
    daysAgo: d,
    hour: 18,
    type: 'patrol' as const,
    hotspot: 'heverRoad' as const,
    notes:
      'Patrol for off-road bikes. Two riders seen on the verge; they left towards the recreation ground before they could be stopped. Registrations noted where visible.',
  })),
  ...[44, 19, 7].map((d) => ({
    daysAgo: d,
    hour: 21,
    type: 'patrol' as const,
    hotspot: 'batAndBall' as const,
    notes:
      'Patrol of the station approach and underpass. Evidence of drug use (foils and canisters); British Transport Police informed.',
  })),
  ...[58, 16].map((d) => ({
    daysAgo: d,
    hour: 12,
    type: 'engagement' as const,
    hotspot: 'stMarys' as const,
    notes:
      'Spoke to shop staff about street drinking outside the parade; leaflets on reporting left at the counter.',
  })),
  {
    daysAgo: 69,
    hour: 16,
    type: 'warning-letter-delivery',
    hotspot: 'caxton',
    person: 'callum',
    whoSeen: 'Young person and parent',
    notes:
      'First warning letter hand delivered and explained to the young person with a parent present.',
  },
  {
    daysAgo: 34,
    hour: 17,
    type: 'warning-letter-delivery',
    hotspot: 'caxton',
    person: 'callum',
    whoSeen: 'Parent',
    notes: 'Second warning letter hand delivered to the parent; young person not at home.',
  },
  {
    daysAgo: 80,
    hour: 11,
    type: 'reassurance',
    hotspot: 'caxton',
    person: 'sandra',
    whoSeen: 'Reporter',
    notes:
      'Reassurance visit after the latest gathering. Gave crime prevention advice and a direct number for the PCSO.',
  },
  {
    daysAgo: 10,
    hour: 15,
    type: 'reassurance',
    hotspot: 'caxton',
    person: 'sandra',
    whoSeen: 'Reporter',
    notes:
      'Follow-up visit. Reporter says the camera has made a difference but mopeds still come through at weekends.',
    followUp: 'Ask CCTV to review weekend footage.',
  },
  {
    daysAgo: 120,
    hour: 10,
    type: 'crime-prevention',
    address: 'North Ash Road, New Ash Green',
    wardCode: 'E05005008',
    whoSeen: 'Farm manager',
    notes:
      'SmartWater kit and shed alarms given to a farm after a second quad bike theft. Property marked.',
  },
  {
    daysAgo: 73,
    hour: 10,
    type: 'crime-prevention',
    address: 'Otford Lane, Halstead',
    wardCode: 'E05005018',
    whoSeen: 'Residents at three addresses',
    notes: 'SmartWater marking for three households after a run of shed burglaries.',
  },
  {
    daysAgo: 27,
    hour: 13,
    type: 'crime-prevention',
    address: 'High Street, Penshurst',
    wardCode: 'E05005024',
    whoSeen: 'Shop owner',
    notes:
      'Crime prevention survey of the village shop after an attempted break-in; advice on lighting and shutters.',
  },
  {
    daysAgo: 64,
    hour: 9,
    type: 'speedwatch-letter',
    address: 'High Street, Otford',
    wardCode: 'E05005023',
    notes: 'Delivered Community Speedwatch advisory letters to four registered keepers.',
  },
  {
    daysAgo: 23,
    hour: 9,
    type: 'speedwatch-letter',
    address: 'The Green, Leigh',
    wardCode: 'E05005022',
    notes: 'Delivered Speedwatch letters; one keeper spoken to at the door.',
  },
  {
    daysAgo: 52,
    hour: 11,
    type: 'engagement',
    address: 'High Street, Edenbridge',
    wardCode: 'E05005014',
    notes:
      'Street surgery at the market. Twelve residents spoke to us; main concerns were off-road bikes and parking near the schools.',
  },
  {
    daysAgo: 38,
    hour: 15,
    type: 'engagement',
    address: 'Swanley Park, Swanley',
    wardCode: 'E05005030',
    notes: 'Youth engagement session at the skate park with KCC youth workers.',
  },
  {
    daysAgo: 2,
    hour: 16,
    type: 'reassurance',
    hotspot: 'batAndBall',
    whoSeen: 'Station staff',
    notes:
      'Spoke to station staff about the latest reports; agreed they will call 101 with times and descriptions.',
  },
  {
    daysAgo: 9,
    hour: 10,
    type: 'welfare',
    address: 'Quebec Avenue, Westerham',
    wardCode: 'E05005033',
    person: 'irene',
    whoSeen: 'Resident',
    notes:
      'Welfare visit following a doorstep scam attempt. Trading Standards call blocker discussed; daughter now checks her post.',
  },
  {
    daysAgo: 6,
    hour: 14,
    type: 'reassurance',
    address: 'St Mary’s Road, Swanley',
    wardCode: 'E05005031',
    person: 'aisha',
    whoSeen: 'Family',
    notes:
      'Reassurance visit after racist abuse. Hate crime reporting explained; police enquiries ongoing.',
    followUp: 'Check with the OIC on CCTV enquiries.',
  },
];

export function buildVisits(
  ctx: DemoContext,
  calls: CallRecords,
  people: KeyedIds,
  groupIds: ReadonlyMap<string, string>,
  photo: VisitPhoto,
): Visit[] {
  const { time } = ctx;
  const visits: Visit[] = SEEDS.map((s) => {
    const spot = s.hotspot ? HOTSPOTS[s.hotspot] : undefined;
    const at = time.daysAgoAt(s.daysAgo, s.hour, ctx.rng.int(0, 59));
    // Link to the latest call at the place received before the visit.
    const call = s.hotspot
      ? calls.calls
          .filter((c) => calls.planOf.get(c.id)?.hotspot === s.hotspot && c.receivedAt < at)
          .at(-1)
      : undefined;
    const groupId = s.group ? groupIds.get(s.group) : undefined;
    return {
      id: ctx.id(time.ms(at)),
      at,
      address: spot?.address ?? s.address ?? '',
      wardCode: spot?.wardCode ?? s.wardCode ?? '',
      ...(spot ? { gps: spot.gps } : {}),
      visitType: s.type,
      ...(s.whoSeen ? { whoSeen: s.whoSeen } : {}),
      ...(call ? { callId: call.id } : {}),
      ...(groupId ? { groupId } : {}),
      ...(s.person ? { personId: idOf(people, s.person) } : {}),
      notes: s.notes,
      followUpNeeded: s.followUp !== undefined,
      ...(s.followUp ? { followUpNote: s.followUp } : {}),
      ...(s.photo ? { photos: [photo] } : {}),
    };
  });
  visits.sort((a, b) => a.at.localeCompare(b.at));
  // A correction is a new visit pointing at the one it amends, never an edit.
  const original = visits.find(
    (v) => v.visitType === 'patrol' && v.address === HOTSPOTS.kemsingRec.address,
  );
  if (original) {
    const amendedMs = Math.min(time.ms(original.at) + 15 * 3_600_000, time.nowMs - 60_000);
    visits.push({
      ...original,
      id: ctx.id(amendedMs),
      notes: `${original.notes} Amended: the patrol was at the pavilion end of the ground, not the car park.`,
      amendsId: original.id,
    });
  }
  return visits;
}
