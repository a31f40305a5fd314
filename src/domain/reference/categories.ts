/**
 * First seed of call categories, each mapped to the national ASB qualifier.
 * `asb` marks categories that count as ASB for the ASB Case Review
 * (Community Trigger) rule; safeguarding and mental health concerns do not.
 */
export const ASB_QUALIFIERS = ['personal', 'nuisance', 'environmental'] as const;
export type AsbQualifier = (typeof ASB_QUALIFIERS)[number];

export const QUALIFIER_LABELS: Record<AsbQualifier, string> = {
  personal: 'Personal',
  nuisance: 'Nuisance',
  environmental: 'Environmental',
};

export interface CategorySeed {
  id: string;
  name: string;
  qualifier: AsbQualifier;
  asb: boolean;
}

export const SEED_CATEGORIES: readonly CategorySeed[] = [
  { id: 'intimidation', name: 'Intimidation and harassment', qualifier: 'personal', asb: true },
  { id: 'neighbour', name: 'Neighbour nuisance or dispute', qualifier: 'personal', asb: true },
  { id: 'noise', name: 'Noise', qualifier: 'nuisance', asb: true },
  { id: 'nuisance-behaviour', name: 'Nuisance behaviour', qualifier: 'nuisance', asb: true },
  { id: 'rowdy', name: 'Rowdy behaviour', qualifier: 'nuisance', asb: true },
  { id: 'vehicles', name: 'Nuisance vehicles', qualifier: 'nuisance', asb: true },
  { id: 'street-drinking', name: 'Street drinking', qualifier: 'nuisance', asb: true },
  { id: 'drugs', name: 'Drugs or substance misuse', qualifier: 'nuisance', asb: true },
  { id: 'criminal-damage', name: 'Criminal damage', qualifier: 'environmental', asb: true },
  { id: 'graffiti', name: 'Graffiti', qualifier: 'environmental', asb: true },
  { id: 'fly-tipping', name: 'Fly-tipping', qualifier: 'environmental', asb: true },
  { id: 'abandoned-vehicle', name: 'Abandoned vehicle', qualifier: 'environmental', asb: true },
  { id: 'dog', name: 'Dog-related', qualifier: 'environmental', asb: true },
  { id: 'scams', name: 'Scams or doorstep crime', qualifier: 'personal', asb: false },
  { id: 'safeguarding', name: 'Safeguarding concern', qualifier: 'personal', asb: false },
  { id: 'mental-health', name: 'Mental health concern', qualifier: 'personal', asb: false },
  { id: 'hate', name: 'Hate incident', qualifier: 'personal', asb: true },
  { id: 'other', name: 'Other', qualifier: 'nuisance', asb: false },
];

/** Optional police closing codes, admin-editable (e.g. 361 rowdy or nuisance behaviour). */
export const SEED_CLOSING_CODES: readonly { code: string; name: string }[] = [
  { code: '351', name: 'ASB – personal' },
  { code: '355', name: 'ASB – environmental' },
  { code: '361', name: 'Rowdy or nuisance behaviour' },
  { code: '366', name: 'Nuisance vehicles' },
  { code: '372', name: 'Neighbour dispute' },
];
