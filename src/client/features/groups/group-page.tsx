import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { canChange } from '../../../domain/access';
import { formatDate, formatDateTime } from '../../../domain/dates';
import { LoadingPage } from '../../components/loading-page';
import { SummaryList } from '../../components/summary-list';
import { nameOf, useReferenceData } from '../../forms/use-reference-data';
import { useActor } from '../../app/use-actor';
import { usePageTitle } from '../../app/use-page-title';
import { ActionPlanSection } from './action-plan-section';
import { CloseGroupSection } from './close-group-section';
import { GroupDetailsForm } from './group-details-form';
import { CallLinks, GroupStatusTag } from './group-parts';
import { MeetingsSection } from './meetings-section';
import { subjectOf } from './subject';
import { useGroupBundle } from './use-groups';

/** One group: subject, members, triggering calls, action plan with RAG, meetings, closing. */
export function GroupPage() {
  const { groupId = '' } = useParams();
  const bundle = useGroupBundle(groupId);
  const reference = useReferenceData();
  const actor = useActor();
  usePageTitle(bundle?.group.title ?? 'Task and Finish Group');
  useEffect(() => {
    if (bundle) document.getElementById('main-heading')?.focus();
  }, [bundle?.group.id]); // eslint-disable-line react-hooks/exhaustive-deps
  if (bundle === undefined || !reference) return <LoadingPage title="Task and Finish Group" />;
  if (bundle === null)
    return (
      <>
        <h1 className="govuk-heading-l">Group not found</h1>
        <p className="govuk-body">
          This group is not on this device.{' '}
          <Link className="govuk-link" to="/groups">
            All groups
          </Link>
        </p>
      </>
    );
  const { group } = bundle;
  const agency = (id: string) => nameOf(reference.agencyNames, id);
  const mayChange =
    actor !== null &&
    group.status === 'open' &&
    canChange(actor, 'groups', { groupLeadAgencyId: group.leadAgencyId });
  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-link" to="/groups">
          All groups
        </Link>
      </p>
      <h1 className="govuk-heading-l app-wrap-anywhere" id="main-heading" tabIndex={-1}>
        {group.title} <GroupStatusTag group={group} />
      </h1>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/groups/${group.id}/print`}>
          Printable summary
        </Link>
      </p>
      <SummaryList
        rows={[
          { key: 'Subject', value: subjectOf(bundle) },
          { key: 'Lead agency', value: agency(group.leadAgencyId) },
          {
            key: 'Member agencies',
            value: group.memberAgencyIds.length
              ? group.memberAgencyIds.map(agency).join(', ')
              : 'None listed',
          },
          ...(group.createdAt
            ? [{ key: 'Set up', value: formatDate(group.createdAt.slice(0, 10)) }]
            : []),
          ...(group.status === 'closed'
            ? [
                { key: 'Outcome', value: group.closureOutcome ?? '' },
                ...(group.closedAt
                  ? [{ key: 'Closed', value: formatDateTime(group.closedAt) }]
                  : []),
              ]
            : []),
        ]}
      />
      {mayChange && <GroupDetailsForm group={group} agencies={reference.agencies} />}
      <h2 className="govuk-heading-m">Calls that triggered it</h2>
      <CallLinks calls={bundle.calls} categoryNames={reference.categoryNames} />
      <ActionPlanSection
        groupId={group.id}
        items={bundle.items}
        mayChange={mayChange}
        agencies={reference.agencies}
        agencyNames={reference.agencyNames}
      />
      <MeetingsSection
        groupId={group.id}
        meetings={bundle.meetings}
        mayChange={mayChange}
        agencies={reference.agencies}
        agencyNames={reference.agencyNames}
      />
      {mayChange && <CloseGroupSection groupId={group.id} />}
    </>
  );
}
