/**
 * Photos on the visit form: take one with the camera or choose from the
 * gallery; each is made smaller and stored on this phone at once, attached
 * to the draft's visit id, so it survives a killed tab with the draft. A
 * photo that cannot be used, or cannot be stored, is named at the field;
 * nothing else on the form changes.
 */
import { useState, type ChangeEvent } from 'react';
import { uuidv7 } from '../../../../domain/ids';
import { MAX_VISIT_PHOTOS } from '../../../../domain/schemas/visits';
import { Checkbox } from '../../../components/checkboxes';
import { ErrorMessage, errorId } from '../../../components/field-parts';
import { StorageError } from '../../../local-store/errors';
import { browserCodec, PhotoProblem, preparePhoto, type ImageCodec } from './photo-prepare';
import { PhotoThumb } from './photo-thumb';
import { usePhotoWrites, useVisitPhotos } from './use-photos';

/** The message at the field for a photo that could not be added. */
export function photoFailureMessage(name: string, error: unknown): string {
  if (error instanceof PhotoProblem) return error.message;
  if (error instanceof StorageError && error.problem === 'quota')
    return `${name} could not be stored: this phone is out of storage space. The visit and its other photos are kept. Free some space, then add the photo again.`;
  return `${name} could not be stored on this phone. The visit and its other photos are kept. Try adding it again.`;
}

const kilobytes = (n: number) => `${Math.max(1, Math.round(n / 1024))} kB`;

export function PhotoFields({
  visitId,
  keepLocation,
  onKeepLocation,
  codec = browserCodec,
}: {
  visitId: string;
  keepLocation: boolean;
  onKeepLocation: (keep: boolean) => void;
  /** Tests pass a codec; the browser's is the default. */
  codec?: ImageCodec;
}) {
  const photos = useVisitPhotos(visitId) ?? [];
  const writes = usePhotoWrites();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const add = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    setBusy(true);
    setError('');
    let count = photos.length;
    try {
      for (const file of files) {
        const name = file.name || 'The photo';
        if (count >= MAX_VISIT_PHOTOS) {
          setError(`A visit can have up to ${MAX_VISIT_PHOTOS} photos, so ${name} was not added.`);
          return;
        }
        try {
          const ready = await preparePhoto(file, keepLocation, codec);
          await writes.attach({
            id: uuidv7(),
            visitId,
            sha256: ready.sha256,
            blob: ready.blob,
            type: ready.type,
            bytes: ready.bytes,
            width: ready.width,
            height: ready.height,
            name,
            keptLocation: keepLocation,
            ...(ready.location ? { location: ready.location } : {}),
          });
          count += 1;
        } catch (err) {
          setError(photoFailureMessage(name, err));
          return;
        }
      }
    } finally {
      setBusy(false);
    }
  };

  const described = error ? errorId('photos') : 'photos-hint';
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={described}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          Photos (optional)
        </legend>
        <div className="govuk-hint" id="photos-hint">
          Fly-tipping, graffiti or damage. Each photo is made smaller on this phone before it is
          kept, and sent after the visit.
        </div>
        <ErrorMessage id="photos">{error}</ErrorMessage>
        <div className="app-photo-inputs">
          <label className="govuk-label" htmlFor="photos">
            Take a photo
          </label>
          <input
            className="govuk-file-upload app-photo-input"
            id="photos"
            type="file"
            accept="image/*"
            capture="environment"
            onChange={(e) => void add(e)}
            disabled={busy}
            aria-describedby={described}
          />
          <label className="govuk-label" htmlFor="photos-gallery">
            Choose from the gallery
          </label>
          <input
            className="govuk-file-upload app-photo-input"
            id="photos-gallery"
            type="file"
            accept="image/*"
            multiple
            onChange={(e) => void add(e)}
            disabled={busy}
            aria-describedby={described}
          />
        </div>
        <Checkbox
          id="keepPhotoLocation"
          label="Keep where the photos were taken"
          hint="Off: the location saved inside a photo is removed. On: it is kept with the visit."
          checked={keepLocation}
          onChange={onKeepLocation}
        />
        <p className="govuk-body-s" role="status">
          {busy ? 'Making the photo smaller…' : ''}
        </p>
        {photos.length > 0 && (
          <ul className="app-photo-list" aria-label="Photos attached">
            {photos.map((p, i) => (
              <li key={p.id} className="app-photo">
                <PhotoThumb blob={p.blob} alt={`Photo ${i + 1}: ${p.name}`} />
                <p className="govuk-body-s app-photo__caption">
                  {p.name}, {p.width} × {p.height}, {kilobytes(p.bytes)}
                  {p.keptLocation && p.location ? ', location kept' : ''}
                </p>
                {p.state === 'attached' && (
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
                    onClick={() => void writes.remove(p.id)}
                  >
                    Remove<span className="govuk-visually-hidden"> {p.name}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </div>
  );
}
