import { useDraft, type Draft, type DraftShape } from '../../forms/use-draft';
import { emptyCallForm, hasContent, restoreDraft, type CallFormValue } from './call-form-model';

export const NEW_CALL_FORM_ID = 'call.new';

const CALL_DRAFT: DraftShape<CallFormValue> = {
  empty: emptyCallForm,
  restore: restoreDraft,
  hasContent,
};

/** The "Log a call" form, kept as a draft on the device while it is typed (forms/use-draft.ts). */
export function useCallDraft(formId = NEW_CALL_FORM_ID): Draft<CallFormValue> {
  return useDraft(formId, CALL_DRAFT);
}
