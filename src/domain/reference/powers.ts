/**
 * The powers ladder as seeded data (domain.md): the law changes (Respect
 * Orders replace adult civil injunctions), so rules read these rows rather
 * than hard-coding steps. `requires` names the step that must be active or
 * breached for the same recipient before this one may be issued.
 */
export interface PowerStepSeed {
  id: string;
  name: string;
  order: number;
  requires?: string;
  defaultDurationMonths?: number;
  reviewEveryDays?: number;
  appealWindowDays?: number;
  maxTotalMonths?: number;
  court: boolean;
}

export const SEED_POWERS: readonly PowerStepSeed[] = [
  { id: 'warning-1', name: 'First warning letter', order: 1, court: false },
  { id: 'warning-2', name: 'Second warning letter', order: 2, court: false },
  {
    id: 'aba',
    name: 'Acceptable Behaviour Agreement',
    order: 3,
    defaultDurationMonths: 6,
    reviewEveryDays: 28,
    court: false,
  },
  { id: 'cpw', name: 'Community Protection Warning', order: 4, court: false },
  {
    id: 'cpn',
    name: 'Community Protection Notice',
    order: 5,
    requires: 'cpw',
    appealWindowDays: 21,
    court: false,
  },
  { id: 'cbo', name: 'Criminal Behaviour Order', order: 6, court: true },
  { id: 'injunction', name: 'Civil injunction', order: 6, court: true },
  {
    id: 'closure',
    name: 'Closure order',
    order: 6,
    defaultDurationMonths: 3,
    maxTotalMonths: 6,
    court: true,
  },
];

export const ABA_REVIEW_DAYS = 28;
export const CPN_APPEAL_WINDOW_DAYS = 21;
