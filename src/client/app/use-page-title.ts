import { useEffect } from 'react';

export const SERVICE_NAME = 'Community Safety Unit';

/** Sets the document title so screen reader users hear which page loaded. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${SERVICE_NAME}`;
  }, [title]);
}
