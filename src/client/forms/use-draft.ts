/**
 * A form's state kept as a draft in the device's `drafts` table while the
 * user types (debounced), flushed when the tab is hidden or the page is left,
 * so a killed tab or a phone call interrupting a PCSO loses nothing. Any form
 * uses it with its own `formId` and a `DraftShape` (a module-level constant):
 * the empty value, how to restore a stored draft (undefined when it no
 * longer fits the form), and whether a value has anything worth keeping.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDb } from '../local-store/db-context';
import { clearDraft, loadDraft, saveDraft } from '../local-store/drafts';

/** Wait this long after the last key before writing the draft: often enough that a killed tab loses a second at most. */
export const DRAFT_SAVE_DELAY_MS = 400;

export interface DraftShape<T> {
  empty: () => T;
  restore: (stored: unknown) => T | undefined;
  hasContent: (value: T) => boolean;
}

export interface Draft<T> {
  /** Undefined until the stored draft (if any) has been read. */
  value: T | undefined;
  restored: boolean;
  setValue: (update: (v: T) => T) => void;
  /** Forget the draft and start with an empty form. */
  discard: () => Promise<void>;
  /** Stop saving and delete the draft: the form has been saved for real. */
  finish: () => Promise<void>;
}

export function useDraft<T>(formId: string, shape: DraftShape<T>): Draft<T> {
  const db = useDb();
  const [value, setState] = useState<T | undefined>(undefined);
  const [restored, setRestored] = useState(false);
  const latest = useRef<T | undefined>(undefined);
  const dirty = useRef(false);
  const finished = useRef(false);

  const flush = useCallback(() => {
    const current = latest.current;
    if (!dirty.current || finished.current || current === undefined) return;
    dirty.current = false;
    const write = shape.hasContent(current)
      ? saveDraft(db, formId, current)
      : clearDraft(db, formId);
    // A failed draft write is not fatal: the form still holds everything, and saving reports storage problems.
    write.catch((e: unknown) =>
      console.warn('Could not keep the form draft', e instanceof Error ? e.name : ''),
    );
  }, [db, formId, shape]);

  useEffect(() => {
    let live = true;
    loadDraft(db, formId)
      .then((stored) => {
        if (!live) return;
        const { empty, restore, hasContent } = shape;
        const draft = stored === undefined ? undefined : restore(stored);
        latest.current = draft ?? empty();
        setState(latest.current);
        setRestored(draft !== undefined && hasContent(draft));
      })
      .catch(() => {
        if (!live) return;
        latest.current = shape.empty();
        setState(latest.current);
      });
    return () => {
      live = false;
    };
  }, [db, formId, shape]);

  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(flush, DRAFT_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, flush]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const setValue = useCallback((update: (v: T) => T) => {
    setState((prev) => {
      if (prev === undefined) return prev;
      const next = update(prev);
      latest.current = next;
      dirty.current = true;
      return next;
    });
  }, []);

  const discard = useCallback(async () => {
    dirty.current = false;
    latest.current = shape.empty();
    setState(latest.current);
    setRestored(false);
    await clearDraft(db, formId);
  }, [db, formId, shape]);

  const finish = useCallback(async () => {
    finished.current = true;
    dirty.current = false;
    await clearDraft(db, formId);
  }, [db, formId]);

  return { value, restored, setValue, discard, finish };
}
