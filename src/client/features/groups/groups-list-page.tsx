import { Link } from 'react-router-dom';
import { canCreate } from '../../../domain/access';
import { formatDate } from '../../../domain/dates';
import { LoadingPage } from '../../components/loading-page';
import { nameOf, useReferenceData } from '../../forms/use-reference-data';
import { useActor } from '../../app/use-actor';
import { usePageTitle } from '../../app/use-page-title';
import { GroupStatusTag } from './group-parts';
import { useGroupsList } from './use-groups';

/** Every Task and Finish Group on the device, open ones first. */
export function GroupsListPage() {
  usePageTitle('Task and Finish Groups');
  const rows = useGroupsList();
  const reference = useReferenceData();
  const actor = useActor();
  if (!rows || !reference) return <LoadingPage title="Task and Finish Groups" />;
  const chair = actor !== null && canCreate(actor, 'groups');
  return (
    <>
      <h1 className="govuk-heading-l">Task and Finish Groups</h1>
      {chair && (
        <div className="govuk-button-group">
          <Link className="govuk-button" to="/groups/suggested">
            Suggested groups
          </Link>
          <Link className="govuk-button govuk-button--secondary" to="/groups/new">
            Set up a group about a theme
          </Link>
        </div>
      )}
      {rows.length === 0 ? (
        <p className="govuk-body">No groups yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced">
          {rows.map(({ group, openItems, redItems, lastMeeting }) => (
            <li key={group.id} className="app-wrap-anywhere">
              <Link className="govuk-link govuk-!-font-weight-bold" to={`/groups/${group.id}`}>
                {group.title}
              </Link>{' '}
              <GroupStatusTag group={group} />
              <span className="govuk-hint govuk-!-margin-bottom-0">
                Led by {nameOf(reference.agencyNames, group.leadAgencyId)}; {openItems} open{' '}
                {openItems === 1 ? 'item' : 'items'}
                {redItems > 0 ? ` (${redItems} red)` : ''}; last meeting{' '}
                {lastMeeting ? formatDate(lastMeeting) : 'none yet'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
