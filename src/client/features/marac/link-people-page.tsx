import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import { Button } from '../../components/button';
import { TextInput } from '../../components/text-input';
import { usePersonMatches } from '../../forms/use-person-matches';
import { useSubmit } from '../../forms/use-submit';
import { usePageTitle } from '../../app/use-page-title';
import { recordView } from '../../sync/view-events';
import { FormProblems } from './form-problems';
import { useMaracWrites } from './marac-writes';
import { NotMember } from './not-member';
import { personLine } from './referral-history';
import { useMaracActor, useReferralBundle } from './use-marac-data';

/**
 * Linking a referral's subject to shared person records, for members only.
 * Each link is a MARAC record (maracSubjectLinks), so nobody outside the
 * role learns from a person record that a referral exists.
 */
export function LinkPeoplePage() {
  usePageTitle('Link a referral to person records');
  const { referralId = '' } = useParams();
  const { member } = useMaracActor();
  const bundle = useReferralBundle(referralId);
  const found = bundle !== null && bundle !== undefined;
  useEffect(() => {
    // This screen shows the referral's subject, so opening it is a view too.
    if (member && found) void recordView('maracReferrals', referralId, 'Referral opened to link');
  }, [member, found, referralId]);
  if (!member) return <NotMember />;
  if (bundle === null) return <h1 className="govuk-heading-l">Referral not found</h1>;
  if (!bundle) return <h1 className="govuk-heading-l">Link to person records</h1>;
  const { referral, links } = bundle;
  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/marac/referrals/${referral.id}`}>
          Back to the referral
        </Link>
      </p>
      <span className="govuk-caption-l">Community MARAC referral</span>
      <h1 className="govuk-heading-l">Link {referral.subjectName} to person records</h1>
      <p className="govuk-body">
        Only Community MARAC members see these links. The person records themselves do not show
        them.
      </p>
      <h2 className="govuk-heading-m">Linked now</h2>
      {links.length === 0 ? (
        <p className="govuk-body">Not linked to any person record yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {links.map((l) => (
            <li key={l.link.id}>{personLine(l)}</li>
          ))}
        </ul>
      )}
      <PersonSearch
        referralId={referral.id}
        initialName={referral.subjectName}
        linkedIds={new Set(links.map((l) => l.link.personId))}
      />
    </>
  );
}

function PersonSearch(props: { referralId: string; initialName: string; linkedIds: Set<string> }) {
  const writes = useMaracWrites();
  const form = useSubmit({ mainField: 'person-name' });
  const [name, setName] = useState(props.initialName);
  const matches = usePersonMatches(name);
  const short = name.trim().length < 3;
  return (
    <section aria-labelledby="find-heading">
      <h2 className="govuk-heading-m" id="find-heading">
        Find a person record
      </h2>
      <FormProblems form={form} />
      <TextInput
        id="person-name"
        label="Name or alias"
        hint="Person records on this device that came with calls and visits"
        value={name}
        error={form.fieldErrors['person-name']}
        onChange={setName}
        autoComplete="off"
      />
      <div aria-live="polite">
        {short && <p className="govuk-body">Type at least 3 letters of a name.</p>}
        {!short && matches.length === 0 && (
          <p className="govuk-body">
            No person record on this device matches. Person records come with calls, so a member who
            does not work calls may hold none.
          </p>
        )}
        {matches.length > 0 && (
          <ul className="govuk-list" aria-label="Matching person records">
            {matches.map((p) => {
              const dob = p.dateOfBirth ? `Born ${formatDate(p.dateOfBirth)}` : '';
              return (
                <li key={p.id} className="app-marac-action">
                  <p className="govuk-body govuk-!-margin-bottom-1">
                    <strong>{p.name}</strong>
                    {[dob, p.address ?? ''].filter(Boolean).map((t) => ` · ${t}`)}
                  </p>
                  {props.linkedIds.has(p.id) ? (
                    <p className="govuk-body">Linked</p>
                  ) : (
                    <Button
                      type="button"
                      variant="secondary"
                      busy={form.busy}
                      onClick={() =>
                        void form.run(() => writes.linkSubject(props.referralId, p.id))
                      }
                    >
                      Link {p.name}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
