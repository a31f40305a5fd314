import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { enforcementRoutes } from '../../../../src/client/features/enforcement/routes';
import type { CsuDb } from '../../../../src/client/local-store/db';
import {
  getEnforcementBundle,
  issueEnforcement,
  listEnforcements,
} from '../../../../src/client/local-store/enforcement-repo';
import { addPerson } from '../../../../src/client/local-store/people-repo';
import { addDays, formatDate, londonDate } from '../../../../src/domain/dates';
import { behindUnlock, seedCall, signInFresh, TEST_WARD } from '../../render';

let db: CsuDb;
const today = londonDate(new Date());

function renderAt(path: string) {
  const router = createMemoryRouter(behindUnlock(enforcementRoutes), { initialEntries: [path] });
  const user = userEvent.setup({ delay: null });
  return { ...render(<RouterProvider router={router} />), router, user };
}

async function violations(container: HTMLElement) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const TEMPLATE = {
  id: 'tpl-aba',
  stepId: 'aba',
  name: 'ABA letter',
  active: true,
  body: 'Dear {{recipientName}},\n{{incidents}}\nYou agreed: {{terms}}\nFirst review: {{reviewDate}}\n{{officerName}}',
};

describe('enforcement screens', { timeout: 120_000 }, () => {
  beforeEach(async () => {
    ({ db } = signInFresh(['asb_officer'], 'sdc-asb'));
    await db.recordTable('letterTemplates').put(TEMPLATE);
  });

  it('the ASB officer issues an ABA with a previewed letter; the record shows the first review in 4 weeks', async () => {
    await seedCall(db, {
      incidentDate: '2026-03-03',
      summary: 'Secret summary naming Vera Victim.',
    });
    const { user, container } = renderAt('/enforcement/new');
    await user.type(await screen.findByLabelText('Recipient name'), 'Alex Sample');
    await user.selectOptions(screen.getByLabelText(/^Step/), 'aba');
    await user.click(screen.getByRole('checkbox', { name: /3 March 2026/ }));
    await user.click(screen.getByRole('radio', { name: 'By post' }));
    await user.click(screen.getByRole('button', { name: 'Issue' }));
    // The letter needs terms: issuing stops and names what is missing.
    expect(
      (await screen.findAllByText(/cannot be issued until it has the terms/)).length,
    ).toBeGreaterThan(0);
    expect(await listEnforcements(db)).toEqual([]);
    expect(await violations(container)).toEqual([]);

    await user.type(screen.getByLabelText(/^Terms/), 'Not to gather outside the shops.');
    await user.click(screen.getByRole('button', { name: 'Preview the letter' }));
    const preview = screen.getByRole('article', { name: 'Letter preview' });
    expect(preview).toHaveTextContent('3 March 2026, Sevenoaks Eastern: Noise');
    expect(preview).not.toHaveTextContent(/Vera|Secret|Jane Example/);
    await user.click(screen.getByRole('button', { name: 'Issue' }));

    await screen.findByRole('heading', { name: 'Alex Sample: Acceptable Behaviour Agreement' });
    const [record] = await listEnforcements(db);
    expect(record).toMatchObject({ status: 'active', endDate: expect.any(String) });
    const next = screen.getByText('Next review due').parentElement;
    expect(next).toHaveTextContent(formatDate(addDays(today, 28)));
    expect(await violations(container)).toEqual([]);

    const bundle = await getEnforcementBundle(db, record!.id);
    await user.click(screen.getByRole('link', { name: 'View and print the letter as issued' }));
    const printed = await screen.findByTestId('letter-body');
    expect(printed.textContent).toBe(bundle?.letters[0]?.body);
    expect(screen.getByRole('article', { name: 'Letter as issued' })).toHaveTextContent(
      'Sevenoaks District Council',
    );
  });

  it('finds the recipient among people on record, links the record to them and fills their address', async () => {
    const personId = await addPerson(db, {
      name: 'Kieran Walsh',
      address: '3 Pound Lane, Kemsing',
      wardCode: TEST_WARD,
    });
    const { user } = renderAt('/enforcement/new');
    await user.type(await screen.findByLabelText('Recipient name'), 'kier');
    const known = await screen.findByRole('group', { name: 'Is this someone already on record?' });
    await user.click(within(known).getByRole('radio', { name: /Kieran Walsh/ }));
    expect(screen.getByLabelText('Recipient name')).toHaveValue('Kieran Walsh');
    expect(screen.getByLabelText('Recipient address')).toHaveValue('3 Pound Lane, Kemsing');
    expect(screen.getByLabelText('Ward of the address')).toHaveValue(TEST_WARD);
    await user.selectOptions(screen.getByLabelText(/^Step/), 'cpw');
    await user.click(screen.getByRole('radio', { name: 'By post' }));
    await user.click(screen.getByRole('button', { name: 'Issue' }));
    await screen.findByRole('heading', { name: 'Kieran Walsh: Community Protection Warning' });
    const [record] = await listEnforcements(db);
    expect(record).toMatchObject({ personId, recipientType: 'person' });

    // An organisation is never linked to a person record.
    await user.click(screen.getByRole('link', { name: 'Back to enforcement' }));
    await user.click(await screen.findByRole('button', { name: 'Issue a letter or power' }));
    await user.click(await screen.findByRole('radio', { name: 'An organisation' }));
    await user.type(screen.getByLabelText('Organisation name'), 'Kieran Walsh');
    expect(
      screen.queryByRole('group', { name: 'Is this someone already on record?' }),
    ).not.toBeInTheDocument();
  });

  it('records a review and a breach, then shows them on the dashboard', async () => {
    const id = await issueEnforcement(db, {
      record: {
        recipientType: 'person',
        recipientName: 'Alex Sample',
        issuingAgencyId: 'sdc-asb',
        stepId: 'aba',
        issuedDate: addDays(today, -30),
        linkedCallIds: [],
        deliveryMethod: 'hand',
        recipientAddress: '1 Example Road',
        recipientWardCode: TEST_WARD,
      },
      delivery: {
        recipientName: 'Alex Sample',
        address: '1 Example Road',
        wardCode: TEST_WARD,
        assigneeAgencyId: 'kent-police',
        dueDate: today,
      },
    });
    const home = renderAt('/enforcement');
    const overdue = await screen.findByRole('region', { name: /Overdue reviews \(1\)/ });
    expect(within(overdue).getByRole('link', { name: /Alex Sample/ })).toHaveAttribute(
      'href',
      `/enforcement/${id}`,
    );
    expect(
      screen.getByRole('region', { name: /Letters awaiting delivery \(1\)/ }),
    ).toBeInTheDocument();
    expect(await violations(home.container)).toEqual([]);
    home.unmount();

    const { user } = renderAt(`/enforcement/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Record review' }));
    await screen.findByText(formatDate(today), { selector: 'dd' });
    await user.type(screen.getByLabelText('What happened'), 'Seen drinking outside the shops');
    await user.click(screen.getByRole('button', { name: 'Record breach' }));
    await screen.findByText('Seen drinking outside the shops');
    expect(await screen.findByText('Breached')).toBeInTheDocument();
  });

  it('counts letters, ABAs, CPWs and CPNs issued in the chosen period and lists each through to its record', async () => {
    const issue = (stepId: string, daysAgo: number, escalatedFromId?: string) =>
      issueEnforcement(db, {
        record: {
          recipientType: 'person',
          recipientName: 'Alex Sample',
          recipientAddress: '1 Example Road',
          recipientWardCode: TEST_WARD,
          issuingAgencyId: 'sdc-asb',
          stepId,
          issuedDate: addDays(today, -daysAgo),
          linkedCallIds: [],
          deliveryMethod: 'post',
          ...(escalatedFromId ? { escalatedFromId } : {}),
        },
      });
    await issue('warning-1', 10);
    await issue('warning-2', 20);
    await issue('aba', 5);
    await issue('aba', 120);
    const cpw = await issue('cpw', 30);
    // Escalating the CPW leaves it counted as a CPW issued in the period.
    const cpn = await issue('cpn', 3, cpw);
    const { user, container } = renderAt('/enforcement');
    const period = await screen.findByRole('region', { name: 'Issued in a period' });
    const count = (label: string) =>
      within(period).getByRole('button', { name: new RegExp(`^${label}: \\d+$`) });
    expect(count('Warning letters')).toHaveTextContent('Warning letters: 2');
    expect(count('Acceptable Behaviour Agreements')).toHaveTextContent(': 1');
    expect(count('Community Protection Warnings')).toHaveTextContent(': 1');
    expect(count('Community Protection Notices')).toHaveTextContent(': 1');

    await user.click(count('Community Protection Warnings'));
    expect(count('Community Protection Warnings')).toHaveAttribute('aria-pressed', 'true');
    const cpws = within(period).getByRole('list', {
      name: 'Community Protection Warnings in the period',
    });
    expect(within(cpws).getByRole('link')).toHaveAttribute('href', `/enforcement/${cpw}`);
    await user.click(count('Community Protection Notices'));
    const cpns = within(period).getByRole('list', {
      name: 'Community Protection Notices in the period',
    });
    expect(within(cpns).getByRole('link')).toHaveAttribute('href', `/enforcement/${cpn}`);
    expect(await violations(container)).toEqual([]);

    // Moving the start back takes in the ABA issued 120 days ago.
    fireEvent.change(within(period).getByLabelText('From'), {
      target: { value: addDays(today, -150) },
    });
    expect(count('Acceptable Behaviour Agreements')).toHaveTextContent(': 2');
    expect(count('Warning letters')).toHaveTextContent(': 2');
  });
});
