import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import { Button } from '../../components/button';
import { DateInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { useSubmit } from '../../forms/use-submit';
import { usePageTitle } from '../../app/use-page-title';
import { useMaracWrites } from './marac-writes';
import { AllReferralsLink } from './all-referrals-link';
import { NotMember } from './not-member';
import { useMaracActor, useMeetings } from './use-marac-data';

/** The monthly Community MARAC meetings, newest first, and adding the next one. */
export function MeetingsPage() {
  usePageTitle('Community MARAC meetings');
  const { member } = useMaracActor();
  const meetings = useMeetings();
  const writes = useMaracWrites();
  const navigate = useNavigate();
  const form = useSubmit({ mainField: 'date' });
  const [date, setDate] = useState('');
  if (!member) return <NotMember />;
  const add = async (e: FormEvent) => {
    e.preventDefault();
    let id = '';
    if (await form.run(async () => (id = await writes.createMeeting(date))))
      void navigate(`/marac/meetings/${id}`);
  };
  return (
    <>
      <AllReferralsLink />
      <h1 className="govuk-heading-l">Community MARAC meetings</h1>
      <ul className="govuk-list">
        {(meetings ?? []).map((m) => (
          <li key={m.id}>
            <Link className="govuk-link" to={`/marac/meetings/${m.id}`}>
              Meeting on {formatDate(m.date)}
            </Link>
          </li>
        ))}
      </ul>
      {meetings?.length === 0 && <p className="govuk-body">No meetings yet.</p>}
      <ErrorSummary errors={form.errors} />
      {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
      <form onSubmit={(e) => void add(e)} noValidate>
        <h2 className="govuk-heading-m">Add a meeting</h2>
        <DateInput
          id="date"
          label="Meeting date"
          value={date}
          error={form.fieldErrors.date}
          onChange={setDate}
        />
        <Button busy={form.busy}>Add meeting</Button>
      </form>
    </>
  );
}
