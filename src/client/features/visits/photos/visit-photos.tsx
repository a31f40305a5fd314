/**
 * A visit's photos on its page, each with where it stands: kept on this
 * phone until the visit is sent, waiting to send, sent, or not sent with
 * the server's reason (for the photo, or for its visit). A reader on
 * another device sees the photo from the server (online only; offline the
 * description is shown instead).
 */
import { attachmentPath } from '../../../../domain/sync-protocol';
import type { VisitPhoto } from '../../../../domain/schemas/visits';
import { photoSendState, type PhotoSendState } from '../../../local-store/photos-repo';
import type { LocalVisit, PhotoRow, SyncState } from '../../../local-store/types';
import { PhotoThumb } from './photo-thumb';
import { useVisitPhotos } from './use-photos';

const STATE_TEXT: Record<Exclude<PhotoSendState, 'failed'>, string> = {
  sent: 'Sent',
  visit_refused: 'Not sent: the server refused the visit, so its photos cannot be sent',
  waiting: 'Waiting to send',
  held: 'Saved on this phone. It is sent after the visit reaches the server.',
};

function photoState(photo: PhotoRow | undefined, visitState: SyncState): string {
  if (!photo) return 'On the server';
  const state = photoSendState(photo, visitState);
  if (state === 'failed') return `Not sent: ${photo.error ?? 'the server refused it'}`;
  return STATE_TEXT[state];
}

function location(p: VisitPhoto): string {
  return p.location ? `, taken at ${p.location.lat}, ${p.location.lng}` : '';
}

export function VisitPhotos({ visit }: { visit: LocalVisit }) {
  const local = useVisitPhotos(visit.id);
  const listed = visit.photos ?? [];
  if (listed.length === 0 || !local) return null;
  // A visit from the server carries no bookkeeping of this device's: it is sent.
  const visitState = visit._sync?.state ?? 'sent';
  return (
    <section aria-labelledby={`photos-${visit.id}`}>
      <h3 className="govuk-heading-s" id={`photos-${visit.id}`}>
        Photos ({listed.length})
      </h3>
      <ul className="app-photo-list">
        {listed.map((p, i) => {
          const row = local.find((r) => r.sha256 === p.sha256);
          const alt = `Photo ${i + 1} of the visit`;
          return (
            <li key={p.sha256} className="app-photo">
              {row ? (
                <PhotoThumb blob={row.blob} alt={alt} />
              ) : (
                <img
                  className="app-photo__image"
                  src={attachmentPath(p.sha256, visit.id)}
                  alt={alt}
                  width={p.width}
                  height={p.height}
                />
              )}
              <p className="govuk-body-s app-photo__caption">
                Photo {i + 1}, {p.width} × {p.height}
                {location(p)}.{' '}
                <strong className="app-photo__state" data-testid="photo-state">
                  {photoState(row, visitState)}
                </strong>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
