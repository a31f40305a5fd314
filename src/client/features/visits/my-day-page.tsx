import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../../domain/dates';
import { isActionOverdue } from '../../../domain/rules/calls';
import { VISIT_TYPE_LABELS, type VisitType } from '../../../domain/schemas/visits';
import { NotificationBanner } from '../../components/notification-banner';
import { nameOf, useReferenceData } from '../../forms/use-reference-data';
import { useActor } from '../../app/use-actor';
import { useMyDay } from './use-visits';
import { LoadingPage } from '../../components/loading-page';
import './visits.css';

const typeLabel = (t: unknown) =>
  typeof t === 'string' && t in VISIT_TYPE_LABELS
    ? VISIT_TYPE_LABELS[t as VisitType]
    : 'Type not chosen yet';

function Section({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  children: ReactNode[];
}) {
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        {title} <span className="govuk-body">({children.length})</span>
      </h2>
      {children.length === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : (
        <ul className="app-my-day__list" aria-labelledby={id}>
          {children}
        </ul>
      )}
    </section>
  );
}

function Item({ to, title, detail }: { to: string; title: string; detail: string }) {
  return (
    <li className="app-my-day__item">
      <Link className="govuk-link" to={to}>
        <span>
          <strong>{title}</strong>
          <br />
          <span className="govuk-body-s">{detail}</span>
        </span>
      </Link>
    </li>
  );
}

/** "My day": the field officer's first screen, read from this device only. */
export function MyDayPage() {
  const actor = useActor();
  const reference = useReferenceData();
  const data = useMyDay(actor);
  const banner = (useLocation().state as { banner?: string } | null)?.banner;
  if (!data || !reference) return <LoadingPage title="My day" />;
  const { day, since } = data;
  const now = new Date();
  return (
    <div className="app-my-day">
      {banner && <NotificationBanner type="success" heading={banner} />}
      <h1 className="govuk-heading-l">My day</h1>
      <p className="govuk-body">
        <Link className="govuk-button govuk-!-margin-bottom-0" to="/visits/new">
          Log a visit
        </Link>
      </p>
      <Section id="drafts-heading" title="Unfinished visits" empty="No unfinished visits.">
        {day.drafts.map((d) => (
          <Item
            key={d.visitId}
            to={`/visits/new/${d.visitId}`}
            title={`Continue: ${typeLabel((d.value as { visitType?: unknown }).visitType)}`}
            detail={`Last changed ${formatDateTime(d.savedAt)}`}
          />
        ))}
      </Section>
      <Section id="deliveries-heading" title="Letters to deliver" empty="No letters to deliver.">
        {day.deliveries.map((t) => (
          <Item
            key={t.id}
            to={`/visits/new?deliveryTaskId=${t.id}`}
            title={t.recipientName}
            detail={`${t.address}, ${nameOf(reference.wardNames, t.wardCode)}. Due ${formatDate(t.dueDate)}`}
          />
        ))}
      </Section>
      <Section
        id="actions-heading"
        title="Open actions"
        empty="No open actions for you or your agency."
      >
        {day.actions.map((a) => (
          <Item
            key={a.id}
            to={`/calls/${a.callId}`}
            title={a.text}
            detail={`${isActionOverdue(a, now) ? 'Overdue: ' : ''}due ${formatDate(a.dueDate)}`}
          />
        ))}
      </Section>
      <Section
        id="calls-heading"
        title={since ? 'Calls in my wards changed since I last looked' : 'Calls in my wards'}
        empty="Nothing new in your wards."
      >
        {day.changedCalls.map((c) => (
          <Item
            key={c.id}
            to={`/calls/${c.id}`}
            title={c.reference ?? 'Reference pending'}
            detail={`${c.location.address}, ${nameOf(reference.wardNames, c.wardCode)}`}
          />
        ))}
      </Section>
      <Section id="visits-heading" title="My visits today" empty="No visits logged today.">
        {day.visitsToday.map((v) => (
          <Item
            key={v.id}
            to={`/visits/${v.id}`}
            title={VISIT_TYPE_LABELS[v.visitType]}
            detail={`${formatDateTime(v.at)}, ${v.address}`}
          />
        ))}
      </Section>
    </div>
  );
}
