import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRoutes } from '../../../../src/client/features/import/routes';
import { setSyncTransport } from '../../../../src/client/sync/transport';
import { makeTestServer, type TestServer } from '../../../server/helpers';
import { expectNoAxeViolations } from '../../axe';
import { behindUnlock, signInFresh } from '../../render';

const HEADER =
  'reference,received date,ward,categories,anonymous,status,closed date,resident updated date,summary';
let s: TestServer;
let sent = 0;

beforeEach(async () => {
  // The real server in-process: the screen talks to it through the app's transport.
  s = await makeTestServer({ now: '2026-03-02T10:00:00.000Z' });
  await s.createUser({ username: 'chair', roles: ['chair'] });
  const cookie = await s.login('chair');
  // jsdom's Blob is not Node's, so the bytes are read out before they cross into the server.
  sent = 0;
  setSyncTransport(async (path, init) => {
    sent += 1;
    const body = init.body instanceof Blob ? await init.body.arrayBuffer() : init.body;
    return s.request(path, { ...init, body } as RequestInit, cookie);
  });
  signInFresh(['chair']);
});
afterEach(() => s.close());

function renderImport() {
  const router = createMemoryRouter(behindUnlock(importRoutes), { initialEntries: ['/import'] });
  const user = userEvent.setup({ delay: null });
  return { ...render(<RouterProvider router={router} />), user };
}
const file = (text: string | Uint8Array<ArrayBuffer>) =>
  new File([text], 'calls.csv', { type: 'text/csv' });

describe('Import calls screen', { timeout: 60_000 }, () => {
  it('lists each row’s errors by row and column, then imports only the valid rows when asked', async () => {
    const { user, container } = renderImport();
    await screen.findByRole('heading', { name: 'Import calls', level: 1 });
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByRole('link', { name: 'Choose a CSV file to import' })).toBeVisible();
    const csv = [
      HEADER,
      'DT-2025-0041,2025-06-01,Kemsing,Noise,no,open,,,Music from the recreation ground',
      'DT-2025-0042,2025-06-02,Narnia,Noise,no,open,,,Somewhere else',
    ].join('\n');
    await user.upload(screen.getByLabelText('CSV file'), file(csv));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    await screen.findByRole('heading', { name: '2 rows: 1 ready to import, 1 with errors' });
    const errors = screen.getByRole('table', { name: 'Errors by row and column' });
    expect(within(errors).getAllByRole('row')[1]).toHaveTextContent(
      '3ward“Narnia” is not a ward name or ONS code of the district',
    );
    expect(screen.queryByRole('button', { name: /Import all/ })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Import only the 1 valid rows' }));
    expect(await screen.findByRole('heading', { name: '1 calls imported' })).toBeVisible();
    const calls = await s.storage.transaction((tx) => tx.listRecords('calls'));
    expect(calls.map((c) => c.data.reference)).toEqual(['DT-2025-0041']);
  });

  it('says at the field when the file is not UTF-8, and sends nothing', async () => {
    const { user } = renderImport();
    const bytes = new Uint8Array(new ArrayBuffer(4));
    bytes.set([0x43, 0x61, 0x66, 0xe9]);
    await user.upload(await screen.findByLabelText('CSV file'), file(bytes));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByRole('link', { name: /is not UTF-8 text/ })).toBeVisible();
    expect(sent).toBe(0);
  });
});
