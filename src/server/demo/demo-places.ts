/**
 * Places the demo calls happen at: public streets, parks and stations in
 * each Sevenoaks District ward (no house numbers, so no real home is
 * implied), the busy wards weighted as the 2019 Strategic Assessment reports
 * them, and the repeat venues it names as hotspots.
 */
export interface DemoPlace {
  key: string;
  address: string;
  wardCode: string;
  gps?: { lat: number; lng: number };
}

/** Ward code → a few public places in it, and a weight for how busy it is. */
export const WARD_PLACES: readonly {
  wardCode: string;
  weight: number;
  places: readonly string[];
}[] = [
  {
    wardCode: 'E05005008',
    weight: 2,
    places: ['The Row, New Ash Green', 'North Ash Road, New Ash Green'],
  },
  { wardCode: 'E05005009', weight: 1, places: ['High Street, Brasted', 'Main Road, Sundridge'] },
  { wardCode: 'E05005010', weight: 1, places: ['Church Street, Cowden', 'Mill Lane, Hever'] },
  {
    wardCode: 'E05005011',
    weight: 1,
    places: ['Main Road, Crockenhill', 'Well Hill Lane, Well Hill'],
  },
  {
    wardCode: 'E05005012',
    weight: 2,
    places: ['London Road, Dunton Green', 'Shoreham Lane, Riverhead'],
  },
  {
    wardCode: 'E05005013',
    weight: 7,
    places: ['Station Road, Edenbridge', 'Stangrove Park, Edenbridge'],
  },
  {
    wardCode: 'E05005014',
    weight: 6,
    places: ['Coomb Field, Edenbridge', 'High Street, Edenbridge', 'Lingfield Road, Edenbridge'],
  },
  { wardCode: 'E05005015', weight: 1, places: ['Riverside, Eynsford', 'High Street, Eynsford'] },
  {
    wardCode: 'E05005016',
    weight: 1,
    places: ['High Street, Farningham', 'Horton Road, South Darenth'],
  },
  {
    wardCode: 'E05005017',
    weight: 2,
    places: ['London Road, West Kingsdown', 'Fawkham Road, West Kingsdown'],
  },
  {
    wardCode: 'E05005018',
    weight: 1,
    places: ['Otford Lane, Halstead', 'Old Otford Road, Badgers Mount'],
  },
  {
    wardCode: 'E05005019',
    weight: 4,
    places: ['Culcroft, Hartley', 'Porchester Close, Hartley', 'Church Road, Hartley'],
  },
  {
    wardCode: 'E05005020',
    weight: 2,
    places: ['College Road, Hextable', 'Egerton Avenue, Hextable'],
  },
  {
    wardCode: 'E05005021',
    weight: 3,
    places: ['Nightingale Way, Kemsing', 'High Street, Kemsing'],
  },
  { wardCode: 'E05005022', weight: 1, places: ['The Green, Leigh', 'Powder Mill Lane, Leigh'] },
  { wardCode: 'E05005023', weight: 2, places: ['High Street, Otford', 'Church Street, Shoreham'] },
  {
    wardCode: 'E05005024',
    weight: 1,
    places: ['High Street, Penshurst', 'Spring Hill, Fordcombe'],
  },
  { wardCode: 'E05005025', weight: 1, places: ['Church Street, Seal', 'Long Barn Road, Weald'] },
  {
    wardCode: 'E05005026',
    weight: 8,
    places: ['Greatness Park, Sevenoaks', 'Otford Road, Sevenoaks', 'Hollybush Lane, Sevenoaks'],
  },
  {
    wardCode: 'E05005027',
    weight: 2,
    places: ['Kippington Road, Sevenoaks', 'Oak Lane, Sevenoaks'],
  },
  {
    wardCode: 'E05005028',
    weight: 3,
    places: ['Bradbourne Park Road, Sevenoaks', 'Robyns Way, Sevenoaks'],
  },
  {
    wardCode: 'E05005029',
    weight: 5,
    places: ['High Street, Sevenoaks', 'London Road, Sevenoaks', 'Buckhurst Lane, Sevenoaks'],
  },
  {
    wardCode: 'E05005030',
    weight: 5,
    places: ['Swanley Park, Swanley', 'Swanley Village Road, Swanley'],
  },
  {
    wardCode: 'E05005031',
    weight: 7,
    places: ['Lime Road, Swanley', 'St Mary’s Road, Swanley', 'Station Approach, Swanley'],
  },
  {
    wardCode: 'E05005032',
    weight: 8,
    places: [
      'Hilda May Avenue, Swanley',
      'White Oak Leisure Centre car park, Swanley',
      'Kettlewell Court, Swanley',
    ],
  },
  {
    wardCode: 'E05005033',
    weight: 2,
    places: ['The Green, Westerham', 'Quebec Avenue, Westerham'],
  },
];

/** The repeat venues: each gets a run of calls so repeat detection fires. */
export const HOTSPOTS = {
  caxton: {
    key: 'caxton',
    address: 'Caxton Close, Hartley',
    wardCode: 'E05005019',
    gps: { lat: 51.3862, lng: 0.3051 },
  },
  kemsingRec: {
    key: 'kemsingRec',
    address: 'Kemsing Recreation Ground, St Edith’s Road, Kemsing',
    wardCode: 'E05005021',
    gps: { lat: 51.2978, lng: 0.2307 },
  },
  wellingtonia: {
    key: 'wellingtonia',
    address: 'Wellingtonia Way, Edenbridge',
    wardCode: 'E05005013',
    gps: { lat: 51.2005, lng: 0.0724 },
  },
  heverRoad: {
    key: 'heverRoad',
    address: 'Hever Road, Edenbridge',
    wardCode: 'E05005014',
    gps: { lat: 51.1903, lng: 0.0748 },
  },
  batAndBall: {
    key: 'batAndBall',
    address: 'Bat and Ball station, Otford Road, Sevenoaks',
    wardCode: 'E05005026',
    gps: { lat: 51.2893, lng: 0.1936 },
  },
  stMarys: {
    key: 'stMarys',
    address: 'St Mary’s Road shops, Swanley',
    wardCode: 'E05005031',
    gps: { lat: 51.3985, lng: 0.1741 },
  },
} as const satisfies Record<string, DemoPlace>;
export type HotspotKey = keyof typeof HOTSPOTS;

/** A short area for letters (the town or village), never the street. */
export function areaOf(address: string): string {
  const parts = address.split(',').map((p) => p.trim());
  return parts[parts.length - 1] ?? address;
}
