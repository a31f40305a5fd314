import { Link, useParams } from 'react-router-dom';
import { formatDate, londonDate } from '../../../domain/dates';
import { compareItems, itemRag } from '../../../domain/rules/groups';
import { Button } from '../../components/button';
import { LoadingPage } from '../../components/loading-page';
import { nameOf, useReferenceData } from '../../forms/use-reference-data';
import { usePageTitle } from '../../app/use-page-title';
import { RagTag } from './group-parts';
import { subjectOf } from './subject';
import { useGroupBundle } from './use-groups';
import './group-print.css';

/** The one-page summary for partners: title, subject, members, open items with RAG, last meeting. */
export function GroupPrintPage() {
  const { groupId = '' } = useParams();
  const bundle = useGroupBundle(groupId);
  const reference = useReferenceData();
  usePageTitle(bundle ? `${bundle.group.title}: summary` : 'Group summary');
  if (bundle === undefined || !reference) return <LoadingPage title="Group summary" />;
  if (bundle === null) return <h1 className="govuk-heading-l">Group not found</h1>;
  const { group } = bundle;
  const today = londonDate(new Date());
  const agency = (id: string) => nameOf(reference.agencyNames, id);
  const open = bundle.items.filter((i) => !i.done).sort(compareItems(today));
  const last = bundle.meetings.at(-1);
  return (
    <article className="app-group-summary">
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to={`/groups/${group.id}`}>
          Back to the group
        </Link>
      </p>
      <h1 className="govuk-heading-l app-wrap-anywhere">{group.title}</h1>
      <p className="govuk-body-s">
        Task and Finish Group summary, printed {formatDate(today)}. Official – Sensitive.
      </p>
      <div className="app-no-print">
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          Print this summary
        </Button>
      </div>
      <dl className="app-group-summary__facts">
        <dt>Subject</dt>
        <dd>{subjectOf(bundle)}</dd>
        <dt>Status</dt>
        <dd>{group.status === 'open' ? 'Open' : `Closed: ${group.closureOutcome ?? ''}`}</dd>
        <dt>Lead agency</dt>
        <dd>{agency(group.leadAgencyId)}</dd>
        <dt>Members</dt>
        <dd>{group.memberAgencyIds.map(agency).join(', ') || 'None listed'}</dd>
      </dl>
      <h2 className="govuk-heading-m">Open items ({open.length})</h2>
      {open.length === 0 ? (
        <p className="govuk-body">No open items.</p>
      ) : (
        <table className="govuk-table app-group-summary__items">
          <caption className="govuk-visually-hidden">Open action plan items</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Item
              </th>
              <th scope="col" className="govuk-table__header">
                Lead
              </th>
              <th scope="col" className="govuk-table__header">
                By
              </th>
              <th scope="col" className="govuk-table__header">
                RAG
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {open.map((i) => (
              <tr className="govuk-table__row" key={i.id}>
                <td className="govuk-table__cell app-wrap-anywhere">
                  {i.item}
                  {i.latestUpdate ? (
                    <span className="govuk-hint govuk-!-margin-bottom-0">{i.latestUpdate}</span>
                  ) : null}
                </td>
                <td className="govuk-table__cell">{agency(i.leadAgencyId)}</td>
                <td className="govuk-table__cell">{formatDate(i.byDate)}</td>
                <td className="govuk-table__cell">
                  <RagTag shown={itemRag(i, today)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="govuk-heading-m">Last meeting</h2>
      {last ? (
        <>
          <p className="govuk-body">
            {formatDate(last.date)}: {last.attendees}
          </p>
          <p className="govuk-body app-preserve-lines">{last.notes}</p>
        </>
      ) : (
        <p className="govuk-body">No meeting yet.</p>
      )}
    </article>
  );
}
