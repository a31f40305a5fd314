/**
 * A visit's photos on its page, each with where it stands: kept on this
 * phone until the visit is sent, waiting to send, sent, or not sent with
 * the server's reason. A reader on another device sees the photo from the
 * server (online only; offline the description is shown instead).
 */
import { attachmentPath } from '../../../../domain/sync-protocol';
import type { VisitPhoto } from '../../../../domain/schemas/visits';
import type { LocalVisit, PhotoRow } from '../../../local-store/types';
import { PhotoThumb } from './photo-thumb';
import { useVisitPhotos } from './use-photos';

function photoState(photo: PhotoRow | undefined, visitSent: boolean): string {
  if (!photo) return 'On the server';
  if (photo.state === 'uploaded') return 'Sent';
  if (photo.state === 'failed') return `Not sent: ${photo.error ?? 'the server refused it'}`;
  return visitSent
    ? 'Waiting to send'
    : 'Saved on this phone. It is sent after the visit reaches the server.';
}

function location(p: VisitPhoto): string {
  return p.location ? `, taken at ${p.location.lat}, ${p.location.lng}` : '';
}

export function VisitPhotos({ visit }: { visit: LocalVisit }) {
  const local = useVisitPhotos(visit.id);
  const listed = visit.photos ?? [];
  if (listed.length === 0 || !local) return null;
  const sent = visit._sync?.state === 'sent' || visit._sync === undefined;
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
                  {photoState(row, sent)}
                </strong>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
