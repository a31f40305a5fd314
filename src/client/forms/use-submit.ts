/**
 * Busy and error state for any form: one submit hook instead of a
 * `useState(false)` and a try/catch in every screen.
 *
 * - `fail(errors)` shows problems found before saving (the form's own checks).
 * - `run(save)` blocks a double submit, runs the save and, when it throws,
 *   maps the error to field messages or one plain-English `problem` (by
 *   default the device store's failures: validation, rule, storage; a form
 *   that talks to the server passes its own `mapError`). What was typed stays.
 *
 * Field paths from a repository ("outcome") become control ids under
 * `prefix` ("complete-<id>-outcome") so several forms can share one page; a
 * rule violation is shown at the form's `mainField`.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { FieldError } from '../components/error-summary';
import { errorMap, fieldId, toSaveFailure, type SaveFailure } from './form-errors';

export interface SubmitOptions {
  /** Control-id prefix for field errors from the save; none by default. */
  prefix?: string;
  /** The control a rule violation or an unmapped failure is shown at. */
  mainField?: string;
  /** Field ids in page order, so the error summary lists them as they appear. */
  order?: readonly string[];
  /** Maps what the save threw; defaults to the device store's errors. */
  mapError?: (error: unknown) => SaveFailure;
}

export interface FormSubmit {
  errors: FieldError[];
  /** Field id -> message, for the message at each field. */
  fieldErrors: Record<string, string>;
  /** A problem not about one field (storage, connection), shown above the form. */
  problem: string;
  busy: boolean;
  /** Shows errors found before saving (client checks); an empty list clears them. */
  fail: (errors: FieldError[]) => void;
  /** Runs a save; on failure shows its errors and keeps the form. Resolves true when saved. */
  run: (save: () => Promise<unknown>) => Promise<boolean>;
}

export function useSubmit(options: SubmitOptions = {}): FormSubmit {
  const { prefix, mainField = '', order, mapError } = options;
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  // A ref as well as state: two quick taps land before React re-renders the disabled button.
  const running = useRef(false);
  const fieldErrors = useMemo(() => errorMap(errors), [errors]);

  const fail = useCallback((next: FieldError[]) => {
    setProblem('');
    setErrors(next);
  }, []);

  const run = useCallback(
    async (save: () => Promise<unknown>) => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setProblem('');
      try {
        await save();
        setErrors([]);
        return true;
      } catch (error) {
        const failure = mapError
          ? mapError(error)
          : toSaveFailure(error, fieldId(mainField), order);
        if (failure.kind === 'fields')
          setErrors(failure.errors.map((e) => (prefix ? { ...e, id: `${prefix}-${e.id}` } : e)));
        else {
          setErrors([]);
          setProblem(failure.message);
        }
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [prefix, mainField, order, mapError],
  );

  return { errors, fieldErrors, problem, busy, fail, run };
}
