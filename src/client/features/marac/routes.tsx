import type { RouteObject } from 'react-router-dom';
import type { ScreenNeed } from '../../../domain/access';

const CASES: ScreenNeed = { table: 'maracReferrals', action: 'read' };
const REFER: ScreenNeed = { table: 'maracReferrals', action: 'create' };
/** What the MARAC screens and the referral form need, for the app's navigation. */
export const MARAC_NEEDS = { cases: CASES, refer: REFER } as const;

/**
 * Community MARAC screens. Referring is open to every role; everything else
 * is for members only (`handle.need`; the server sends nobody else any).
 */
export const maracRoutes: RouteObject[] = [
  {
    path: 'marac/refer',
    handle: { need: REFER },
    lazy: async () => ({ Component: (await import('./refer-page')).ReferPage }),
  },
  {
    path: 'marac/sent',
    handle: { need: REFER },
    lazy: async () => ({ Component: (await import('./sent-page')).SentPage }),
  },
  {
    path: 'marac',
    handle: { need: CASES },
    lazy: async () => ({ Component: (await import('./referrals-list-page')).ReferralsListPage }),
  },
  {
    path: 'marac/referrals/:referralId',
    handle: { need: CASES },
    lazy: async () => ({ Component: (await import('./referral-page')).ReferralPage }),
  },
  {
    path: 'marac/referrals/:referralId/people',
    handle: { need: CASES },
    lazy: async () => ({ Component: (await import('./link-people-page')).LinkPeoplePage }),
  },
  {
    path: 'marac/meetings',
    handle: { need: CASES },
    lazy: async () => ({ Component: (await import('./meetings-page')).MeetingsPage }),
  },
  {
    path: 'marac/meetings/:meetingId',
    handle: { need: CASES },
    lazy: async () => ({ Component: (await import('./meeting-page')).MeetingPage }),
  },
  {
    path: 'marac/figures',
    handle: { need: CASES },
    lazy: async () => ({ Component: (await import('./figures-page')).FiguresPage }),
  },
];
