import { useCallback, useState } from 'react';
import type { GpsStatus } from './visit-form-model';

/** Give up on a fix after this long: in a rural lane the phone may never get one. */
export const LOCATION_TIMEOUT_MS = 15_000;
/** A fix this old is still where the officer is standing. */
const LOCATION_MAX_AGE_MS = 60_000;

export interface Fix {
  gps?: { lat: number; lng: number; accuracyM?: number };
  gpsStatus: GpsStatus;
}

/**
 * "Use my location": one position with its accuracy when the user permits
 * it. A refusal, a timeout or no GPS is an answer too: the visit saves
 * without a position either way.
 */
export function useMyLocation(onFix: (fix: Fix) => void): { locate: () => void; busy: boolean } {
  const [busy, setBusy] = useState(false);
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      onFix({ gpsStatus: 'unavailable' });
      return;
    }
    setBusy(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setBusy(false);
        onFix({
          gpsStatus: 'got',
          gps: {
            lat: Number(p.coords.latitude.toFixed(6)),
            lng: Number(p.coords.longitude.toFixed(6)),
            accuracyM: Math.round(p.coords.accuracy),
          },
        });
      },
      (e) => {
        setBusy(false);
        const gpsStatus: GpsStatus =
          e.code === e.PERMISSION_DENIED
            ? 'refused'
            : e.code === e.TIMEOUT
              ? 'timeout'
              : 'unavailable';
        onFix({ gpsStatus });
      },
      { enableHighAccuracy: true, timeout: LOCATION_TIMEOUT_MS, maximumAge: LOCATION_MAX_AGE_MS },
    );
  }, [onFix]);
  return { locate, busy };
}

export const GPS_MESSAGES: Record<GpsStatus, string> = {
  none: '',
  got: 'Location recorded',
  refused: 'Location not shared: the visit saves without it. Enter the address instead.',
  timeout: 'Could not get a location in time: the visit saves without it.',
  unavailable: 'This device cannot give a location: the visit saves without it.',
};
