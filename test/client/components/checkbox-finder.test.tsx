import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CheckboxFinder } from '../../../src/client/components/checkbox-finder';
import type { CheckboxGroup } from '../../../src/client/components/checkboxes';
import { Details } from '../../../src/client/components/details';
import { expectNoAxeViolations } from '../axe';

const GROUPS: CheckboxGroup[] = [
  {
    label: 'Personal',
    items: [
      { value: 'harassment', label: 'Intimidation & harassment' },
      { value: 'hate', label: 'Hate incident' },
    ],
  },
  {
    label: 'Nuisance',
    items: [
      { value: 'noise', label: 'Noise' },
      { value: 'rowdy', label: 'Rowdy behaviour' },
      { value: 'vehicles', label: 'Nuisance vehicles' },
    ],
  },
  { label: 'Environmental', items: [{ value: 'fly-tipping', label: 'Fly-tipping' }] },
];

function Harness({ initial = [], error }: { initial?: string[]; error?: string }) {
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
      }}
    >
      <CheckboxFinder
        id="categoryIds"
        legend="Categories"
        hint="Choose all that apply"
        findLabel="Find a category"
        noun={['category', 'categories']}
        groups={GROUPS}
        values={values}
        error={error}
        onChange={setValues}
      />
      <p data-testid="values">{values.join(',')}</p>
      {submitted && <p>Form submitted</p>}
    </form>
  );
}

const chosen = () => screen.getByTestId('values').textContent;

describe('CheckboxFinder', () => {
  it('shows no boxes until searched; a search shows the matches under their group legends', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    await user.type(screen.getByLabelText('Find a category'), 'be');
    expect(screen.getByRole('status')).toHaveTextContent('1 category matches');
    const nuisance = screen.getByRole('group', { name: 'Nuisance' });
    expect(within(nuisance).getByRole('checkbox', { name: 'Rowdy behaviour' })).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Personal' })).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('Find a category'));
    await user.type(screen.getByLabelText('Find a category'), 'nuisance');
    // A group's name finds its items too.
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
  });

  it('keeps the chosen ones as tags whatever the search, and a tag removes its choice', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText('Find a category'), 'noise');
    await user.click(screen.getByRole('checkbox', { name: 'Noise' }));
    await user.clear(screen.getByLabelText('Find a category'));
    await user.type(screen.getByLabelText('Find a category'), 'fly');
    await user.click(screen.getByRole('checkbox', { name: 'Fly-tipping' }));
    expect(chosen()).toBe('noise,fly-tipping');
    const tags = screen.getByRole('list', { name: 'Chosen categories' });
    expect(
      within(tags)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Noise ×', 'Fly-tipping ×']);

    await user.click(screen.getByRole('button', { name: 'Remove category: Noise' }));
    expect(chosen()).toBe('fly-tipping');
    // Focus moves to the tag that took its place, then to the search once none are left.
    expect(screen.getByRole('button', { name: 'Remove category: Fly-tipping' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(chosen()).toBe('');
    expect(screen.getByLabelText('Find a category')).toHaveFocus();
  });

  it('works by keyboard: Enter chooses the only match without submitting, Escape clears', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByLabelText('Find a category'));
    await user.keyboard('hate{Enter}');
    expect(chosen()).toBe('hate');
    await user.keyboard('{Escape}');
    expect(screen.getByLabelText('Find a category')).toHaveValue('');
    await user.keyboard('nuisance');
    // Three matches: Enter chooses nothing (and never submits the form).
    await user.keyboard('{Enter}');
    expect(chosen()).toBe('hate');
    expect(screen.queryByText('Form submitted')).not.toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Noise' })).toHaveFocus();
    await user.keyboard(' ');
    expect(chosen()).toBe('hate,noise');
  });

  it('says so when nothing matches, and "Show all" lists every group', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText('Find a category'), 'zzz');
    expect(screen.getByRole('status')).toHaveTextContent(
      'No categories match. Try fewer letters, or show all categories.',
    );
    // From there, "Show all" clears the search and lists every group.
    await user.click(screen.getByRole('button', { name: 'Show all categories' }));
    expect(screen.getByLabelText('Find a category')).toHaveValue('');
    expect(screen.getAllByRole('checkbox')).toHaveLength(6);
    await user.click(screen.getByRole('button', { name: 'Hide the list of categories' }));
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    const show = screen.getByRole('button', { name: 'Show all categories' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(screen.getAllByRole('checkbox')).toHaveLength(6);
    expect(screen.getByRole('button', { name: 'Hide the list of categories' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('shows an error at the field, with the search box as the error summary target', async () => {
    const { container } = render(
      <Harness initial={['noise']} error="Select at least one category" />,
    );
    const group = screen.getByRole('group', { name: 'Categories' });
    expect(group).toHaveAccessibleDescription(
      'Choose all that apply Error: Select at least one category',
    );
    expect(document.getElementById('categoryIds')).toBe(screen.getByLabelText('Find a category'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show all categories' }));
    await expectNoAxeViolations(container);
  });
});

describe('Details', () => {
  function Opener() {
    const [open, setOpen] = useState(false);
    const [attempt, setAttempt] = useState(0);
    return (
      <>
        <button type="button" onClick={() => (setOpen(true), setAttempt((n) => n + 1))}>
          Fail
        </button>
        <Details summary="More details" open={open} reopenOn={attempt}>
          <p>Inside</p>
        </Details>
      </>
    );
  }

  it('opens by itself when it holds something, lets the user close it, and reopens on the next failure', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    const details = screen.getByText('More details').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(screen.getByRole('button', { name: 'Fail' }));
    expect(details).toHaveAttribute('open');
    await user.click(screen.getByText('More details'));
    expect(details).not.toHaveAttribute('open');
    await user.click(screen.getByRole('button', { name: 'Fail' }));
    expect(details).toHaveAttribute('open');
  });
});
