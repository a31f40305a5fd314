import type { RouteObject } from 'react-router-dom';
import type { ScreenNeed } from '../../../domain/access';

const RUN: ScreenNeed = { table: 'taskingMeetings', action: 'create' };
/** What the meeting screen needs, for the app's navigation: the chair only. */
export const MEETING_NEEDS = { run: RUN } as const;

/** Meeting mode: the chair runs the daily tasking meeting from today's agenda. */
export const meetingRoutes: RouteObject[] = [
  {
    path: 'meeting',
    handle: { need: RUN },
    lazy: async () => ({ Component: (await import('./meeting-page')).MeetingPage }),
  },
];
