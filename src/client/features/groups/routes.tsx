import type { RouteObject } from 'react-router-dom';
import type { ScreenNeed } from '../../../domain/access';

const READ: ScreenNeed = { table: 'groups', action: 'read' };
const CREATE: ScreenNeed = { table: 'groups', action: 'create' };
/** What the group screens need, for the app's navigation. */
export const GROUPS_NEEDS = { list: READ, suggested: CREATE } as const;

/**
 * Task and Finish Groups: the list and a group's page for every case role;
 * suggestions and setting a group up for the chair (`handle.need`).
 */
export const groupsRoutes: RouteObject[] = [
  {
    path: 'groups',
    handle: { need: READ },
    lazy: async () => ({ Component: (await import('./groups-list-page')).GroupsListPage }),
  },
  {
    path: 'groups/suggested',
    handle: { need: CREATE },
    lazy: async () => ({
      Component: (await import('./suggested-groups-page')).SuggestedGroupsPage,
    }),
  },
  {
    path: 'groups/new',
    handle: { need: CREATE },
    lazy: async () => ({ Component: (await import('./new-group-page')).NewGroupPage }),
  },
  {
    path: 'groups/:groupId',
    handle: { need: READ },
    lazy: async () => ({ Component: (await import('./group-page')).GroupPage }),
  },
  {
    path: 'groups/:groupId/print',
    handle: { need: READ },
    lazy: async () => ({ Component: (await import('./group-print-page')).GroupPrintPage }),
  },
];
