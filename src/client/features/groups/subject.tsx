import { Link } from 'react-router-dom';
import type { GroupBundle } from '../../local-store/group-queries';

/** What a group is about, in words: the location's address, the person, or the theme. */
export function subjectOf(bundle: Pick<GroupBundle, 'group' | 'location' | 'person'>) {
  const { group } = bundle;
  if (group.subjectType === 'theme') return `Theme: ${group.theme ?? ''}`;
  if (group.subjectType === 'location')
    return bundle.location ? (
      <Link className="govuk-link" to={`/locations/${bundle.location.id}`}>
        {bundle.location.address}
      </Link>
    ) : (
      'A location not on this device'
    );
  return bundle.person ? (
    <Link className="govuk-link" to={`/people/${bundle.person.id}`}>
      {bundle.person.name}
    </Link>
  ) : (
    'A person not on this device'
  );
}
