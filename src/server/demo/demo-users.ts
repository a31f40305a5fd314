import type { Role } from '../../domain/roles';

/** One demo sign-in per role (sync.md "Health and configuration"). Names are fictional. */
export interface DemoUser {
  id: string;
  username: string;
  name: string;
  agencyId: string;
  roles: Role[];
  wards: string[];
}

export const DEMO_WARDS = {
  hartley: 'E05005019',
  kemsing: 'E05005021',
  swanleyStMarys: 'E05005031',
  swanleyWhiteOak: 'E05005032',
  edenbridgeNorthEast: 'E05005013',
  edenbridgeSouthWest: 'E05005014',
  cowdenHever: 'E05005010',
} as const;

const USERS: Omit<DemoUser, 'id'>[] = [
  { username: 'chair', name: 'Helen Marsh', agencyId: 'sdc-csu', roles: ['chair'], wards: [] },
  {
    username: 'pcso',
    name: 'PCSO Daniel Fletcher',
    agencyId: 'kent-police',
    roles: ['field'],
    wards: [
      DEMO_WARDS.hartley,
      DEMO_WARDS.kemsing,
      DEMO_WARDS.swanleyStMarys,
      DEMO_WARDS.swanleyWhiteOak,
    ],
  },
  {
    username: 'warden',
    name: 'Karen Pryce',
    agencyId: 'kcc-wardens',
    roles: ['field'],
    wards: [DEMO_WARDS.edenbridgeNorthEast, DEMO_WARDS.edenbridgeSouthWest, DEMO_WARDS.cowdenHever],
  },
  {
    username: 'asbofficer',
    name: 'Priya Shah',
    agencyId: 'sdc-asb',
    roles: ['asb_officer'],
    wards: [],
  },
  {
    username: 'marac',
    name: 'Gareth Lloyd',
    agencyId: 'wkha',
    roles: ['marac', 'field'],
    wards: [],
  },
  { username: 'admin', name: 'Tom Whitfield', agencyId: 'sdc-csu', roles: ['admin'], wards: [] },
];

export type DemoUsername = 'chair' | 'pcso' | 'warden' | 'asbofficer' | 'marac' | 'admin';

export function buildDemoUsers(
  makeId: (ms: number) => string,
  createdMs: number,
): Record<DemoUsername, DemoUser> {
  const out = {} as Record<DemoUsername, DemoUser>;
  USERS.forEach((u, i) => {
    out[u.username as DemoUsername] = {
      ...u,
      wards: [...u.wards],
      roles: [...u.roles],
      id: makeId(createdMs + i),
    };
  });
  return out;
}

/** The demo user who would record work for an agency, if there is one. */
export function userForAgency(
  users: Record<DemoUsername, DemoUser>,
  agencyId: string,
): DemoUser | undefined {
  return Object.values(users).find((u) => u.agencyId === agencyId && !u.roles.includes('admin'));
}
