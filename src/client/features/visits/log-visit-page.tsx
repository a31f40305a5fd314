import { useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { uuidv7, UUID_PATTERN } from '../../../domain/ids';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useDraft } from '../../forms/use-draft';
import { useReferenceData } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import { NEW_VISIT_DRAFT_PREFIX } from '../../local-store/my-day-queries';
import { useActor } from '../../app/use-actor';
import { useVisitLinks, useVisitWrites } from './use-visits';
import { toLogVisitInput, VISIT_DRAFT, VISIT_FIELD_ORDER } from './visit-form-model';
import { VisitForm } from './visit-form';
import { usePhotoWrites } from './photos/use-photos';
import { LoadingPage } from '../../components/loading-page';

/** `/visits/new`: a new draft with its own visit id, so photos can attach to it before saving. */
export function NewVisitRedirect() {
  const [search] = useSearchParams();
  const [id] = useState(uuidv7);
  const query = search.toString();
  return <Navigate to={`/visits/new/${id}${query ? `?${query}` : ''}`} replace />;
}

/** "Log a visit": kept as a draft on every change; reopens exactly where it was left. */
export function LogVisitPage() {
  const { visitId = '' } = useParams();
  const [search] = useSearchParams();
  const valid = UUID_PATTERN.test(visitId);
  const draft = useDraft(`${NEW_VISIT_DRAFT_PREFIX}${valid ? visitId : 'invalid'}`, VISIT_DRAFT);
  const reference = useReferenceData();
  const actor = useActor();
  const value = draft.value;
  const links = useVisitLinks(actor, value?.wardCode ?? '', value?.callId ?? '');
  const writes = useVisitWrites();
  const photos = usePhotoWrites();
  const navigate = useNavigate();
  const form = useSubmit({ mainField: 'visitType', order: VISIT_FIELD_ORDER });
  const [confirming, setConfirming] = useState(false);

  // Opened from a call's page: link that call, unless the draft already says otherwise.
  const fromCall = search.get('callId') ?? '';
  const fromTask = search.get('deliveryTaskId') ?? '';
  const linked = useRef(false);
  const { setValue, restored } = draft;
  const loaded = value !== undefined;
  const task = links?.deliveries.find((t) => t.id === fromTask);
  const ready = loaded && links !== undefined;
  useEffect(() => {
    if (linked.current || !ready) return;
    linked.current = true;
    if (restored) return;
    if (fromCall && UUID_PATTERN.test(fromCall))
      setValue((v) => (v.callId ? v : { ...v, callId: fromCall }));
    // Opened from a letter on "My day": a delivery visit to that address.
    if (task)
      setValue((v) => ({
        ...v,
        visitType: 'warning-letter-delivery',
        deliveryTaskId: task.id,
        address: v.address || task.address,
        wardCode: v.wardCode || task.wardCode,
      }));
  }, [fromCall, task, ready, restored, setValue]);

  if (!valid) return <Navigate to="/visits/new" replace />;
  if (!value || !reference || !links || !actor) return <LoadingPage title="Log a visit" />;

  const save = async () => {
    const saved = await form.run(async () => {
      await writes.logVisit(toLogVisitInput(value, visitId, actor.agencyId));
      await draft.finish();
    });
    if (saved) {
      void navigate(`/visits/${visitId}`, {
        state: { banner: 'Visit saved on this device. It will be sent when there is signal.' },
      });
    }
  };
  const discard = async () => {
    await photos.discardDraft(visitId);
    await draft.finish();
    void navigate('/my-day', { state: { banner: 'Draft discarded.' } });
  };

  return (
    <>
      <VisitForm
        title="Log a visit"
        draft={draft}
        value={value}
        form={form}
        reference={reference}
        links={links}
        onSave={save}
        saveLabel="Save visit"
        photosFor={visitId}
        actions={
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            onClick={() => setConfirming(true)}
          >
            Discard draft
          </button>
        }
      />
      {confirming && (
        <ConfirmDialog
          title="Discard this draft?"
          confirmLabel="Discard draft"
          warning
          onConfirm={() => void discard()}
          onCancel={() => setConfirming(false)}
        >
          <p className="govuk-body">
            What you typed, and any photos you added, will be deleted from this device.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
