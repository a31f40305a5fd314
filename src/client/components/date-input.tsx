import type { ReactNode } from 'react';
import { TextInput } from './text-input';

/**
 * A calendar date as one native `type="date"` control: phones show their own
 * date picker, and the value is already YYYY-MM-DD.
 */
export function DateInput(props: {
  id: string;
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  max?: string;
}) {
  return <TextInput {...props} type="date" width="one-half" />;
}

/**
 * A local date and time (`YYYY-MM-DDTHH:mm` in the device's time zone) as one
 * native `type="datetime-local"` control. Callers convert it to an ISO instant
 * with `localInputToIso`.
 */
export function DateTimeInput(props: {
  id: string;
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  max?: string;
}) {
  return <TextInput {...props} type="datetime-local" width="one-half" />;
}
