import { useLocation } from 'react-router-dom';

/** Where to go after sign-in or unlock: the page the person asked for (kept in router state), else home. */
export function useReturnPath(): string {
  const state = useLocation().state as { from?: unknown } | null;
  const from = state?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}
