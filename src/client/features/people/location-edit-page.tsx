import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../../app/use-page-title';
import { ErrorSummary } from '../../components/error-summary';
import { LoadingPage } from '../../components/loading-page';
import { NotificationBanner } from '../../components/notification-banner';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { useReferenceData } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import { useDb } from '../../local-store/db-context';
import { editLocation } from '../../local-store/record-edits-repo';
import type { LocalLocation } from '../../local-store/types';
import { RecordNotFound } from './record-parts';
import { RecordChanges } from './record-changes';
import { useLocation } from './use-record-edits';

const ORDER = ['address', 'wardCode'];

/** `/locations/:locationId/edit`: the chair and the ASB officer correct a place's address or ward. */
export function LocationEditPage() {
  const { locationId = '' } = useParams();
  const location = useLocation(locationId);
  const reference = useReferenceData();
  usePageTitle('Change a location');
  if (location === undefined || !reference) return <LoadingPage title="Change a location" />;
  if (location === null) return <RecordNotFound kind="location" />;
  return <LocationEditForm key={location.id} location={location} />;
}

function LocationEditForm({ location }: { location: LocalLocation }) {
  const db = useDb();
  const reference = useReferenceData();
  const [address, setAddress] = useState(location.address);
  const [wardCode, setWardCode] = useState(location.wardCode);
  const [saved, setSaved] = useState(false);
  const form = useSubmit({ mainField: 'address', order: ORDER });
  if (!reference) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await form.run(() => editLocation(db, location.id, { address, wardCode }))) setSaved(true);
  };
  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/locations/${location.id}`}>
          Back to {location.address}
        </Link>
      </p>
      <h1 className="govuk-heading-l" id="main-heading" tabIndex={-1}>
        Change a location
      </h1>
      {saved && (
        <NotificationBanner
          type="success"
          heading="Changes saved on this device. They will be sent when there is signal."
        />
      )}
      {location.mergedInto ? (
        <p className="govuk-body">
          This location was merged into{' '}
          <Link className="govuk-link" to={`/locations/${location.mergedInto}/edit`}>
            another location
          </Link>
          : change that one instead.
        </p>
      ) : (
        <>
          <ErrorSummary errors={form.errors} />
          {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
          <form noValidate onSubmit={(e) => void submit(e)}>
            <TextInput
              id="address"
              label="Address or place"
              value={address}
              error={form.fieldErrors.address}
              onChange={(a) => {
                setSaved(false);
                setAddress(a);
              }}
            />
            <Select
              id="wardCode"
              label="Ward"
              emptyOption="Select a ward"
              options={reference.wards}
              value={wardCode}
              error={form.fieldErrors.wardCode}
              onChange={(w) => {
                setSaved(false);
                setWardCode(w);
              }}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" disabled={form.busy}>
                Save changes
              </button>
              <Link className="govuk-link" to={`/locations/${location.id}`}>
                Cancel
              </Link>
            </div>
          </form>
        </>
      )}
      <RecordChanges history={location.history} reference={reference} />
    </>
  );
}
