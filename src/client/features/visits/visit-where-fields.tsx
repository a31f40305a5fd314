import { Select, type SelectOption } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { useMyLocation, GPS_MESSAGES, type Fix } from './use-my-location';
import type { VisitFormValue } from './visit-form-model';

/** Where the visit was: address, ward, and an optional GPS position with its accuracy. */
export function VisitWhereFields({
  value,
  errors,
  wards,
  onChange,
}: {
  value: VisitFormValue;
  errors: Record<string, string>;
  wards: readonly SelectOption[];
  onChange: (patch: Partial<VisitFormValue>) => void;
}) {
  const onFix = (fix: Fix) => onChange({ gps: fix.gps, gpsStatus: fix.gpsStatus });
  const { locate, busy } = useMyLocation(onFix);
  const status = GPS_MESSAGES[value.gpsStatus];
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Where</legend>
      <TextInput
        id="address"
        label="Address or place"
        value={value.address}
        error={errors.address}
        onChange={(address) => onChange({ address })}
        autoComplete="street-address"
      />
      <Select
        id="wardCode"
        label="Ward"
        emptyOption="Select a ward"
        options={wards}
        value={value.wardCode}
        error={errors.wardCode}
        onChange={(wardCode) => onChange({ wardCode })}
      />
      <div className="govuk-form-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
          onClick={locate}
          disabled={busy}
          aria-describedby="gps-status"
        >
          {busy ? 'Finding your location…' : 'Use my location'}
        </button>
        <p className="govuk-body-s" id="gps-status" role="status">
          {value.gpsStatus === 'got' && value.gps
            ? `${status} (to within ${value.gps.accuracyM ?? '?'} metres).`
            : status}
        </p>
        {value.gps && (
          <button
            type="button"
            className="govuk-link app-link-button"
            onClick={() => onChange({ gps: undefined, gpsStatus: 'none' })}
          >
            Remove the location
          </button>
        )}
      </div>
    </fieldset>
  );
}
