import type { Location, Person } from '../../domain/schemas/people';
import { IMPORT_TABLES, type ImportTable, type TableName } from '../../domain/tables';
import { planCalls } from './demo-call-plan';
import { buildCalls } from './demo-calls';
import type { DemoContext } from './demo-context';
import { buildEnforcement } from './demo-enforcement';
import { buildGroups } from './demo-groups';
import { buildMarac } from './demo-marac';
import { DEMO_PEOPLE } from './demo-people';
import { HOTSPOTS, WARD_PLACES } from './demo-places';
import { referenceSeed } from '../../domain/reference/seed';
import { DemoTime } from './demo-time';
import { buildDismissals } from './demo-dismissals';
import type { RecordMerge } from '../../domain/schemas/merges';
import { buildDemoUsers, type DemoUser } from './demo-users';
import { flyTippingPhoto } from './demo-photos';
import { buildTaskingMeetings } from './demo-tasking';
import { buildVisits } from './demo-visits';
import { createIdFactory, createRng } from './prng';

export type { DemoUser } from './demo-users';

/**
 * The demo database (`npm run demo`): one sign-in per role and six months
 * of Sevenoaks-like casework, built purely from `now` so the same `now`
 * always gives the same data. Records carry no server-managed fields
 * (createdAt/By, updatedAt/By, fieldSeqs, call references): the storage
 * layer adds those as it applies them, in the order of DEMO_TABLE_ORDER and
 * then array order, which puts every parent before its children.
 */
export interface DemoData {
  users: DemoUser[];
  records: Partial<Record<TableName, Record<string, unknown>[]>>;
  /** Photo bytes for the visits that list them, stored as an upload would store them. */
  attachments: { sha256: string; contentType: string; data: Uint8Array; createdBy: string }[];
}

/** The tables the demo fills, in the order to apply them (tables.ts): every imported table. */
export const DEMO_TABLE_ORDER: readonly ImportTable[] = IMPORT_TABLES;

/** Fixed so that a given `now` always gives the same demo. */
const DEMO_SEED = 0x5e7e_0a45;
/** Places, people and users were "created" this long before now, before any call. */
const SETUP_DAYS = 200;

function buildPlacesAndPeople(ctx: DemoContext) {
  const setupMs = ctx.time.nowMs - SETUP_DAYS * 86_400_000;
  const locations: Location[] = [];
  const placeIds = new Map<string, string>();
  for (const spot of Object.values(HOTSPOTS)) {
    const loc: Location = {
      id: ctx.id(setupMs + locations.length),
      address: spot.address,
      wardCode: spot.wardCode,
      gps: spot.gps,
    };
    locations.push(loc);
    placeIds.set(spot.key, loc.id);
  }
  for (const ward of WARD_PLACES) {
    for (const address of ward.places) {
      const loc: Location = {
        id: ctx.id(setupMs + locations.length),
        address,
        wardCode: ward.wardCode,
      };
      locations.push(loc);
      placeIds.set(address, loc.id);
    }
  }
  const people: Person[] = [];
  const personIds = new Map<string, string>();
  for (const seed of DEMO_PEOPLE) {
    const mergedInto = seed.mergedInto ? personIds.get(seed.mergedInto) : undefined;
    const person: Person = {
      id: ctx.id(setupMs + 1000 + people.length),
      name: seed.name,
      aliases: seed.aliases ?? [],
      ...(seed.dateOfBirth ? { dateOfBirth: seed.dateOfBirth } : {}),
      ...(seed.address ? { address: seed.address } : {}),
      ...(seed.wardCode ? { wardCode: seed.wardCode } : {}),
      flags: seed.flags,
      ...(mergedInto ? { mergedInto } : {}),
    };
    people.push(person);
    personIds.set(seed.key, person.id);
  }
  return { locations, people, placeIds, personIds };
}

/**
 * The merge behind each duplicate the demo holds (a warden's "Cal Reeves",
 * since merged into Callum Reeves). The demo's calls were linked before
 * the merge and still name the duplicate, following it to the survivor as
 * append-only records do, so the merge moved no link.
 */
function demoMerges(ctx: DemoContext, people: readonly Person[]): RecordMerge[] {
  return people.flatMap((p, i) =>
    p.mergedInto
      ? [
          {
            id: ctx.id(ctx.time.nowMs - 30 * 86_400_000 + i),
            kind: 'person' as const,
            survivorId: p.mergedInto,
            mergedId: p.id,
            moved: [],
          },
        ]
      : [],
  );
}

export function buildDemoData(now: Date): DemoData {
  const rng = createRng(DEMO_SEED);
  const id = createIdFactory(rng);
  const time = new DemoTime(now);
  const users = buildDemoUsers(id, time.nowMs - (SETUP_DAYS + 1) * 86_400_000);
  const ctx: DemoContext = { rng, id, time, users };

  const { locations, people, placeIds, personIds } = buildPlacesAndPeople(ctx);
  const calls = buildCalls(ctx, planCalls(ctx), placeIds, personIds);
  const groups = buildGroups(ctx, calls, placeIds);
  const flyTipping = flyTippingPhoto();
  const visits = buildVisits(ctx, calls, personIds, groups.groupIdByKey, flyTipping.photo);
  const enforcement = buildEnforcement(ctx, calls, personIds);
  const marac = buildMarac(ctx, personIds);

  const byTable: Record<ImportTable, object[]> = {
    ...referenceSeed(),
    locations,
    people,
    calls: calls.calls,
    actions: calls.actions,
    callNotes: calls.callNotes,
    residentUpdates: calls.residentUpdates,
    groups: groups.groups,
    groupItems: groups.groupItems,
    groupMeetings: groups.groupMeetings,
    groupDismissals: buildDismissals(ctx, calls, groups.groups, people),
    taskingMeetings: buildTaskingMeetings(ctx, calls),
    visits,
    ...enforcement,
    ...marac,
    recordMerges: demoMerges(ctx, people),
  };
  const records: DemoData['records'] = {};
  for (const table of DEMO_TABLE_ORDER)
    records[table] = byTable[table] as Record<string, unknown>[];
  const attachments = [
    {
      sha256: flyTipping.photo.sha256,
      contentType: flyTipping.photo.type,
      data: flyTipping.data,
      createdBy: users.pcso.id,
    },
  ];
  return { users: Object.values(users), records, attachments };
}
