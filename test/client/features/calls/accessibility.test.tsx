import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { addAction } from '../../../../src/client/local-store/actions-repo';
import { renderCalls, seedCall, signInFresh } from '../../render';

let db: CsuDb;

/** axe over the rendered screen; colour contrast needs real layout, so it is checked in the browser suite. */
async function violations(container: HTMLElement) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('calls screens have no axe violations', { timeout: 90_000 }, () => {
  beforeEach(() => {
    ({ db } = signInFresh(['chair']));
  });

  it('log a call, with errors showing', async () => {
    const { container, user } = renderCalls('/calls/new');
    await screen.findByLabelText('Summary');
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    await user.click(screen.getByRole('button', { name: 'Save call' }));
    await screen.findByRole('alert');
    expect(await violations(container)).toEqual([]);
  });

  it('call page and calls list', async () => {
    const id = await seedCall(db);
    await addAction(db, id, { text: 'Visit', agencyId: 'sdc-csu', dueDate: '2026-01-02' });
    const page = renderCalls(`/calls/${id}`);
    await screen.findByRole('heading', { name: 'Close the call' });
    expect(await violations(page.container)).toEqual([]);
    page.unmount();

    const list = renderCalls('/calls');
    await screen.findByRole('list', { name: 'Calls' });
    expect(await violations(list.container)).toEqual([]);
  });
});
