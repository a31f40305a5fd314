import { useEffect, useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useDraft } from '../../forms/use-draft';
import { useReferenceData } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import { toLocalInput } from '../../forms/form-dates';
import type { LocalVisit } from '../../local-store/types';
import { useActor } from '../../app/use-actor';
import { useVisit, useVisitLinks, useVisitWrites } from './use-visits';
import {
  toLogVisitInput,
  VISIT_DRAFT,
  VISIT_FIELD_ORDER,
  type VisitFormValue,
} from './visit-form-model';
import { VisitForm } from './visit-form';
import { LoadingPage } from '../../components/loading-page';
import { VisitNotFound } from './visit-loading';

/** The latest version of a visit as the starting point of the next correction. */
function asForm(v: LocalVisit): Partial<VisitFormValue> {
  return {
    visitType: v.visitType,
    at: toLocalInput(new Date(v.at)),
    address: v.address,
    wardCode: v.wardCode,
    gps: v.gps,
    gpsStatus: v.gps ? 'got' : 'none',
    whoSeen: v.whoSeen ?? '',
    personChoice: v.personId ?? '',
    callId: v.callId ?? '',
    groupId: v.groupId ?? '',
    notes: v.notes,
  };
}

/** "Correct this visit": saves an amendment linked to the original, which stays as recorded. */
export function AmendVisitPage() {
  const { visitId = '' } = useParams();
  const found = useVisit(visitId);
  const originalId = found?.original.id ?? visitId;
  const draft = useDraft(`visit.amend:${originalId}`, VISIT_DRAFT);
  const reference = useReferenceData();
  const actor = useActor();
  const value = draft.value;
  const links = useVisitLinks(actor, value?.wardCode ?? '', value?.callId ?? '');
  const writes = useVisitWrites();
  const navigate = useNavigate();
  const form = useSubmit({ mainField: 'notes', order: VISIT_FIELD_ORDER });
  const filled = useRef(false);
  const { setValue, restored } = draft;
  const loaded = value !== undefined;

  useEffect(() => {
    if (filled.current || !loaded || !found) return;
    filled.current = true;
    const latest = found.amendments.at(-1) ?? found.original;
    if (!restored) setValue((v) => ({ ...v, ...asForm(latest) }));
  }, [found, loaded, restored, setValue]);

  if (found === null) return <VisitNotFound />;
  if (!found || !value || !reference || !links || !actor)
    return <LoadingPage title="Correct a visit" />;

  const save = async () => {
    const saved = await form.run(async () => {
      const input = toLogVisitInput(value, '', actor.agencyId, originalId);
      await writes.logVisit({ ...input, id: undefined, followUpNeeded: false });
      await draft.finish();
    });
    if (saved)
      void navigate(`/visits/${originalId}`, {
        state: { banner: 'Amendment saved. The visit as first recorded is kept.' },
      });
  };

  return (
    <VisitForm
      title="Correct a visit"
      draft={draft}
      value={value}
      form={form}
      reference={reference}
      links={links}
      onSave={save}
      saveLabel="Save amendment"
      amending
      actions={
        <Link className="govuk-link" to={`/visits/${originalId}`}>
          Cancel
        </Link>
      }
    />
  );
}
