import { useState } from 'react';
import { Fieldset } from '../../components/fieldset';
import { Select, type SelectOption } from '../../components/select';
import { TextInput } from '../../components/text-input';
import type { CallFormValue } from './call-form-model';

type GpsState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string };

const GPS_TIMEOUT_MS = 15_000;

function gpsFailure(error: GeolocationPositionError): string {
  if (error.code === error.PERMISSION_DENIED)
    return 'This phone did not allow the app to use your location. Enter the address instead, or allow location in the browser settings.';
  if (error.code === error.TIMEOUT)
    return 'Your location took too long to find. Try again in the open, or enter the address.';
  return 'Your location could not be found. Enter the address instead.';
}

/** Address, ward and an optional GPS fix ("use my location"), which never replaces the address. */
export function LocationFields({
  value,
  errors,
  wards,
  onChange,
}: {
  value: CallFormValue;
  errors: Record<string, string>;
  wards: readonly SelectOption[];
  onChange: (patch: Partial<CallFormValue>) => void;
}) {
  const [gps, setGps] = useState<GpsState>({ kind: 'idle' });
  const geolocation = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;

  const locate = () => {
    if (!geolocation) return;
    setGps({ kind: 'busy' });
    geolocation.getCurrentPosition(
      (pos) => {
        setGps({ kind: 'idle' });
        onChange({
          gps: {
            lat: pos.coords.latitude,
            lng: pos.coords.longitude,
            accuracyM: Math.round(pos.coords.accuracy),
          },
        });
      },
      (err) => setGps({ kind: 'failed', message: gpsFailure(err) }),
      { enableHighAccuracy: true, timeout: GPS_TIMEOUT_MS, maximumAge: 60_000 },
    );
  };

  return (
    <Fieldset legend="Location">
      <TextInput
        id="location-address"
        label="Address or place"
        hint="For example, 12 Caxton Close, Hartley"
        value={value.address}
        error={errors['location-address']}
        onChange={(address) => onChange({ address })}
        autoComplete="off"
      />
      <Select
        id="location-wardCode"
        label="Ward"
        emptyOption="Select a ward"
        options={wards}
        value={value.wardCode}
        error={errors['location-wardCode']}
        onChange={(wardCode) => onChange({ wardCode })}
      />
      {geolocation && (
        <div className="govuk-form-group">
          <p className="govuk-body govuk-!-margin-bottom-2">
            <button
              type="button"
              className="govuk-link app-link-button"
              onClick={locate}
              disabled={gps.kind === 'busy'}
            >
              {gps.kind === 'busy' ? 'Finding your location…' : 'Use my location'}
            </button>
          </p>
          <div aria-live="polite">
            {gps.kind === 'failed' && (
              <p className="govuk-body govuk-!-margin-bottom-2">{gps.message}</p>
            )}
            {value.gps && gps.kind !== 'failed' && (
              <p className="govuk-body govuk-!-margin-bottom-2">
                Location recorded ({value.gps.lat.toFixed(5)}, {value.gps.lng.toFixed(5)}
                {value.gps.accuracyM !== undefined ? `, within ${value.gps.accuracyM} metres` : ''}
                ).{' '}
                <button
                  type="button"
                  className="govuk-link app-link-button"
                  onClick={() => onChange({ gps: undefined })}
                >
                  Remove location
                </button>
              </p>
            )}
          </div>
        </div>
      )}
    </Fieldset>
  );
}
