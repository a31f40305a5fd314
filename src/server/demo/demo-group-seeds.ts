import type { GroupItem } from '../../domain/schemas/groups';
import type { HotspotKey } from './demo-places';

/**
 * The four Task and Finish Groups named in the partnership's quarter 2
 * report (Caxton Close, Kemsing Recreation Ground, Wellingtonia Way and
 * Modern Slavery): members, action plans with RAG, and meeting minutes.
 */
type Rag = GroupItem['rag'];
export interface ItemSeed {
  agency: string;
  partners?: string[];
  item: string;
  byDays: number;
  rag: Rag;
  update: string;
}
export interface GroupSeed {
  key: string;
  title: string;
  hotspot?: HotspotKey;
  theme?: string;
  setUpDaysAgo: number;
  lead: string;
  members: string[];
  closedDaysAgo?: number;
  closureOutcome?: string;
  meetingsDaysAgo: number[];
  attendees: string;
  minutes: string[];
  items: ItemSeed[];
}

export const GROUP_SEEDS: readonly GroupSeed[] = [
  {
    key: 'caxton',
    title: 'Caxton Close, Hartley',
    hotspot: 'caxton',
    setUpDaysAgo: 58,
    lead: 'sdc-csu',
    members: ['kent-police', 'wkha', 'sdc-cctv', 'kcc-early-help', 'sdc-asb', 'sdc-direct'],
    meetingsDaysAgo: [56, 28, 7],
    attendees:
      'SDC Community Safety Manager (chair), Kent Police CSU Sergeant, PCSO for Hartley, West Kent Housing tenancy officer, SDC CCTV manager, KCC Early Help youth worker',
    minutes: [
      'Calls reviewed: rowdy gatherings and mopeds around the garage block, mostly Thursday to Saturday evenings. Residents feel intimidated. Action plan agreed.',
      'Camera now in place and patrols increased. Calls down. One young person identified and seen with parents; warning letter issued. Garage owner still not traced.',
      'Quieter month. Second warning letter issued. Agreed to keep the group open for one more month and review the camera location.',
    ],
    items: [
      {
        agency: 'sdc-cctv',
        item: 'Deploy an overt mobile CCTV camera covering the garage block.',
        byDays: 21,
        rag: 'green',
        update: 'Camera deployed; footage has identified two mopeds and one rider.',
      },
      {
        agency: 'kent-police',
        partners: ['kcc-wardens'],
        item: 'Targeted PCSO patrols Thursday to Saturday, 18:00–23:00.',
        byDays: 42,
        rag: 'green',
        update: 'Patrols ongoing; calls down from weekly to one in the last fortnight.',
      },
      {
        agency: 'wkha',
        item: 'Tenancy visits to households linked to the group.',
        byDays: 35,
        rag: 'amber',
        update: 'Two of three households visited; third not yet engaged.',
      },
      {
        agency: 'kcc-early-help',
        item: 'Offer places on the Friday youth hub diversion programme.',
        byDays: 42,
        rag: 'amber',
        update: 'Two young people attended once; follow-up planned.',
      },
      {
        agency: 'sdc-asb',
        partners: ['kent-police'],
        item: 'Consider warning letters for identified individuals.',
        byDays: 30,
        rag: 'green',
        update: 'First and second warning letters issued to one young person.',
      },
      {
        agency: 'sdc-direct',
        item: 'Trace the garage owner and have the dumped furniture removed.',
        byDays: 28,
        rag: 'red',
        update: 'Owner still not traced through Land Registry; waste remains.',
      },
    ],
  },
  {
    key: 'kemsingRec',
    title: 'Kemsing Recreation Ground',
    hotspot: 'kemsingRec',
    setUpDaysAgo: 50,
    lead: 'kent-police',
    members: ['sdc-csu', 'kenward', 'sdc-direct', 'sdc-cctv', 'kcc-early-help'],
    meetingsDaysAgo: [48, 20],
    attendees:
      'Kent Police CSU Sergeant (chair), SDC Community Safety Officer, Kenward Trust outreach lead, SDC Direct Services supervisor, KCC youth worker',
    minutes: [
      'Damage to the pavilion, drug paraphernalia near the play area and gatherings after dark. Parish asked for support. Action plan agreed.',
      'Outreach sessions well received. Litter picks weekly. Camera still blocked by the lack of power at the pavilion. One young person identified for a warning letter.',
    ],
    items: [
      {
        agency: 'kent-police',
        item: 'Evening patrols, with a focus on the pavilion and play area.',
        byDays: 40,
        rag: 'green',
        update: 'Patrols on most evenings; one stop-search, nothing found.',
      },
      {
        agency: 'kenward',
        item: 'Substance misuse outreach sessions on site.',
        byDays: 35,
        rag: 'amber',
        update: 'Two sessions held; a third cancelled because of weather.',
      },
      {
        agency: 'sdc-direct',
        item: 'Weekly litter pick and safe removal of needles and canisters.',
        byDays: 14,
        rag: 'green',
        update: 'Weekly picks in place; sharps box issued to the groundsman.',
      },
      {
        agency: 'sdc-cctv',
        item: 'Assess the pavilion for a redeployable camera.',
        byDays: 30,
        rag: 'red',
        update: 'No power supply at the pavilion; options being costed.',
      },
      {
        agency: 'kcc-early-help',
        item: 'Youth engagement sessions on Friday evenings.',
        byDays: 45,
        rag: 'amber',
        update: 'First session held with eight young people.',
      },
    ],
  },
  {
    key: 'wellingtonia',
    title: 'Wellingtonia Way, Edenbridge',
    hotspot: 'wellingtonia',
    setUpDaysAgo: 98,
    lead: 'wkha',
    members: ['sdc-asb', 'sdc-eh', 'kent-police', 'kcc-wardens', 'mental-health'],
    meetingsDaysAgo: [96, 60, 25],
    attendees:
      'West Kent Housing neighbourhood manager (chair), SDC ASB Officer, SDC Environmental Health officer, PCSO for Edenbridge, KCC Community Warden',
    minutes: [
      'Long-running dispute affecting a vulnerable older resident: noise, shouting and intimidation from the neighbouring address. Agreed escalation route and welfare support.',
      'Mediation declined. Community Protection Warning issued; noise recording shows continued loud music late at night. Warden visiting the resident weekly.',
      'CPW breached twice. Community Protection Notice issued. Resident reports feeling safer; keep the group open until the appeal window has passed.',
    ],
    items: [
      {
        agency: 'wkha',
        item: 'Offer mediation to both households.',
        byDays: 21,
        rag: 'red',
        update: 'Declined by one party.',
      },
      {
        agency: 'sdc-eh',
        item: 'Install noise recording equipment in the affected property.',
        byDays: 28,
        rag: 'green',
        update: 'Recordings captured loud music after midnight on four nights.',
      },
      {
        agency: 'sdc-asb',
        partners: ['kent-police', 'wkha'],
        item: 'Issue a Community Protection Warning and escalate to a CPN if breached.',
        byDays: 60,
        rag: 'green',
        update: 'CPW issued and breached; CPN issued.',
      },
      {
        agency: 'kcc-wardens',
        item: 'Weekly welfare visits to the affected resident.',
        byDays: 90,
        rag: 'green',
        update: 'Visits ongoing; resident more settled.',
      },
      {
        agency: 'kent-police',
        item: 'Flag the address for priority response to calls.',
        byDays: 7,
        rag: 'green',
        update: 'Flag in place.',
      },
    ],
  },
  {
    key: 'modernSlavery',
    title: 'Modern Slavery',
    theme:
      'Modern slavery and labour exploitation at car washes, nail bars and multi-occupancy properties',
    setUpDaysAgo: 150,
    lead: 'kent-police',
    members: ['sdc-csu', 'sdc-licensing', 'trading-standards', 'kfrs', 'sdc-eh'],
    closedDaysAgo: 30,
    closureOutcome:
      'All hand car washes and nail bars visited; one multi-occupancy property found and enforcement taken. Awareness training delivered. Monitoring passed to the Serious Crime and Tactical Group.',
    meetingsDaysAgo: [148, 110, 60, 32],
    attendees:
      'Kent Police SCD detective sergeant (chair), SDC Community Safety Manager, SDC Licensing team leader, Trading Standards officer, KFRS fire safety inspector',
    minutes: [
      'Intelligence on possible labour exploitation at two hand car washes. Agreed joint visits and a partner awareness session.',
      'Joint visits completed at six sites. Workers spoken to individually with an interpreter; one site referred for further enquiries.',
      'Multi-occupancy property identified; KFRS and Environmental Health inspections done and prohibition notice served.',
      'Actions complete. Agreed to close the group and pass monitoring to the Serious Crime and Tactical Group.',
    ],
    items: [
      {
        agency: 'kent-police',
        partners: ['sdc-licensing'],
        item: 'Joint visits to every hand car wash and nail bar in the district.',
        byDays: 60,
        rag: 'green',
        update: 'All sites visited.',
      },
      {
        agency: 'trading-standards',
        item: 'Check business registration and trading practices at visited sites.',
        byDays: 60,
        rag: 'green',
        update: 'Two advisory letters issued.',
      },
      {
        agency: 'kfrs',
        partners: ['sdc-eh'],
        item: 'Fire safety and housing inspection of the multi-occupancy property.',
        byDays: 95,
        rag: 'green',
        update: 'Prohibition notice served; occupants rehoused with support.',
      },
      {
        agency: 'sdc-csu',
        item: 'Deliver modern slavery awareness training to frontline staff.',
        byDays: 110,
        rag: 'green',
        update: 'Two sessions delivered to 40 staff.',
      },
    ],
  },
];
