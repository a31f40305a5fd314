import type { z } from 'zod';
import { addDays } from '../../domain/dates';
import { SEED_AGENCIES } from '../../domain/reference/agencies';
import { SEED_CATEGORIES } from '../../domain/reference/categories';
import { SEED_POWERS } from '../../domain/reference/powers';
import { defaultEndDate, nextReviewDue } from '../../domain/rules/enforcement-dates';
import type {
  deliveryTaskSchema,
  Enforcement,
  issuedLetterSchema,
} from '../../domain/schemas/enforcement';
import type { CallRecords } from './demo-calls';
import { idOf, type DemoContext, type KeyedIds } from './demo-context';
import { SEVENOAKS_WARDS } from '../../domain/reference/wards';
import { letterIncidents, renderLetter } from '../../domain/rules/letters';
import { SEED_LETTER_TEMPLATES } from '../../domain/reference/letter-templates';
import { DEMO_PEOPLE } from './demo-people';

/**
 * The ASB officer's caseload: warning letters (one escalated to a second),
 * two ABAs under four-weekly review, and a CPW breached and escalated to a
 * CPN for the same recipient. Hand deliveries become delivery tasks for the
 * PCSO (one done, one overdue, one due).
 */
type IssuedLetter = z.infer<typeof issuedLetterSchema>;
type DeliveryTask = z.infer<typeof deliveryTaskSchema>;

interface EnforcementSeed {
  key: string;
  person: string;
  /** Calls of these people (as subject) are linked; merged duplicates included. */
  personKeys: string[];
  stepId: string;
  issuedDaysAgo: number;
  status: Enforcement['status'];
  escalatedFrom?: string;
  terms?: string;
  reviewEveryDays?: number;
  breaches?: { daysAgo: number; note: string }[];
  deliveredDaysAgo?: number;
  /** A delivery task for the PCSO: delivered this many days ago, or still open. */
  task?: { deliveredDaysAgo?: number };
}

const SEEDS: readonly EnforcementSeed[] = [
  {
    key: 'w1-callum',
    person: 'callum',
    personKeys: ['callum', 'calDup'],
    stepId: 'warning-1',
    issuedDaysAgo: 70,
    status: 'escalated',
    deliveredDaysAgo: 69,
  },
  {
    key: 'w2-callum',
    person: 'callum',
    personKeys: ['callum', 'calDup'],
    stepId: 'warning-2',
    issuedDaysAgo: 35,
    status: 'active',
    escalatedFrom: 'w1-callum',
    task: { deliveredDaysAgo: 34 },
  },
  {
    key: 'w1-jordan',
    person: 'jordan',
    personKeys: ['jordan'],
    stepId: 'warning-1',
    issuedDaysAgo: 10,
    status: 'active',
    task: {},
  },
  {
    key: 'w1-tyler',
    person: 'tyler',
    personKeys: ['tyler'],
    stepId: 'warning-1',
    issuedDaysAgo: 3,
    status: 'active',
    task: {},
  },
  {
    key: 'aba-ryan',
    person: 'ryan',
    personKeys: ['ryan'],
    stepId: 'aba',
    issuedDaysAgo: 80,
    status: 'active',
    reviewEveryDays: 28,
    deliveredDaysAgo: 80,
    terms:
      '1. Not to drink alcohol in a public place in Swanley town centre.\n2. Not to gather with others outside the St Mary’s Road shops.\n3. To attend appointments with CGL for alcohol support.\nThis agreement lasts six months and is reviewed every four weeks.',
    breaches: [
      {
        daysAgo: 30,
        note: 'Seen drinking with two others outside the St Mary’s Road shops (condition 2). Discussed at the review; agreement continued.',
      },
    ],
  },
  {
    key: 'aba-kayleigh',
    person: 'kayleigh',
    personKeys: ['kayleigh'],
    stepId: 'aba',
    issuedDaysAgo: 40,
    status: 'active',
    reviewEveryDays: 28,
    deliveredDaysAgo: 40,
    terms:
      '1. Not to loiter at Bat and Ball station or in the underpass.\n2. To engage with the Kenward Trust outreach worker.\n3. Not to leave drug paraphernalia in public places.\nThis agreement lasts six months and is reviewed every four weeks.',
  },
  {
    key: 'cpw-darren',
    person: 'darren',
    personKeys: ['darren'],
    stepId: 'cpw',
    issuedDaysAgo: 75,
    status: 'escalated',
    deliveredDaysAgo: 62,
    terms:
      'Stop playing amplified music audible outside your home between 23:00 and 07:00. Do not shout at, threaten or approach your neighbours.',
    breaches: [
      {
        daysAgo: 55,
        note: 'Loud music recorded after midnight on two nights (noise recording equipment).',
      },
      { daysAgo: 41, note: 'Shouting at the neighbour from the garden; witnessed by the warden.' },
    ],
  },
  {
    key: 'cpn-darren',
    person: 'darren',
    personKeys: ['darren'],
    stepId: 'cpn',
    issuedDaysAgo: 20,
    status: 'active',
    escalatedFrom: 'cpw-darren',
    deliveredDaysAgo: 19,
    terms:
      'Requirements: 1. Do not play amplified music audible outside your home between 23:00 and 07:00. 2. Do not shout at, threaten or approach the occupants of neighbouring properties. You may appeal to the magistrates’ court within 21 days.',
  },
];

export interface EnforcementRecords {
  enforcements: Enforcement[];
  issuedLetters: IssuedLetter[];
  deliveryTasks: DeliveryTask[];
}

const NAMES = {
  category: (id: string) => SEED_CATEGORIES.find((c) => c.id === id)?.name ?? id,
  ward: (code: string) => SEVENOAKS_WARDS.find((w) => w.code === code)?.name ?? code,
};

export function buildEnforcement(
  ctx: DemoContext,
  calls: CallRecords,
  people: KeyedIds,
): EnforcementRecords {
  const { time, users } = ctx;
  const out: EnforcementRecords = { enforcements: [], issuedLetters: [], deliveryTasks: [] };
  const idByKey = new Map<string, string>();
  const officer = users.asbofficer;
  const agencyName = SEED_AGENCIES.find((a) => a.id === officer.agencyId)?.name ?? officer.agencyId;

  for (const seed of SEEDS) {
    const person = DEMO_PEOPLE.find((p) => p.key === seed.person);
    if (!person) throw new Error(`unknown demo person ${seed.person}`);
    const issuedDate = time.date(seed.issuedDaysAgo);
    const personIds = new Set(seed.personKeys.map((k) => idOf(people, k)));
    const linked = calls.calls.filter(
      (c) =>
        c.incidentDate <= issuedDate &&
        c.people.some((p) => p.role === 'subject' && personIds.has(p.personId)),
    );
    // Reviews every N days from issue, up to tomorrow (nothing further ahead is seeded).
    const reviewDates: string[] = [];
    const every = seed.reviewEveryDays ?? 0;
    const tomorrow = addDays(time.today, 1);
    if (every > 0)
      for (let d = every; addDays(issuedDate, d) <= tomorrow; d += every)
        reviewDates.push(addDays(issuedDate, d));
    const step = SEED_POWERS.find((p) => p.id === seed.stepId);
    const endDate = step ? defaultEndDate(step, issuedDate) : undefined;
    const record: Enforcement = {
      id: ctx.id(time.ms(time.at(issuedDate, 9, 30))),
      recipientType: 'person',
      personId: idOf(people, seed.person),
      recipientName: person.name,
      ...(person.address ? { recipientAddress: person.address } : {}),
      ...(person.wardCode ? { recipientWardCode: person.wardCode } : {}),
      issuingAgencyId: officer.agencyId,
      stepId: seed.stepId,
      issuedDate,
      linkedCallIds: linked.map((c) => c.id),
      ...(seed.terms ? { terms: seed.terms } : {}),
      deliveryMethod: 'hand',
      reviewDates,
      breaches: (seed.breaches ?? []).map((b) => ({ date: time.date(b.daysAgo), note: b.note })),
      ...(seed.escalatedFrom ? { escalatedFromId: idByKey.get(seed.escalatedFrom) } : {}),
      ...(endDate ? { endDate } : {}),
      status: seed.status,
      issuedBy: officer.id,
    };
    const deliveredDaysAgo = seed.deliveredDaysAgo ?? seed.task?.deliveredDaysAgo;
    if (deliveredDaysAgo !== undefined)
      record.deliveredAt = time.daysAgoAt(deliveredDaysAgo, 16, 30);
    out.enforcements.push(record);
    idByKey.set(seed.key, record.id);

    const template = SEED_LETTER_TEMPLATES.find((t) => t.stepId === seed.stepId);
    if (template) {
      const incidents = letterIncidents(linked, NAMES);
      const reviewDate =
        step && nextReviewDue({ ...record, status: 'active', reviewDates: [] }, step);
      const letter = renderLetter(template.body, {
        recipientName: person.name,
        recipientAddress: person.address,
        issuedDate,
        officerName: officer.name,
        agencyName,
        terms: seed.terms,
        reviewDate,
        endDate,
        incidents,
      });
      if (!letter.ok) throw new Error(`demo letter ${seed.key} lacks ${letter.missing.join(', ')}`);
      out.issuedLetters.push({
        id: ctx.id(time.ms(time.at(issuedDate, 9, 45))),
        enforcementId: record.id,
        templateId: template.id,
        issuedDate,
        body: letter.body,
        incidents,
      });
    }

    if (seed.task) {
      const pcso = users.pcso;
      const delivered = seed.task.deliveredDaysAgo;
      out.deliveryTasks.push({
        id: ctx.id(time.ms(time.at(issuedDate, 10))),
        enforcementId: record.id,
        recipientName: person.name,
        address: person.address ?? '',
        wardCode: person.wardCode ?? '',
        assigneeUserId: pcso.id,
        assigneeAgencyId: pcso.agencyId,
        dueDate: time.capDate(addDays(issuedDate, 7)),
        status: delivered === undefined ? 'open' : 'delivered',
        ...(delivered === undefined
          ? {}
          : {
              deliveredAt: time.daysAgoAt(delivered, 16, 30),
              deliveredBy: pcso.id,
              method: 'hand' as const,
              note: 'Handed to a parent at the door and explained.',
            }),
      });
    }
  }
  return out;
}
