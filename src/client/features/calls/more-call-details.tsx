import { Checkboxes } from '../../components/checkboxes';
import { DateInput, DateTimeInput } from '../../components/date-input';
import { Details } from '../../components/details';
import { VULNERABILITY_FLAGS } from '../../../domain/reference/risk';
import { localInputDate } from '../../forms/form-dates';
import { MORE_DETAILS_FIELDS, type CallFormValue } from './call-form-model';
import { PeopleFields } from './people-fields';

const FLAG_ITEMS = VULNERABILITY_FLAGS.map((f) => ({ value: f.id, label: f.name }));

/**
 * The call's fields the district seldom fills in while logging: the people
 * involved besides the reporter, when it was received and happened (both
 * default to now) and vulnerability. Folded
 * under "More details", which opens by itself when one of them holds an
 * error or a value the user gave.
 */
export function MoreCallDetails({
  value,
  errors,
  attempt,
  onChange,
}: {
  value: CallFormValue;
  errors: Record<string, string>;
  /** Changes with each failed save, so an error inside reopens a folded section. */
  attempt: unknown;
  onChange: (patch: Partial<CallFormValue>) => void;
}) {
  // A person's errors are keyed per row ("people-0-name").
  const hasError = Object.keys(errors).some((id) =>
    MORE_DETAILS_FIELDS.some((f) => id === f || id.startsWith(`${f}-`)),
  );
  const hasValue =
    value.people.length > 0 || value.incidentDateEdited || value.vulnerabilityFlags.length > 0;
  return (
    <Details
      summary="More details: people, dates, vulnerability"
      open={hasError || hasValue}
      reopenOn={hasError ? attempt : undefined}
    >
      <PeopleFields
        people={value.people}
        errors={errors}
        onChange={(people) => onChange({ people })}
      />
      <DateTimeInput
        id="receivedAt"
        label="Date and time received"
        hint="Set to when you opened this form"
        value={value.receivedAt}
        error={errors.receivedAt}
        onChange={(receivedAt) =>
          onChange({
            receivedAt,
            ...(value.incidentDateEdited ? {} : { incidentDate: localInputDate(receivedAt) }),
          })
        }
      />
      <DateInput
        id="incidentDate"
        label="Date of the incident"
        hint="Set to the date received until you change it"
        value={value.incidentDate}
        error={errors.incidentDate}
        onChange={(incidentDate) => onChange({ incidentDate, incidentDateEdited: true })}
      />
      <Checkboxes
        id="vulnerabilityFlags"
        legend="Vulnerability"
        hint="Select any that apply"
        items={FLAG_ITEMS}
        values={value.vulnerabilityFlags}
        error={errors.vulnerabilityFlags}
        onChange={(vulnerabilityFlags) => onChange({ vulnerabilityFlags })}
        small
      />
    </Details>
  );
}
