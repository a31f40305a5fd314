import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../../src/client/components/confirm-dialog';
import { ErrorSummary } from '../../../src/client/components/error-summary';
import { SyncBadge } from '../../../src/client/forms/sync-badge';
import { Textarea } from '../../../src/client/components/textarea';
import { TextInput } from '../../../src/client/components/text-input';

describe('shared components', () => {
  it('ErrorSummary takes focus and each link moves focus to its field', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary errors={[{ id: 'name', message: 'Enter a name' }]} />
        <TextInput id="name" label="Name" value="" onChange={() => {}} error="Enter a name" />
      </>,
    );
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveAccessibleName('There is a problem');
    await user.click(screen.getByRole('link', { name: 'Enter a name' }));
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Error: Enter a name');
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
  });

  it('ErrorSummary renders nothing without errors', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('Textarea counts characters and says when there are too many', async () => {
    const user = userEvent.setup();
    function Harness() {
      const [v, setV] = useState('');
      return <Textarea id="s" label="Summary" value={v} onChange={setV} maxLength={5} />;
    }
    render(<Harness />);
    expect(screen.getByText('You have 5 characters remaining')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Summary'), 'abcdefg');
    expect(screen.getAllByText('You have 2 characters too many')).toHaveLength(2);
  });

  it('SyncBadge names each state and gives the reason for a rejection', () => {
    const { rerender } = render(<SyncBadge sync={{ state: 'saved' }} />);
    expect(screen.getByText('Saved on this device')).toBeInTheDocument();
    rerender(<SyncBadge sync={{ state: 'waiting' }} />);
    expect(screen.getByText('Waiting to send')).toBeInTheDocument();
    rerender(<SyncBadge sync={undefined} />);
    expect(screen.getByText('Sent')).toBeInTheDocument();
    rerender(<SyncBadge sync={{ state: 'review' }} />);
    expect(screen.getByText('Needs review')).toBeInTheDocument();
    rerender(
      <SyncBadge
        sync={{
          state: 'rejected',
          error: { code: 'call_closed', message: 'This call is closed.' },
        }}
      />,
    );
    expect(screen.getByText('Rejected')).toBeInTheDocument();
    expect(screen.getByText('This call is closed.')).toBeInTheDocument();
  });

  it('ConfirmDialog traps focus, closes on Escape and gives focus back', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    function Harness() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Open
          </button>
          {open && (
            <ConfirmDialog
              title="Are you sure?"
              confirmLabel="Yes"
              onConfirm={onConfirm}
              onCancel={() => setOpen(false)}
            >
              <p>Body</p>
            </ConfirmDialog>
          )}
        </>
      );
    }
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Are you sure?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Yes' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Yes' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
