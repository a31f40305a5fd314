import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { enforcementRoutes } from '../../../../src/client/features/enforcement/routes';
import type { CsuDb } from '../../../../src/client/local-store/db';
import {
  getEnforcementBundle,
  issueEnforcement,
} from '../../../../src/client/local-store/enforcement-repo';
import { useSession } from '../../../../src/client/sync/session-store';
import { addDays, addMonths, formatDate, londonDate } from '../../../../src/domain/dates';
import type { Role } from '../../../../src/domain/roles';
import { behindUnlock, signInFresh, TEST_WARD } from '../../render';

/**
 * The enforcement screens for each role: the ASB officer acts, the chair
 * reads the same records with no command offered, anyone else is told the
 * page is not for them before anything loads.
 */
const today = londonDate(new Date());
let db: CsuDb;
let userId: string;
let abaId: string;
let closureId: string;

function renderAt(path: string) {
  const router = createMemoryRouter(behindUnlock(enforcementRoutes), { initialEntries: [path] });
  const user = userEvent.setup({ delay: null });
  return { ...render(<RouterProvider router={router} />), router, user };
}

/** The same device database, now signed in with other roles. */
function actAs(roles: Role[]) {
  useSession
    .getState()
    .setUser(
      { id: userId, name: 'Test User', username: 'test', agencyId: 'sdc-csu', roles, wards: [] },
      'unlocked',
    );
}

const base = {
  recipientType: 'person' as const,
  recipientName: 'Alex Sample',
  issuingAgencyId: 'sdc-asb',
  linkedCallIds: [],
  deliveryMethod: 'post' as const,
  recipientAddress: '1 Example Road',
  recipientWardCode: TEST_WARD,
};

const COMMAND_BUTTONS = [
  'Issue a letter or power',
  'Record review',
  'Record breach',
  'Extend',
  'Mark as complied with',
  'Mark as expired',
  'Escalate to the next step',
];

function expectNoCommands() {
  for (const name of COMMAND_BUTTONS) {
    expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
  }
}

describe('enforcement screens by role', { timeout: 120_000 }, () => {
  beforeEach(async () => {
    ({ db, userId } = signInFresh(['asb_officer'], 'sdc-asb'));
    abaId = await issueEnforcement(db, {
      record: { ...base, stepId: 'aba', issuedDate: addDays(today, -3) },
      letter: { templateId: 'tpl-aba', body: 'Dear Alex Sample', incidents: [] },
    });
    closureId = await issueEnforcement(db, {
      record: {
        ...base,
        recipientType: 'organisation',
        recipientName: 'The Old Mill Bar Ltd',
        stepId: 'closure',
        issuedDate: today,
        endDate: addMonths(today, 3),
      },
    });
  });

  it('the chair sees the dashboard, a record and its letter, and is offered no command', async () => {
    actAs(['chair']);
    const home = renderAt('/enforcement');
    expect(await screen.findByRole('heading', { name: 'Enforcement', level: 1 })).toBeVisible();
    expect(
      await screen.findByRole('link', { name: /The Old Mill Bar Ltd: Closure order/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /Alex Sample/ }).length).toBeGreaterThan(0);
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expectNoCommands();
    home.unmount();

    const record = renderAt(`/enforcement/${closureId}`);
    await screen.findByRole('heading', { name: 'The Old Mill Bar Ltd: Closure order' });
    expect(screen.getByText('Ends').parentElement).toHaveTextContent(
      formatDate(addMonths(today, 3)),
    );
    expectNoCommands();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    record.unmount();

    renderAt(`/enforcement/${abaId}/letter`);
    expect((await screen.findByTestId('letter-body')).textContent).toBe('Dear Alex Sample');
  });

  it('the ASB officer extends a closure order to 6 months and no further', async () => {
    const { user } = renderAt(`/enforcement/${closureId}`);
    const field = await screen.findByLabelText('New end date');
    const latest = addMonths(today, 6);
    expect(field).toHaveAccessibleDescription(expect.stringContaining(formatDate(latest)));
    for (const name of COMMAND_BUTTONS.slice(1))
      expect(screen.getAllByRole('button', { name })[0]).toBeVisible();
    fireEvent.change(field, { target: { value: addDays(latest, 1) } });
    await user.click(screen.getByRole('button', { name: 'Extend' }));
    expect((await screen.findAllByText(/6 months in total at most/)).length).toBeGreaterThan(0);
    expect((await getEnforcementBundle(db, closureId))?.record.endDate).toBe(addMonths(today, 3));

    fireEvent.change(field, { target: { value: latest } });
    await user.click(screen.getByRole('button', { name: 'Extend' }));
    await screen.findByText(formatDate(latest), { selector: 'dd' });
    expect((await getEnforcementBundle(db, closureId))?.record.endDate).toBe(latest);
  });

  it.each<[Role[]]>([[['field']], [['marac']], [['admin']]])(
    '%j is told the screens are not for them, with nothing loaded',
    async (roles) => {
      actAs(roles);
      for (const path of ['/enforcement', `/enforcement/${abaId}`, '/enforcement/new']) {
        const view = renderAt(path);
        expect(
          await screen.findByRole('heading', { name: 'You do not have access to this page' }),
        ).toBeInTheDocument();
        expect(screen.queryByText(/Alex Sample/)).not.toBeInTheDocument();
        view.unmount();
      }
    },
  );

  it('the chair cannot open the issue form', async () => {
    actAs(['chair']);
    renderAt('/enforcement/new');
    expect(
      await screen.findByRole('heading', { name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
  });
});
