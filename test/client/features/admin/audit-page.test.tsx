/**
 * The audit viewer against a real test server: filters by who, what and
 * record, newest first, pages older entries on demand, names people (never
 * raw user ids) and exports the rows shown as CSV.
 */
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setActiveUser } from '../../../../src/client/local-store/db';
import { adminRoutes } from '../../../../src/client/features/admin/routes';
import { auditCsv } from '../../../../src/client/features/admin/audit-words';
import { useAuditLog } from '../../../../src/client/features/admin/use-audit-log';
import { useSession } from '../../../../src/client/sync/session-store';
import { setSyncTransport } from '../../../../src/client/sync/sync-runtime';
import { behindUnlock } from '../../render';
import type { TestServer } from '../../../server/helpers';
import { serverWith, signInOver, TestTransport } from '../../../sync/harness';

let server: TestServer;
let pcsoId: string;

function renderAudit(path = '/admin/audit') {
  const router = createMemoryRouter(behindUnlock(adminRoutes), { initialEntries: [path] });
  return {
    ...render(<RouterProvider router={router} />),
    router,
    user: userEvent.setup({ delay: null }),
  };
}

beforeEach(async () => {
  server = await serverWith([
    { username: 'admin', roles: ['admin'] },
    { username: 'pcso', roles: ['field'], agencyId: 'kent-police' },
  ]);
  pcsoId = (await server.storage.transaction((tx) => tx.getUserByUsername('pcso')))!.id;
  const transport = new TestTransport(server);
  await signInOver(new TestTransport(server), 'pcso');
  const { user } = await signInOver(transport, 'admin');
  setActiveUser(user.id);
  useSession.getState().setUser(user, 'unlocked');
  setSyncTransport(transport.send);
});
afterEach(async () => {
  await server.close();
});

const rows = () => within(screen.getByRole('table', { name: /Audit entries/ })).getAllByRole('row');

describe('audit log screen', { timeout: 30_000 }, () => {
  it('shows entries newest first with people named, and filters by who and what', async () => {
    const { container, user, router } = renderAudit();
    await screen.findByRole('table', { name: /Audit entries/ });
    // The directory names people: the PCSO's sign-in shows their name, never their id.
    await waitFor(() => expect(screen.getAllByRole('cell', { name: 'pcso' }).length).toBe(1));
    const whoCells = rows()
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[1]!.textContent);
    expect(whoCells).not.toContain(pcsoId);

    await user.selectOptions(screen.getByLabelText('Who'), pcsoId);
    await user.selectOptions(screen.getByLabelText('What they did'), 'login');
    await user.click(screen.getByRole('button', { name: 'Show entries' }));
    await waitFor(() => expect(router.state.location.search).toContain(`userId=${pcsoId}`));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[1]).toHaveTextContent('Signed in');
    expect(screen.getByRole('status')).toHaveTextContent('Showing the newest 1 entry.');
    const axeResult = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(axeResult.violations.map((v) => v.id)).toEqual([]);
  });

  it('says so when nothing matches, and refuses an end date before the start', async () => {
    const { user } = renderAudit('/admin/audit?action=import.calls');
    expect(await screen.findByText('No entries match these filters.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('From'), '2026-05-02');
    await user.type(screen.getByLabelText('To'), '2026-05-01');
    await user.click(screen.getByRole('button', { name: 'Show entries' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The end date must be on or after the start date');
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
  });

  it('loads older entries a page at a time, keeping the newer ones', async () => {
    for (let i = 0; i < 3; i++) await signInOver(new TestTransport(server), 'pcso');
    const { result } = renderHook(() => useAuditLog({ userId: pcsoId, action: 'login' }, 3));
    await waitFor(() => expect(result.current.entries).toHaveLength(3));
    expect(result.current.hasOlder).toBe(true);
    const newest = result.current.entries!.map((e) => e.id);
    act(() => result.current.loadOlder());
    await waitFor(() => expect(result.current.entries).toHaveLength(4));
    expect(result.current.entries!.slice(0, 3).map((e) => e.id)).toEqual(newest);
    expect(result.current.hasOlder).toBe(false);
    const at = result.current.entries!.map((e) => e.at);
    expect([...at].sort().reverse()).toEqual(at);
  });

  it('exports the rows shown as CSV with plain-English cells', () => {
    const names = { user: () => 'Dan Fletcher', device: () => 'Work phone' };
    const csv = auditCsv(
      [
        {
          id: 'a1',
          at: '2026-07-01T09:30:00.000Z',
          userId: 'u1',
          deviceId: 'd1',
          action: 'view',
          table: 'people',
          ids: ['p1', 'p2'],
        },
      ],
      names,
    );
    expect(csv.startsWith('\uFEFFWhen,Who,Device,What,Record type,Record ids\r\n')).toBe(true);
    expect(csv).toContain('Dan Fletcher,Work phone,Opened a record,Person,p1 p2');
  });
});
