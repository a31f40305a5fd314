import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failureAt } from '../../../src/client/forms/form-errors';
import { useSubmit } from '../../../src/client/forms/use-submit';
import {
  RuleViolation,
  StorageError,
  ValidationError,
} from '../../../src/client/local-store/errors';

describe('useSubmit, the form kit’s submit hook', () => {
  it('runs one save at a time: a second tap while saving does nothing', async () => {
    const { result } = renderHook(() => useSubmit());
    let release!: () => void;
    let saves = 0;
    const save = () => {
      saves += 1;
      return new Promise<void>((resolve) => (release = resolve));
    };
    let first!: Promise<boolean>;
    let second!: Promise<boolean>;
    act(() => {
      first = result.current.run(save);
      second = result.current.run(save);
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      release();
      expect(await first).toBe(true);
      expect(await second).toBe(false);
    });
    expect(saves).toBe(1);
    expect(result.current.busy).toBe(false);
  });

  it('puts field errors from the store under the form’s prefix and a rule at its main field', async () => {
    const { result } = renderHook(() => useSubmit({ prefix: 'note', mainField: 'text' }));
    await act(async () => {
      await result.current.run(() =>
        Promise.reject(new ValidationError('Check', { text: 'Enter the note' })),
      );
    });
    expect(result.current.errors).toEqual([{ id: 'note-text', message: 'Enter the note' }]);
    expect(result.current.fieldErrors['note-text']).toBe('Enter the note');
    await act(async () => {
      await result.current.run(() =>
        Promise.reject(new RuleViolation('illegal_transition', 'The call is closed')),
      );
    });
    expect(result.current.errors).toEqual([{ id: 'note-text', message: 'The call is closed' }]);
  });

  it('shows a storage failure as one problem above the form, and clears it on the next success', async () => {
    const { result } = renderHook(() => useSubmit());
    await act(async () => {
      await result.current.run(() => Promise.reject(new StorageError('quota')));
    });
    expect(result.current.problem).toMatch(/out of storage space/);
    expect(result.current.errors).toEqual([]);
    await act(async () => {
      await result.current.run(() => Promise.resolve());
    });
    expect(result.current.problem).toBe('');
  });

  it('uses a form’s own mapping for failures that do not come from the store', async () => {
    const mapError = failureAt('username', (e) => (e as Error).message);
    const { result } = renderHook(() => useSubmit({ mapError }));
    await act(async () => {
      await result.current.run(() => Promise.reject(new Error('Wrong username or password')));
    });
    expect(result.current.errors).toEqual([
      { id: 'username', message: 'Wrong username or password' },
    ]);
  });
});
