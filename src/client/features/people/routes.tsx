import type { RouteObject } from 'react-router-dom';
import type { ScreenNeed } from '../../../domain/access';

const READ: ScreenNeed = { table: 'people', action: 'read' };
/** What the people screens need, for the app's navigation. */
export const PEOPLE_NEEDS = { search: READ } as const;

/** Searching people and places, and a person's or a location's page, for every case role. */
export const peopleRoutes: RouteObject[] = [
  {
    path: 'people',
    handle: { need: READ },
    lazy: async () => ({ Component: (await import('./people-search-page')).PeopleSearchPage }),
  },
  {
    path: 'people/:personId',
    handle: { need: READ },
    lazy: async () => ({ Component: (await import('./person-page')).PersonPage }),
  },
  {
    path: 'locations/:locationId',
    handle: { need: { table: 'locations', action: 'read' } },
    lazy: async () => ({ Component: (await import('./location-page')).LocationPage }),
  },
  // Correcting a record (with its field history): the matrix's change grant, chair and ASB officer.
  {
    path: 'people/:personId/edit',
    handle: { need: { table: 'people', action: 'change' } },
    lazy: async () => ({ Component: (await import('./person-edit-page')).PersonEditPage }),
  },
  {
    path: 'locations/:locationId/edit',
    handle: { need: { table: 'locations', action: 'change' } },
    lazy: async () => ({ Component: (await import('./location-edit-page')).LocationEditPage }),
  },
];
