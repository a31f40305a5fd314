import type { FormEvent, ReactNode } from 'react';
import { TEXT_MAX } from '../../../domain/schemas/text-limits';
import { Button } from '../../components/button';
import { Checkbox } from '../../components/checkboxes';
import { DateTimeInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Radios } from '../../components/radios';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import { fieldsToErrors } from '../../forms/form-errors';
import type { Draft } from '../../forms/use-draft';
import type { Reference } from '../../forms/use-reference-data';
import type { FormSubmit } from '../../forms/use-submit';
import type { VisitLinkOptions } from '../../local-store/my-day-queries';
import { PhotoFields } from './photos/photo-fields';
import { DeliveryFields, LinkFields, WhoSeenFields } from './visit-link-fields';
import {
  deliveryProblems,
  VISIT_FIELD_ORDER,
  VISIT_TYPE_ITEMS,
  type VisitFormValue,
} from './visit-form-model';
import { VisitWhereFields } from './visit-where-fields';
import './visits.css';

/**
 * The visit form, for a new visit and for an amendment: every change goes
 * to the draft at once; saving is `onSave`, which the page supplies.
 */
export function VisitForm({
  title,
  draft,
  value,
  form,
  reference,
  links,
  onSave,
  saveLabel,
  amending = false,
  extra,
  actions,
  photosFor,
}: {
  title: string;
  draft: Draft<VisitFormValue>;
  value: VisitFormValue;
  form: FormSubmit;
  reference: Reference;
  links: VisitLinkOptions;
  onSave: () => Promise<void>;
  saveLabel: string;
  amending?: boolean;
  extra?: ReactNode;
  actions?: ReactNode;
  /** The draft's visit id, when photos can be attached (a new visit, not an amendment). */
  photosFor?: string;
}) {
  const { errors, fieldErrors, problem, busy } = form;
  const change = (patch: Partial<VisitFormValue>) => draft.setValue((v) => ({ ...v, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const before = deliveryProblems(value);
    if (Object.keys(before).length > 0) {
      form.fail(fieldsToErrors(before, VISIT_FIELD_ORDER));
      return;
    }
    void onSave();
  };
  return (
    <div className="app-visit-form">
      <ErrorSummary errors={errors} />
      {problem && <NotificationBanner title="Not saved" heading={problem} />}
      {draft.restored && (
        <NotificationBanner title="Draft restored" heading="This is the visit you were logging." />
      )}
      <h1 className="govuk-heading-l">{title}</h1>
      <form onSubmit={submit} noValidate>
        <Radios
          id="visitType"
          legend="Type of visit"
          legendSize="m"
          items={VISIT_TYPE_ITEMS}
          value={value.visitType}
          error={fieldErrors.visitType}
          onChange={(visitType) => change({ visitType })}
          small
        />
        <DateTimeInput
          id="at"
          label="When"
          hint="Set to when you opened this form; change it if the visit was earlier"
          value={value.at}
          error={fieldErrors.at}
          onChange={(at) => change({ at })}
        />
        <VisitWhereFields
          value={value}
          errors={fieldErrors}
          wards={reference.wards}
          onChange={change}
        />
        {value.visitType === 'warning-letter-delivery' && !amending && (
          <DeliveryFields value={value} errors={fieldErrors} onChange={change} links={links} />
        )}
        <WhoSeenFields value={value} errors={fieldErrors} onChange={change} />
        <LinkFields value={value} errors={fieldErrors} onChange={change} links={links} />
        <Textarea
          id="notes"
          label="Notes"
          labelSize="m"
          hint="What you saw, who you spoke to and any advice given"
          value={value.notes}
          error={fieldErrors.notes}
          onChange={(notes) => change({ notes })}
          maxLength={TEXT_MAX.visitNotes}
          rows={5}
        />
        {!amending && (
          <>
            <Checkbox
              id="followUpNeeded"
              label="Follow-up needed"
              hint={
                value.callId
                  ? 'Adds an action for your agency on the linked call'
                  : 'Link a call to add a follow-up action to it'
              }
              checked={value.followUpNeeded}
              onChange={(followUpNeeded) => change({ followUpNeeded })}
            />
            {fieldErrors.followUpNeeded && (
              <p className="govuk-error-message" id="followUpNeeded-error">
                {fieldErrors.followUpNeeded}
              </p>
            )}
            {value.followUpNeeded && (
              <TextInput
                id="followUpNote"
                label="What needs to happen next"
                value={value.followUpNote}
                error={fieldErrors.followUpNote}
                onChange={(followUpNote) => change({ followUpNote })}
              />
            )}
          </>
        )}
        {photosFor && (
          <PhotoFields
            visitId={photosFor}
            keepLocation={value.keepPhotoLocation}
            onKeepLocation={(keepPhotoLocation) => change({ keepPhotoLocation })}
          />
        )}
        {extra}
        <div className="govuk-button-group">
          <Button busy={busy}>{saveLabel}</Button>
          {actions}
        </div>
      </form>
    </div>
  );
}
