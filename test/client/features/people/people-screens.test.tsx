import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { callsRoutes } from '../../../../src/client/features/calls/routes';
import { peopleRoutes } from '../../../../src/client/features/people/routes';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { addLocation, addPerson } from '../../../../src/client/local-store/people-repo';
import { addDays, londonDate } from '../../../../src/domain/dates';
import { uuidv7 } from '../../../../src/domain/ids';
import type { Role } from '../../../../src/domain/roles';
import { expectNoAxeViolations } from '../../axe';
import { behindUnlock, seedCall, signInFresh } from '../../render';

/**
 * The people screens on the real device store: search while typing with
 * the text kept out of the URL, a person's page with one chronology that
 * holds only what the viewer's roles read, the filter by kind, the view
 * audit, and the ASB Case Review warning on the person and call pages.
 */
const today = londonDate(new Date());

function renderAt(path: string) {
  const router = createMemoryRouter(behindUnlock([...peopleRoutes, ...callsRoutes]), {
    initialEntries: [path],
  });
  const user = userEvent.setup({ delay: null });
  return { ...render(<RouterProvider router={router} />), router, user };
}

/** A person with two calls, a visit, an enforcement record and a MARAC referral. */
async function seedSandra(db: CsuDb) {
  const personId = await addPerson(db, {
    name: 'Sandra Whitlock',
    aliases: ['Sandy'],
    address: 'Caxton Close, Hartley',
    flags: ['repeat-victim'],
  });
  for (const days of [30, 5])
    await seedCall(db, {
      receivedAt: `${addDays(today, -days)}T10:00:00.000Z`,
      incidentDate: addDays(today, -days),
      people: [{ personId, role: 'victim' }],
      categoryIds: ['noise'],
    });
  const put = (table: Parameters<CsuDb['recordTable']>[0], row: Record<string, unknown>) =>
    db.recordTable(table).put({ id: uuidv7(), ...row } as never);
  await put('visits', {
    personId,
    at: `${addDays(today, -3)}T12:00:00.000Z`,
    visitType: 'welfare',
    address: 'Caxton Close, Hartley',
  });
  await put('enforcements', {
    personId,
    issuedDate: addDays(today, -10),
    stepId: 'warning-1',
    status: 'active',
    issuingAgencyId: 'sdc-csu',
  });
  const referralId = uuidv7();
  await put('maracReferrals', { id: referralId, status: 'accepted', referredOn: today });
  await put('maracSubjectLinks', { referralId, personId });
  return personId;
}

function as(roles: Role[]) {
  return signInFresh(roles).db;
}

describe('People search', { timeout: 120_000 }, () => {
  it('finds people and places while typing, keeps the text out of the URL, and restores it on return', async () => {
    const db = as(['field']);
    const personId = await seedSandra(db);
    await addLocation(db, { address: 'Caxton Close, Hartley', wardCode: 'E05005019' });
    const { container, user, router } = renderAt('/people');
    expect(await screen.findByText(/Type a name, alias, address/)).toBeInTheDocument();
    await expectNoAxeViolations(container);

    const box = screen.getByLabelText('Search by name, alias, address, postcode or ward');
    await user.type(box, 'sandy');
    const list = await screen.findByRole('list', { name: 'People and places found' });
    expect(within(list).getByRole('link', { name: 'Sandra Whitlock' })).toHaveAttribute(
      'href',
      `/people/${personId}`,
    );
    expect(within(list).getByText(/matched on alias/)).toBeInTheDocument();

    await user.clear(box);
    await user.type(box, 'caxton');
    expect(await screen.findByText('2 matches')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Caxton Close, Hartley' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(router.state.location.state).toBeNull();
    await expectNoAxeViolations(container);

    await user.clear(box);
    await user.type(box, 'zebedee');
    expect(await screen.findByText(/No people or places match/)).toBeInTheDocument();

    await user.clear(box);
    await user.type(box, 'sandra');
    await user.click(await screen.findByRole('link', { name: 'Sandra Whitlock' }));
    await screen.findByRole('heading', { level: 1, name: /Sandra Whitlock/ });
    await user.click(screen.getByRole('link', { name: 'Search people and places' }));
    expect(
      await screen.findByLabelText('Search by name, alias, address, postcode or ward'),
    ).toHaveValue('sandra');
  });
});

describe('Person page', { timeout: 120_000 }, () => {
  it('shows a field officer details, flags and calls and visits, but no enforcement or referral', async () => {
    const db = as(['field']);
    const personId = await seedSandra(db);
    const { container, user } = renderAt(`/people/${personId}`);
    await screen.findByRole('heading', { level: 1, name: /Sandra Whitlock/ });
    expect(screen.getByText('Repeat victim')).toBeInTheDocument();
    expect(screen.getByText('Sandy')).toBeInTheDocument();
    const chronology = await screen.findByRole('list', { name: 'Chronology' });
    expect(within(chronology).getAllByRole('listitem')).toHaveLength(3);
    expect(within(chronology).getByRole('link', { name: 'Welfare visit' })).toBeInTheDocument();
    expect(within(chronology).queryByText(/MARAC/)).toBeNull();
    const show = screen.getByLabelText('Show');
    expect(within(show).queryByRole('option', { name: /Enforcement/ })).toBeNull();
    expect(within(show).queryByRole('option', { name: /MARAC/ })).toBeNull();
    await expectNoAxeViolations(container);

    await user.selectOptions(show, 'call');
    expect(await screen.findByText('2 records, newest first')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Chronology' }))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Call (reference pending)', 'Call (reference pending)']);
  });

  it('shows enforcement to the chair and referrals only to a MARAC member, and audits the view', async () => {
    const db = as(['chair']);
    const personId = await seedSandra(db);
    renderAt(`/people/${personId}`);
    const chronology = await screen.findByRole('list', { name: 'Chronology' });
    expect(await within(chronology).findByText('Active')).toBeInTheDocument();
    expect(within(chronology).queryByText('Community MARAC referral')).toBeNull();
    const views = await db.outbox.where('table').equals('viewEvents').toArray();
    expect(views.map((v) => [v.payload.table, v.payload.recordId, v.payload.label])).toEqual([
      ['people', personId, 'Person opened'],
    ]);

    const marac = as(['chair', 'marac']);
    const again = await seedSandra(marac);
    renderAt(`/people/${again}`);
    const list = await screen.findAllByRole('list', { name: 'Chronology' });
    expect(
      await within(list.at(-1)!).findByRole('link', { name: 'Community MARAC referral' }),
    ).toBeInTheDocument();
  });

  it('warns on the person page and the call page when the ASB Case Review threshold may be met', async () => {
    const db = as(['chair']);
    const personId = await addPerson(db, { name: 'Margaret Ellis' });
    let lastCall = '';
    for (const days of [60, 30, 2])
      lastCall = await seedCall(db, {
        receivedAt: `${addDays(today, -days)}T10:00:00.000Z`,
        incidentDate: addDays(today, -days),
        people: [{ personId, role: 'victim' }],
        categoryIds: ['noise'],
      });
    const { container } = renderAt(`/people/${personId}`);
    expect(
      await screen.findByText(
        /ASB Case Review threshold may be met: 3 qualifying calls in 6 months/,
      ),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);

    renderAt(`/calls/${lastCall}`);
    const warning = await screen.findByRole('region', {
      name: /ASB Case Review threshold may be met.*for Margaret Ellis/,
    });
    expect(within(warning).getByRole('link', { name: 'Margaret Ellis' })).toHaveAttribute(
      'href',
      `/people/${personId}`,
    );
  });

  it('tags the calls in the chair’s list whose people may meet the ASB Case Review threshold', async () => {
    for (const roles of [['chair'], ['field']] as Role[][]) {
      const db = as(roles);
      const personId = await addPerson(db, { name: 'Margaret Ellis' });
      for (const days of [60, 30, 2])
        await seedCall(db, {
          receivedAt: `${addDays(today, -days)}T10:00:00.000Z`,
          incidentDate: addDays(today, -days),
          people: [{ personId, role: 'victim' }],
          categoryIds: ['noise'],
        });
      await seedCall(db, { summary: 'Nobody named' });
      const { unmount } = renderAt('/calls');
      const cards = await screen.findAllByRole('listitem');
      await screen.findByText('4 calls');
      const tagged = () => screen.queryAllByText('ASB Case Review may be due');
      if (roles.includes('chair'))
        expect(await screen.findAllByText('ASB Case Review may be due')).toHaveLength(3);
      else expect(tagged()).toHaveLength(0);
      expect(cards.length).toBeGreaterThanOrEqual(4);
      unmount();
    }
  });

  it('says when a person is not on this device', async () => {
    as(['field']);
    renderAt(`/people/${uuidv7()}`);
    expect(await screen.findByRole('heading', { name: 'Person not found' })).toBeInTheDocument();
  });
});

describe('Location page', { timeout: 120_000 }, () => {
  it('lists the calls at the location, newest first', async () => {
    const db = as(['field']);
    const locationId = await addLocation(db, {
      address: 'Stangrove Park, Edenbridge',
      wardCode: 'E05005013',
    });
    for (const days of [9, 1])
      await seedCall(db, {
        receivedAt: `${addDays(today, -days)}T10:00:00.000Z`,
        incidentDate: addDays(today, -days),
        location: { locationId, address: 'Stangrove Park, Edenbridge', wardCode: 'E05005013' },
      });
    const { container } = renderAt(`/locations/${locationId}`);
    await screen.findByRole('heading', { level: 1, name: /Stangrove Park, Edenbridge/ });
    const chronology = await screen.findByRole('list', { name: 'Chronology' });
    const times = within(chronology)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('time')?.getAttribute('dateTime'));
    expect(times).toEqual([
      `${addDays(today, -1)}T10:00:00.000Z`,
      `${addDays(today, -9)}T10:00:00.000Z`,
    ]);
    await expectNoAxeViolations(container);
  });
});
