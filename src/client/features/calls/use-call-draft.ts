import { useCallback, useEffect, useRef, useState } from 'react';
import { getActiveDb } from '../../local-store/db';
import { clearDraft, loadDraft, saveDraft } from '../../local-store/drafts';
import { emptyCallForm, hasContent, restoreDraft, type CallFormValue } from './call-form-model';

/** Wait this long after the last key before writing the draft: often enough that a killed tab loses a second at most. */
export const DRAFT_SAVE_DELAY_MS = 400;
export const NEW_CALL_FORM_ID = 'call.new';

export interface CallDraft {
  /** Undefined until the stored draft (if any) has been read. */
  value: CallFormValue | undefined;
  restored: boolean;
  setValue: (update: (v: CallFormValue) => CallFormValue) => void;
  /** Forget the draft and start with an empty form. */
  discard: () => Promise<void>;
  /** Stop saving and delete the draft: the call has been logged. */
  finish: () => Promise<void>;
}

/**
 * The "Log a call" form state, kept in the device's drafts table as the user
 * types (debounced), flushed when the tab is hidden or the page is left, so
 * a killed tab or a phone call interrupting the PCSO loses nothing.
 */
export function useCallDraft(formId = NEW_CALL_FORM_ID): CallDraft {
  const [value, setState] = useState<CallFormValue | undefined>(undefined);
  const [restored, setRestored] = useState(false);
  const latest = useRef<CallFormValue | undefined>(undefined);
  const dirty = useRef(false);
  const finished = useRef(false);

  const flush = useCallback(() => {
    const current = latest.current;
    if (!dirty.current || finished.current || !current) return;
    dirty.current = false;
    const write = hasContent(current)
      ? saveDraft(getActiveDb(), formId, current)
      : clearDraft(getActiveDb(), formId);
    // A failed draft write is not fatal: the form still holds everything, and saving the call reports storage problems.
    write.catch((e: unknown) =>
      console.warn('Could not keep the form draft', e instanceof Error ? e.name : ''),
    );
  }, [formId]);

  useEffect(() => {
    let live = true;
    loadDraft(getActiveDb(), formId)
      .then((stored) => {
        if (!live) return;
        const draft = restoreDraft(stored);
        latest.current = draft ?? emptyCallForm();
        setState(latest.current);
        setRestored(draft !== undefined && hasContent(draft));
      })
      .catch(() => {
        if (!live) return;
        latest.current = emptyCallForm();
        setState(latest.current);
      });
    return () => {
      live = false;
    };
  }, [formId]);

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

  const setValue = useCallback((update: (v: CallFormValue) => CallFormValue) => {
    setState((prev) => {
      if (!prev) return prev;
      const next = update(prev);
      latest.current = next;
      dirty.current = true;
      return next;
    });
  }, []);

  const discard = useCallback(async () => {
    dirty.current = false;
    latest.current = emptyCallForm();
    setState(latest.current);
    setRestored(false);
    await clearDraft(getActiveDb(), formId);
  }, [formId]);

  const finish = useCallback(async () => {
    finished.current = true;
    dirty.current = false;
    await clearDraft(getActiveDb(), formId);
  }, [formId]);

  return { value, restored, setValue, discard, finish };
}
