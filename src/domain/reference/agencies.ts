/** First seed of the agencies table (domain.md "Reference data"). Ids are stable slugs. */
export interface AgencySeed {
  id: string;
  name: string;
  shortName: string;
}

export const SEED_AGENCIES: readonly AgencySeed[] = [
  {
    id: 'sdc-csu',
    name: 'Sevenoaks District Council – Community Safety Unit',
    shortName: 'SDC CSU',
  },
  { id: 'sdc-asb', name: 'Sevenoaks District Council – ASB Officer', shortName: 'SDC ASB' },
  {
    id: 'sdc-eh',
    name: 'Sevenoaks District Council – Environmental Health',
    shortName: 'SDC Env Health',
  },
  {
    id: 'sdc-direct',
    name: 'Sevenoaks District Council – Direct Services',
    shortName: 'SDC Direct Services',
  },
  {
    id: 'sdc-licensing',
    name: 'Sevenoaks District Council – Licensing',
    shortName: 'SDC Licensing',
  },
  { id: 'sdc-cctv', name: 'Sevenoaks District Council – CCTV', shortName: 'SDC CCTV' },
  { id: 'kent-police', name: 'Kent Police', shortName: 'Kent Police' },
  { id: 'kcc-wardens', name: 'KCC Community Wardens', shortName: 'KCC Wardens' },
  { id: 'wkha', name: 'West Kent Housing', shortName: 'West Kent Housing' },
  { id: 'moat', name: 'Moat Homes', shortName: 'Moat' },
  { id: 'kfrs', name: 'Kent Fire & Rescue', shortName: 'KFRS' },
  { id: 'kenward', name: 'Kenward Trust', shortName: 'Kenward Trust' },
  { id: 'davss', name: 'DAVSS', shortName: 'DAVSS' },
  { id: 'kcc-early-help', name: 'KCC Early Help / Youth', shortName: 'KCC Early Help' },
  { id: 'trading-standards', name: 'Trading Standards', shortName: 'Trading Standards' },
  { id: 'cgl', name: 'CGL', shortName: 'CGL' },
  { id: 'probation', name: 'Probation', shortName: 'Probation' },
  { id: 'mental-health', name: 'Mental health services', shortName: 'Mental health' },
];
