import type { MaracAttendee } from '../../../domain/schemas/marac';
import { Button } from '../../components/button';
import { Select, type SelectOption } from '../../components/select';
import { TextInput } from '../../components/text-input';

/** Rows of agency and name, for attendees or apologies; blank rows are dropped on save. */
export function AttendeeRows(props: {
  id: string;
  legend: string;
  addLabel: string;
  rows: MaracAttendee[];
  agencies: readonly SelectOption[];
  errors: Record<string, string>;
  onChange: (rows: MaracAttendee[]) => void;
}) {
  const { id, legend, addLabel, rows, agencies, errors, onChange } = props;
  const set = (i: number, patch: Partial<MaracAttendee>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
      {rows.map((r, i) => (
        <div key={i} className="app-attendee-row">
          <Select
            id={`${id}-${i}-agencyId`}
            label={`Agency ${i + 1}`}
            emptyOption="Select an agency"
            options={agencies}
            value={r.agencyId}
            error={errors[`${id}-${i}-agencyId`]}
            onChange={(agencyId) => set(i, { agencyId })}
          />
          <TextInput
            id={`${id}-${i}-name`}
            label={`Name ${i + 1}`}
            value={r.name}
            error={errors[`${id}-${i}-name`]}
            onChange={(name) => set(i, { name })}
          />
        </div>
      ))}
      <Button
        type="button"
        variant="secondary"
        onClick={() => onChange([...rows, { agencyId: '', name: '' }])}
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}
