import type { RouteObject } from 'react-router-dom';
import type { ScreenNeed } from '../../../domain/access';

/** The matrix's change grant for people and locations: the chair and the ASB officer. */
const CHANGE_PEOPLE: ScreenNeed = { table: 'people', action: 'change' };
const CHANGE_LOCATIONS: ScreenNeed = { table: 'locations', action: 'change' };
export const PERSON_RECORD_NEEDS = { person: CHANGE_PEOPLE, location: CHANGE_LOCATIONS } as const;

/** Correcting people and locations (with their field history). */
export const personRecordRoutes: RouteObject[] = [
  {
    path: 'people/:personId/edit',
    handle: { need: CHANGE_PEOPLE },
    lazy: async () => ({ Component: (await import('./person-edit-page')).PersonEditPage }),
  },
  {
    path: 'locations/:locationId/edit',
    handle: { need: CHANGE_LOCATIONS },
    lazy: async () => ({ Component: (await import('./location-edit-page')).LocationEditPage }),
  },
];
