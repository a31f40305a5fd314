import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../../domain/dates';
import type { ShownRag } from '../../../domain/rules/groups';
import { Tag, type TagColour } from '../../components/tag';
import type { LocalCall } from '../../local-store/types';

/** Small pieces the group screens share. */
const RAG_WORDS: Record<ShownRag['rag'], string> = { green: 'Green', amber: 'Amber', red: 'Red' };
const RAG_COLOURS: Record<ShownRag['rag'], TagColour> = {
  green: 'green',
  amber: 'yellow',
  red: 'red',
};

/** The RAG in words (colour is never the only signal), "overdue" when red by date. */
export function RagTag({ shown, done }: { shown: ShownRag; done?: boolean }) {
  if (done) return <Tag colour="grey">Done</Tag>;
  return (
    <Tag colour={RAG_COLOURS[shown.rag]}>
      {RAG_WORDS[shown.rag]}
      {shown.overdue ? ': overdue' : ''}
    </Tag>
  );
}

export { GroupStatusTag } from '../../components/record-status-tags';

/** Calls as links: reference, when received, categories; never the reporter. */
export function CallLinks({
  calls,
  categoryNames,
}: {
  calls: readonly LocalCall[];
  categoryNames: Record<string, string>;
}) {
  if (calls.length === 0) return <p className="govuk-body">No calls linked.</p>;
  return (
    <ul className="govuk-list govuk-list--spaced">
      {calls.map((c) => (
        <li key={c.id}>
          <Link className="govuk-link" to={`/calls/${c.id}`}>
            {c.reference ?? 'Reference pending'}
          </Link>{' '}
          received {formatDateTime(c.receivedAt)}
          <span className="govuk-hint govuk-!-margin-bottom-0">
            {c.categoryIds.map((id) => categoryNames[id] ?? id).join(', ')} – incident{' '}
            {formatDate(c.incidentDate)}
          </span>
        </li>
      ))}
    </ul>
  );
}
