import type { AdminUser } from '../../../domain/sync-protocol';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { Role } from '../../../domain/roles';
import { Button } from '../../components/button';
import { Checkbox } from '../../components/checkboxes';
import { ErrorSummary } from '../../components/error-summary';
import { fieldsToErrors } from '../../forms/form-errors';
import { useSubmit } from '../../forms/use-submit';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../app/use-page-title';
import { updateUser } from '../../sync/admin-client';
import { DevicesTable } from './devices-table';
import { PasswordResetForm } from './password-reset-form';
import { adminFailure } from './server-field-errors';
import { useAdminData } from './use-admin-data';
import { useReferenceData } from '../../forms/use-reference-data';
import { checkUserFields, UserFields, type UserFormValues } from './user-fields';

const ORDER = ['name', 'agencyId', 'roles', 'wards'];
const MAP_ERROR = adminFailure(ORDER, 'name');

function EditUserForm({ user, onSaved }: { user: AdminUser; onSaved: (message: string) => void }) {
  const ref = useReferenceData();
  const [values, setValues] = useState<UserFormValues>({
    name: user.name,
    agencyId: user.agencyId,
    roles: user.roles,
    wards: user.wards,
  });
  const [active, setActive] = useState(user.active);
  const form = useSubmit({ mapError: MAP_ERROR });
  const { errors, fieldErrors, busy } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list = fieldsToErrors(checkUserFields(values), ORDER);
    form.fail(list);
    if (list.length) return;
    const saved = await form.run(() =>
      updateUser(user.id, {
        name: values.name.trim(),
        agencyId: values.agencyId,
        roles: values.roles as Role[],
        wards: values.wards,
        active,
      }),
    );
    if (saved)
      onSaved(
        `${values.name.trim()} was updated. A change of roles, agency or wards reaches their devices at their next sync.`,
      );
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={errors} />
      {ref && (
        <UserFields
          values={values}
          onChange={setValues}
          errors={fieldErrors}
          agencies={ref.agencies}
          wards={ref.wards}
        />
      )}
      <Checkbox
        id="active"
        label="Account is active"
        hint="A deactivated account cannot sign in and is signed out everywhere"
        checked={active}
        onChange={setActive}
      />
      <Button busy={busy}>Save changes</Button>
    </form>
  );
}

/** One user: change roles, agency, wards and active; reset the password; see and revoke their devices. */
export function UserPage() {
  const { userId } = useParams();
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const { users, devices, error, reload } = useAdminData();
  const [message, setMessage] = useState<string | null>(created ? 'The user was added.' : null);
  const user = users?.find((u) => u.id === userId);
  usePageTitle(user ? user.name : 'User');
  const done = (m: string) => {
    setMessage(m);
    reload();
  };

  return (
    <>
      {message && <NotificationBanner type="success" heading={message} />}
      {error && <NotificationBanner heading={error} />}
      <Link className="govuk-back-link" to="/admin">
        Back to users and devices
      </Link>
      {!users && !error && (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      )}
      {users && !user && (
        <>
          <h1 className="govuk-heading-l">User not found</h1>
          <p className="govuk-body">There is no such user.</p>
        </>
      )}
      {user && (
        <>
          <span className="govuk-caption-l">{user.username}</span>
          <h1 className="govuk-heading-l">{user.name}</h1>
          <EditUserForm key={`${user.id}:${JSON.stringify(user)}`} user={user} onSaved={done} />
          <PasswordResetForm userId={user.id} name={user.name} onDone={done} />
          <h2 className="govuk-heading-m">Devices</h2>
          {devices && (
            <DevicesTable
              devices={devices.filter((d) => d.userId === user.id)}
              users={users ?? []}
              onChanged={done}
            />
          )}
        </>
      )}
    </>
  );
}
