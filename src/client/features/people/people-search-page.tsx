import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import { LoadingPage } from '../../components/loading-page';
import { Tag } from '../../components/tag';
import { usePageTitle } from '../../app/use-page-title';
import { nameOf, useReferenceData, type Reference } from '../../forms/use-reference-data';
import type { CsuDb } from '../../local-store/db';
import { useDb } from '../../local-store/db-context';
import type { SearchHit, SearchTier } from '../../local-store/people-search';
import { PERSON_FLAG_LABELS } from '../../../domain/schemas/people';
import { usePeopleSearch } from './use-people';

/**
 * What was typed, kept in memory for the signed-in user's database only:
 * coming back from a person's page finds the search as it was, and the text
 * (names, addresses: personal data) never reaches the URL or any storage.
 */
const typed = new WeakMap<CsuDb, string>();

const MATCHED: Record<SearchTier, string> = {
  'exact-name': 'Name',
  name: 'Name',
  alias: 'Alias',
  address: 'Address',
  ward: 'Ward',
};

/** People and places on this device, found by name, alias, address, postcode or ward, offline. */
export function PeopleSearchPage() {
  usePageTitle('People and places');
  const db = useDb();
  const [text, setText] = useState(() => typed.get(db) ?? '');
  const result = usePeopleSearch(text);
  const reference = useReferenceData();
  if (!reference) return <LoadingPage title="People and places" />;
  const change = (value: string) => {
    typed.set(db, value);
    setText(value);
  };
  return (
    <>
      <h1 className="govuk-heading-l">People and places</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="people-search">
            Search by name, alias, address, postcode or ward
          </label>
          <div className="govuk-hint" id="people-search-hint">
            Results appear as you type. Start of each word is enough, for example “Cal Ree” or “TN8
            5”.
          </div>
          <input
            id="people-search"
            name="people-search"
            className="govuk-input govuk-!-width-two-thirds"
            type="search"
            value={text}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="people-search-hint"
            onChange={(e) => change(e.target.value)}
          />
        </div>
      </form>
      <Results text={text} hits={result?.hits} more={result?.more ?? false} reference={reference} />
    </>
  );
}

function Results({
  text,
  hits,
  more,
  reference,
}: {
  text: string;
  hits: SearchHit[] | undefined;
  more: boolean;
  reference: Reference;
}) {
  if (!text.trim())
    return (
      <p className="govuk-body" role="status">
        Type a name, alias, address, postcode or ward to find a person or a place. Searching works
        offline, over everyone on this device.
      </p>
    );
  if (!hits)
    return (
      <p className="govuk-body" role="status">
        Searching…
      </p>
    );
  return (
    <>
      <p className="govuk-body" role="status">
        {hits.length === 0
          ? 'No people or places match. Check the spelling, or try part of a word.'
          : more
            ? `More than ${hits.length} match: the first ${hits.length} are shown. Type more to narrow them.`
            : hits.length === 1
              ? '1 match'
              : `${hits.length} matches`}
      </p>
      {hits.length > 0 && (
        <ul className="app-card-list" aria-label="People and places found">
          {hits.map((hit) => (
            <Hit
              key={`${hit.kind}-${hit.kind === 'person' ? hit.person.id : hit.location.id}`}
              hit={hit}
              reference={reference}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function Hit({ hit, reference }: { hit: SearchHit; reference: Reference }) {
  if (hit.kind === 'location') {
    const { location } = hit;
    return (
      <li className="app-card">
        <h2 className="govuk-heading-s govuk-!-margin-bottom-1 app-wrap-anywhere">
          <Link className="govuk-link" to={`/locations/${location.id}`}>
            {location.address}
          </Link>
        </h2>
        <p className="govuk-body-s govuk-!-margin-bottom-0 app-secondary-text">
          Place · {nameOf(reference.wardNames, location.wardCode)} · matched on{' '}
          {MATCHED[hit.tier].toLowerCase()}
        </p>
      </li>
    );
  }
  const { person } = hit;
  const details = [
    person.dateOfBirth ? `born ${formatDate(person.dateOfBirth)}` : '',
    person.address ?? '',
    person.wardCode ? nameOf(reference.wardNames, person.wardCode) : '',
  ].filter(Boolean);
  return (
    <li className="app-card">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1 app-wrap-anywhere">
        <Link className="govuk-link" to={`/people/${person.id}`}>
          {person.name}
        </Link>
      </h2>
      {person.aliases.length > 0 && (
        <p className="govuk-body-s govuk-!-margin-bottom-1 app-wrap-anywhere">
          Also known as {person.aliases.join(', ')}
        </p>
      )}
      {person.flags.length > 0 && (
        <div className="app-card__tags">
          {person.flags.map((f) => (
            <Tag key={f} colour={f === 'vulnerable' ? 'red' : 'purple'}>
              {PERSON_FLAG_LABELS[f]}
            </Tag>
          ))}
        </div>
      )}
      <p className="govuk-body-s govuk-!-margin-bottom-0 app-secondary-text app-wrap-anywhere">
        Person{details.length ? ` · ${details.join(' · ')}` : ''} · matched on{' '}
        {MATCHED[hit.tier].toLowerCase()}
      </p>
    </li>
  );
}
