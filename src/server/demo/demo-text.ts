/**
 * What demo calls say, written the way CSU daily tasking entries read.
 * `{place}` is replaced with the call's address. No real people or events.
 */
export const SUMMARIES: Record<string, readonly string[]> = {
  rowdy: [
    'Group of 8–10 youths gathering at {place} most evenings from about 19:00, shouting, swearing and kicking a football against parked cars. Reporter feels intimidated walking past.',
    'Large group drinking and playing loud music at {place} until after midnight on Friday and Saturday. Bottles left smashed on the footpath in the morning.',
    'Youths on bikes congregating at {place}, throwing stones at passing cars and verbally abusing residents who ask them to move on.',
    'Rowdy behaviour outside the shops at {place}; group blocking the entrance and shop staff report being sworn at when they asked them to leave.',
  ],
  'nuisance-behaviour': [
    'Repeated knock-and-run at {place} late at night; residents have CCTV doorbell clips showing three teenagers.',
    'Young people climbing on the roof of the community building at {place} and throwing items onto the road below.',
    'Ongoing nuisance at {place}: group letting off fireworks in the street and setting fire to bins.',
  ],
  neighbour: [
    'Long-running dispute between neighbours at {place} over shared parking and boundary fence. Reporter states the neighbour shouts abuse whenever they leave the house.',
    'Neighbour at {place} playing loud music and banging on the party wall at all hours; reporter is a shift worker and is not sleeping.',
    'Reporter states next-door neighbour at {place} is throwing rubbish and dog mess over the fence into their garden.',
  ],
  intimidation: [
    'Reporter says a neighbour at {place} has been filming them and their children and making threatening comments in the street.',
    'Group of young adults at {place} following a resident home and shouting comments about her; she is now afraid to go out after dark.',
    'Reporter harassed by a former friend who turns up at {place} and sends abusive messages. Reporter does not want police involvement at this stage.',
  ],
  noise: [
    'Persistent loud music and parties at {place}, most nights until 02:00–03:00. Several households affected.',
    'Dog barking for hours while owner is out at {place}; reporter has kept a diary for two weeks.',
    'Noise from a garage workshop at {place} running power tools late into the evening and at weekends.',
  ],
  vehicles: [
    'Off-road motorbikes and mopeds being ridden at speed across the grass and footpaths at {place}, no helmets. Near miss with a child reported.',
    'Cars meeting in the car park at {place} late at night, revving engines and doing doughnuts; tyre marks left on the surface.',
    'Quad bike ridden up and down {place} every evening; residents believe it is kept at an address nearby.',
  ],
  'street-drinking': [
    'Group of adults drinking on the benches at {place} from late morning, urinating in the alleyway and asking passers-by for money.',
    'Street drinking at {place}; empty cans and bottles left behind and shoppers complaining of aggressive begging.',
  ],
  drugs: [
    'Strong smell of cannabis and suspected dealing at {place}; cars pulling up for a few minutes and leaving. Reporter has noted registrations.',
    'Needles and small plastic bags found at {place} near the play area; reporter concerned for children.',
    'Young people seen taking nitrous oxide at {place}; silver canisters left all over the ground.',
  ],
  'criminal-damage': [
    'Bus shelter glass smashed at {place} for the third time this month.',
    'Fence panels kicked in and plants pulled up at {place}; reporter believes it is the same group seen hanging around in the evenings.',
  ],
  graffiti: [
    'Graffiti tags sprayed on the walls and garage doors at {place}, some of it offensive.',
  ],
  'fly-tipping': [
    'Fly-tip of builders’ rubble and a mattress dumped in the lay-by at {place}. Partly blocking the road.',
    'Bags of household waste and a fridge dumped at {place}; this is the second time in a fortnight.',
    'Van load of garden waste and plasterboard tipped in the field gateway at {place}. Landowner reporting.',
  ],
  'abandoned-vehicle': [
    'Car with flat tyres and no tax parked at {place} for over three weeks; windows now broken.',
  ],
  dog: [
    'Dog off the lead at {place} jumped up at a child and knocked her over; owner walked away.',
    'Owners not picking up after their dogs at {place}; the playing field is badly fouled.',
  ],
  scams: [
    'Elderly resident at {place} visited by two men offering to fix her roof; they asked for £2,000 cash up front. Neighbour intervened.',
    'Resident at {place} has received repeated calls claiming to be from the bank asking for card details; she gave some details before realising.',
  ],
  safeguarding: [
    'Concern for a teenager seen at {place} late at night in the company of older males in a car; appears to be under the influence.',
    'Resident at {place} concerned for an elderly neighbour who appears to be living without heating and not eating properly.',
  ],
  'mental-health': [
    'Man at {place} shouting in the street and banging on doors in the early hours; residents believe he is unwell rather than malicious.',
    'Resident at {place} making repeated calls to neighbours and services, appearing confused and distressed.',
  ],
  hate: [
    'Family at {place} subjected to racist abuse shouted from a passing car and eggs thrown at their front window.',
  ],
  other: [
    'Resident reports a broken street light at {place} has made the alleyway a gathering spot; asks for help getting it fixed.',
  ],
};

/** Weights for the categories of ordinary calls (the assessment’s top types first). */
export const CATEGORY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['rowdy', 14],
  ['nuisance-behaviour', 12],
  ['neighbour', 14],
  ['intimidation', 10],
  ['noise', 10],
  ['vehicles', 9],
  ['fly-tipping', 10],
  ['drugs', 7],
  ['street-drinking', 3],
  ['criminal-damage', 4],
  ['graffiti', 2],
  ['abandoned-vehicle', 3],
  ['dog', 3],
  ['scams', 3],
  ['safeguarding', 2],
  ['mental-health', 2],
  ['hate', 1],
  ['other', 1],
];

/** A second category that often comes with the first. */
export const COMPANION_CATEGORY: Record<string, string> = {
  rowdy: 'criminal-damage',
  neighbour: 'noise',
  intimidation: 'neighbour',
  drugs: 'nuisance-behaviour',
  'street-drinking': 'rowdy',
  vehicles: 'nuisance-behaviour',
};

/** Who usually logs a call of each kind. */
export const SOURCE_BY_CATEGORY: Record<string, readonly string[]> = {
  'fly-tipping': ['sdc-direct', 'sdc-csu', 'kcc-wardens'],
  noise: ['sdc-eh', 'sdc-csu', 'wkha'],
  neighbour: ['wkha', 'moat', 'sdc-csu', 'kent-police'],
  scams: ['kcc-wardens', 'kent-police', 'trading-standards'],
  'abandoned-vehicle': ['sdc-csu', 'sdc-direct'],
};
export const DEFAULT_SOURCES = [
  'kent-police',
  'kent-police',
  'sdc-csu',
  'kcc-wardens',
  'wkha',
  'sdc-asb',
] as const;

/** Police closing codes for the categories they cover. */
export const CLOSING_CODE_BY_CATEGORY: Record<string, string> = {
  rowdy: '361',
  'nuisance-behaviour': '361',
  'street-drinking': '361',
  vehicles: '366',
  neighbour: '372',
  intimidation: '351',
  'fly-tipping': '355',
};

export const FIRST_NAMES = [
  'Susan',
  'David',
  'Paul',
  'Claire',
  'Mark',
  'Julie',
  'Andrew',
  'Karen',
  'Stephen',
  'Nicola',
  'Gary',
  'Joanne',
  'Ian',
  'Rachel',
  'Keith',
  'Tracey',
  'Simon',
  'Amanda',
  'Neil',
  'Lorraine',
  'Barry',
  'Deborah',
  'Colin',
  'Hayley',
] as const;
export const SURNAMES = [
  'Harris',
  'Turner',
  'Wood',
  'Hughes',
  'Palmer',
  'Barker',
  'Mills',
  'Saunders',
  'Hopkins',
  'Chapman',
  'Lambert',
  'Webb',
  'Fisher',
  'Holland',
  'Sharp',
  'Kemp',
  'Gibbs',
  'Lowe',
  'Parsons',
  'Frost',
  'Norris',
  'Bird',
  'Dixon',
  'Tapp',
] as const;
