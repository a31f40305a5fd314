import { useCallback, useMemo, useState } from 'react';
import type { FieldError } from '../../components/error-summary';
import { errorMap, fieldId, toSaveFailure } from './form-errors';

export interface FormSubmit {
  errors: FieldError[];
  /** Field id -> message, for the message at each field. */
  fieldErrors: Record<string, string>;
  /** A problem not about one field (storage), shown above the form. */
  problem: string;
  busy: boolean;
  /** Shows errors found before saving (client checks). */
  fail: (errors: FieldError[]) => void;
  /** Runs a save; on failure shows its errors and keeps the form. Resolves true when saved. */
  run: (save: () => Promise<unknown>) => Promise<boolean>;
}

/**
 * Busy and error state for the small forms on the call page. Repository
 * field paths ("outcome") become control ids under `prefix`
 * ("complete-<id>-outcome") so several forms can share one page; a rule
 * violation is shown at the form's main field, `mainField`.
 */
export function useFormSubmit(prefix: string, mainField: string): FormSubmit {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const fieldErrors = useMemo(() => errorMap(errors), [errors]);

  const fail = useCallback((next: FieldError[]) => {
    setProblem('');
    setErrors(next);
  }, []);

  const run = useCallback(
    async (save: () => Promise<unknown>) => {
      setBusy(true);
      setProblem('');
      try {
        await save();
        setErrors([]);
        return true;
      } catch (error) {
        const failure = toSaveFailure(error, fieldId(mainField));
        if (failure.kind === 'fields')
          setErrors(failure.errors.map((e) => ({ ...e, id: `${prefix}-${e.id}` })));
        else {
          setErrors([]);
          setProblem(failure.message);
        }
        return false;
      } finally {
        setBusy(false);
      }
    },
    [prefix, mainField],
  );

  return { errors, fieldErrors, problem, busy, fail, run };
}
