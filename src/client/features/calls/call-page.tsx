import { Link, useLocation, useParams } from 'react-router-dom';
import { londonDate } from '../../../domain/dates';
import { canChange, canCreate } from '../../../domain/access';
import { residentUpdateDue } from '../../../domain/rules/calls';
import { CaseReviewWarnings } from '../../components/case-review-warning';
import { NotificationBanner } from '../../components/notification-banner';
import { useCaseReview } from '../../forms/use-case-review';
import { ActionItem } from './action-item';
import { AddActionForm } from '../../forms/add-action-form';
import { CallSummary } from './call-summary';
import { StatusTag } from './call-tags';
import { useCallWrites } from './call-writes';
import { CallVisits } from './call-visits';
import { ChronologySection } from './chronology-section';
import { CloseCallSection } from '../../forms/close-call-section';
import { EditCallSection } from './edit-call-section';
import { LoadingPage } from '../../components/loading-page';
import { CallNotFound } from './loading-page';
import { RepeatWarning } from './repeat-warning';
import { ResidentUpdateSection } from './resident-update-section';
import { mayRun, useActor } from '../../app/use-actor';
import { useCallBundle, useRepeatsFor } from './use-call-bundle';
import { useSubmit } from '../../forms/use-submit';
import { useReferenceData } from '../../forms/use-reference-data';

/** The call page: details, repeats, actions, resident updates, chronology and closing. */
export function CallPage() {
  const { callId = '' } = useParams();
  const bundle = useCallBundle(callId);
  const reference = useReferenceData();
  const repeats = useRepeatsFor(bundle);
  const warnings = useCaseReview(bundle?.call.personIds ?? []);
  const actor = useActor();
  const banner = (useLocation().state as { banner?: string } | null)?.banner;

  if (bundle === null) return <CallNotFound />;
  if (bundle === undefined || !reference) return <LoadingPage title="Call" />;

  const { call, actions } = bundle;
  const closed = call.status === 'closed';
  const mayAdd = actor !== null && canCreate(actor, 'actions');
  const updateDue = !closed && residentUpdateDue(call, actions, bundle.updates);

  return (
    <>
      <Link className="govuk-back-link govuk-!-margin-top-0" to="/calls">
        Back to calls
      </Link>
      {banner && <NotificationBanner type="success" heading={banner} />}
      <h1 className="govuk-heading-l app-wrap-anywhere">
        <span className="govuk-caption-l">Call</span>
        {call.reference ?? 'Reference pending'}
      </h1>
      <p className="govuk-body">
        <StatusTag status={call.status} />
      </p>
      <RepeatWarning recent={repeats} wardNames={reference.wardNames} />
      <CaseReviewWarnings warnings={warnings} linkNames />
      {!closed && mayRun(actor, 'call.discuss') && (
        <DiscussButton callId={call.id} discussedOn={call.discussedOn ?? []} />
      )}
      <CallSummary bundle={bundle} reference={reference} />
      {!closed && actor !== null && canChange(actor, 'calls') && (
        <EditCallSection key={call.id} bundle={bundle} reference={reference} />
      )}

      <section aria-labelledby="actions-heading">
        <h2 className="govuk-heading-m" id="actions-heading">
          Actions
        </h2>
        {actions.length === 0 ? (
          <p className="govuk-body">No actions yet.</p>
        ) : (
          <ol className="app-card-list" aria-label="Actions">
            {actions.map((a, i) => (
              <ActionItem
                key={a.id}
                action={a}
                index={i}
                callClosed={closed}
                actor={actor}
                agencyNames={reference.agencyNames}
              />
            ))}
          </ol>
        )}
        {mayAdd && !closed && <AddActionForm callId={call.id} agencies={reference.agencies} />}
      </section>

      <CallVisits bundle={bundle} mayAdd={actor !== null && canCreate(actor, 'visits')} />
      <ResidentUpdateSection bundle={bundle} updateDue={updateDue} mayAdd={mayAdd} />
      <ChronologySection bundle={bundle} agencyNames={reference.agencyNames} mayAdd={mayAdd} />
      {!closed && mayRun(actor, 'call.close') && (
        <CloseCallSection call={call} actions={actions} residentUpdates={bundle.updates} />
      )}
    </>
  );
}

/** "Discussed at today's meeting" (chair): records today's date and opens a new call. */
function DiscussButton({
  callId,
  discussedOn,
}: {
  callId: string;
  discussedOn: readonly string[];
}) {
  const today = londonDate(new Date());
  const form = useSubmit({ prefix: 'discuss', mainField: 'date' });
  const writes = useCallWrites();
  if (discussedOn.includes(today))
    return <p className="govuk-body">Discussed at today’s meeting.</p>;
  return (
    <div className="govuk-form-group">
      {(form.problem || form.errors[0]) && (
        <p className="govuk-error-message" role="alert">
          {form.problem || form.errors[0]?.message}
        </p>
      )}
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        disabled={form.busy}
        onClick={() =>
          void form.run(() => writes.runCallCommand(callId, 'call.discuss', { date: today }))
        }
      >
        Discussed at today’s meeting
      </button>
    </div>
  );
}
