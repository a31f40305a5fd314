import { useMemo, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Button } from '../../components/button';
import { Checkboxes } from '../../components/checkboxes';
import { ErrorSummary } from '../../components/error-summary';
import { LoadingPage } from '../../components/loading-page';
import { NotificationBanner } from '../../components/notification-banner';
import { Select } from '../../components/select';
import { SummaryList } from '../../components/summary-list';
import { TextInput } from '../../components/text-input';
import { useDraft } from '../../forms/use-draft';
import { useReferenceData } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import type { SuggestionRow } from '../../local-store/group-queries';
import { useActor } from '../../app/use-actor';
import { usePageTitle } from '../../app/use-page-title';
import { groupDraftId, groupDraftShape, type GroupDraftValue } from './group-draft';
import { CallLinks } from './group-parts';
import { useGroupWrites, useSuggestion } from './use-groups';

const ORDER = ['title', 'theme', 'leadAgencyId', 'memberAgencyIds'];

/**
 * Sets up a Task and Finish Group: from a suggestion (subject, title and
 * triggering calls pre-filled) or about a theme such as "Modern Slavery".
 */
export function NewGroupPage() {
  usePageTitle('Set up a Task and Finish Group');
  const [params] = useSearchParams();
  const kind = params.get('from') ?? '';
  const subjectId = params.get('id') ?? '';
  const suggestion = useSuggestion(kind, subjectId);
  if (suggestion === undefined) return <LoadingPage title="Set up a Task and Finish Group" />;
  return <NewGroupForm key={`${kind}:${subjectId}`} from={suggestion} />;
}

function NewGroupForm({ from }: { from: SuggestionRow | null }) {
  const reference = useReferenceData();
  const actor = useActor();
  const writes = useGroupWrites();
  const navigate = useNavigate();
  const form = useSubmit({ mainField: 'title', order: ORDER });
  const s = from?.suggestion;
  const title0 = from?.label ?? '';
  const lead0 = actor?.agencyId ?? '';
  const shape = useMemo(
    () => groupDraftShape({ title: title0, leadAgencyId: lead0 }),
    [title0, lead0],
  );
  const draft = useDraft(groupDraftId(s), shape);
  const v = draft.value;
  if (!reference || !v) return <LoadingPage title="Set up a Task and Finish Group" />;
  const change = (patch: Partial<GroupDraftValue>) =>
    draft.setValue((prev) => ({ ...prev, ...patch }));
  const { title, theme, leadAgencyId: lead, memberAgencyIds: members } = v;
  const save = async (e: FormEvent) => {
    e.preventDefault();
    let id = '';
    const ok = await form.run(async () => {
      id = await writes.create({
        subjectType: s ? s.kind : 'theme',
        ...(s?.kind === 'location' ? { locationId: s.subjectId } : {}),
        ...(s?.kind === 'person' ? { personId: s.subjectId } : {}),
        ...(s ? {} : { theme }),
        title,
        triggerCallIds: s?.callIds ?? [],
        leadAgencyId: lead,
        memberAgencyIds: members.filter((m) => m !== lead),
      });
    });
    if (ok) {
      await draft.finish();
      void navigate(`/groups/${id}`);
    }
  };
  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-link" to={s ? '/groups/suggested' : '/groups'}>
          {s ? 'Back to suggested groups' : 'All groups'}
        </Link>
      </p>
      <h1 className="govuk-heading-l">Set up a Task and Finish Group</h1>
      <ErrorSummary errors={form.errors} />
      {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
      {draft.restored && (
        <NotificationBanner title="Draft restored" heading="This is the group you were setting up.">
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            onClick={() => void draft.discard()}
          >
            Start again
          </button>
        </NotificationBanner>
      )}
      {s ? (
        <>
          <SummaryList
            rows={[
              { key: s.kind === 'location' ? 'Location' : 'Person', value: from.label },
              { key: 'Triggering calls', value: String(s.callIds.length) },
            ]}
          />
          <CallLinks calls={from.calls} categoryNames={reference.categoryNames} />
        </>
      ) : (
        <p className="govuk-body">
          A group about a theme. To set one up about a location or person, start from{' '}
          <Link className="govuk-link" to="/groups/suggested">
            a suggestion
          </Link>
          .
        </p>
      )}
      <form onSubmit={(e) => void save(e)} noValidate>
        <TextInput
          id="title"
          label="Title"
          hint="Name it by its subject, for example Caxton Close, Hartley"
          value={title}
          error={form.fieldErrors.title}
          onChange={(t) => change({ title: t })}
        />
        {!s && (
          <TextInput
            id="theme"
            label="Theme"
            hint="For example Modern Slavery"
            value={theme}
            error={form.fieldErrors.theme}
            onChange={(t) => change({ theme: t })}
          />
        )}
        <Select
          id="leadAgencyId"
          label="Lead agency"
          value={lead}
          emptyOption="Select the lead agency"
          options={reference.agencies}
          error={form.fieldErrors.leadAgencyId}
          onChange={(l) => change({ leadAgencyId: l })}
        />
        <Checkboxes
          id="memberAgencyIds"
          legend="Member agencies"
          legendSize="s"
          small
          values={members}
          items={reference.agencies.filter((a) => a.value !== lead)}
          error={form.fieldErrors.memberAgencyIds}
          onChange={(m) => change({ memberAgencyIds: m })}
        />
        <Button busy={form.busy}>Set up group</Button>
      </form>
    </>
  );
}
