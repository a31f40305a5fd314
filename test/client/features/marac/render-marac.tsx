import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { maracRoutes } from '../../../../src/client/features/marac/routes';
import { behindUnlock } from '../../render';

/** The MARAC routes behind an unlocked session, at `path`. */
export function renderMarac(path: string) {
  const router = createMemoryRouter(behindUnlock(maracRoutes), { initialEntries: [path] });
  const user = userEvent.setup({ delay: null });
  return { ...render(<RouterProvider router={router} />), router, user };
}

/** A complete referral as submitReferral takes it, about `subjectName`. */
export const referralInput = (subjectName: string) => ({
  referringAgencyId: 'kent-police',
  referringOfficer: 'PCSO Test',
  subjectType: 'person' as const,
  subjectName,
  aliases: [],
  datesOfBirth: [],
  safeToCall: 'no' as const,
  criteria: ['asb'],
  riskLevel: 'medium' as const,
  consent: { given: true },
  reason: 'Repeated incidents in the street',
  agenciesInvolved: [],
});
