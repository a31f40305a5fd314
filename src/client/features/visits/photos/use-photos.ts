/** A visit's photos on this device, and attaching or removing them while drafting. */
import { useMemo } from 'react';
import { useDb } from '../../../local-store/db-context';
import {
  attachPhoto,
  discardDraftPhotos,
  photosOfVisit,
  removeDraftPhoto,
  type NewPhoto,
} from '../../../local-store/photos-repo';
import type { PhotoRow } from '../../../local-store/types';
import { useLiveData } from '../../../local-store/use-live-data';

export function useVisitPhotos(visitId: string): PhotoRow[] | undefined {
  const db = useDb();
  return useLiveData(() => photosOfVisit(db, visitId), [db, visitId]);
}

export function usePhotoWrites() {
  const db = useDb();
  return useMemo(
    () => ({
      attach: (photo: NewPhoto) => attachPhoto(db, photo),
      remove: (id: string) => removeDraftPhoto(db, id),
      discardDraft: (visitId: string) => discardDraftPhotos(db, visitId),
    }),
    [db],
  );
}
