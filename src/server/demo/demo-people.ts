/**
 * Fictional people for the demo. Names and dates of birth are invented;
 * addresses are street-level only. `key` is how the call plan refers to them.
 */
export interface DemoPersonSeed {
  key: string;
  name: string;
  aliases?: string[];
  dateOfBirth?: string;
  address?: string;
  wardCode?: string;
  flags: ('vulnerable' | 'repeat-victim' | 'repeat-subject')[];
  /** Key of the record this duplicate was merged into. */
  mergedInto?: string;
}

export const DEMO_PEOPLE: readonly DemoPersonSeed[] = [
  {
    key: 'callum',
    name: 'Callum Reeves',
    aliases: ['Cal'],
    dateOfBirth: '2006-03-14',
    address: 'Caxton Close, Hartley',
    wardCode: 'E05005019',
    flags: ['repeat-subject'],
  },
  // Logged separately by a warden before anyone linked the two; merged since.
  {
    key: 'calDup',
    name: 'Cal Reeves',
    address: 'Hartley',
    wardCode: 'E05005019',
    flags: [],
    mergedInto: 'callum',
  },
  {
    key: 'sandra',
    name: 'Sandra Whitlock',
    dateOfBirth: '1962-08-19',
    address: 'Caxton Close, Hartley',
    wardCode: 'E05005019',
    flags: ['repeat-victim'],
  },
  {
    key: 'jordan',
    name: 'Jordan Price',
    dateOfBirth: '2005-11-21',
    address: 'High Street, Kemsing',
    wardCode: 'E05005021',
    flags: ['repeat-subject'],
  },
  {
    key: 'margaret',
    name: 'Margaret Ellis',
    dateOfBirth: '1946-06-30',
    address: 'Wellingtonia Way, Edenbridge',
    wardCode: 'E05005013',
    flags: ['vulnerable', 'repeat-victim'],
  },
  {
    key: 'darren',
    name: 'Darren Hollis',
    aliases: ['Daz'],
    dateOfBirth: '1979-01-08',
    address: 'Wellingtonia Way, Edenbridge',
    wardCode: 'E05005013',
    flags: ['repeat-subject'],
  },
  {
    key: 'kayleigh',
    name: 'Kayleigh Dunn',
    dateOfBirth: '1998-04-17',
    address: 'Otford Road, Sevenoaks',
    wardCode: 'E05005026',
    flags: ['vulnerable'],
  },
  {
    key: 'ryan',
    name: 'Ryan Collier',
    dateOfBirth: '1984-12-05',
    address: 'Lime Road, Swanley',
    wardCode: 'E05005031',
    flags: ['repeat-subject'],
  },
  {
    key: 'tyler',
    name: 'Tyler Mason',
    dateOfBirth: '2007-09-02',
    address: 'Hilda May Avenue, Swanley',
    wardCode: 'E05005032',
    flags: [],
  },
  {
    key: 'graham',
    name: 'Graham Fuller',
    address: 'Station Road, Edenbridge',
    wardCode: 'E05005013',
    flags: [],
  },
  {
    key: 'irene',
    name: 'Irene Baxter',
    dateOfBirth: '1939-02-11',
    address: 'Quebec Avenue, Westerham',
    wardCode: 'E05005033',
    flags: ['vulnerable'],
  },
  {
    key: 'aisha',
    name: 'Aisha Begum',
    address: 'St Mary’s Road, Swanley',
    wardCode: 'E05005031',
    flags: [],
  },
  {
    key: 'peter',
    name: 'Peter Doyle',
    address: 'London Road, Dunton Green',
    wardCode: 'E05005012',
    flags: [],
  },
  {
    key: 'linda',
    name: 'Linda Carter',
    address: 'Hollybush Lane, Sevenoaks',
    wardCode: 'E05005026',
    flags: [],
  },
  {
    key: 'ron',
    name: 'Ron Tilley',
    dateOfBirth: '1944-10-03',
    address: 'The Row, New Ash Green',
    wardCode: 'E05005008',
    flags: ['vulnerable'],
  },
  {
    key: 'wayne',
    name: 'Wayne Hurst',
    address: 'Coomb Field, Edenbridge',
    wardCode: 'E05005014',
    flags: [],
  },
  {
    key: 'stacey',
    name: 'Stacey Knott',
    address: 'Kettlewell Court, Swanley',
    wardCode: 'E05005032',
    flags: [],
  },
];

/** People who may turn up as a victim in an ordinary (non-hotspot) neighbour or harassment call. */
export const GENERIC_VICTIMS = ['graham', 'aisha', 'peter', 'linda', 'ron'] as const;
export const GENERIC_SUBJECTS = ['wayne', 'stacey'] as const;
