import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { Role } from '../../../domain/roles';
import { Button } from '../../components/button';
import { Checkbox } from '../../components/checkboxes';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../app/use-page-title';
import { adminErrorMessage, updateUser, type AdminUser } from '../../sync/admin-client';
import { DevicesTable } from './devices-table';
import { PasswordResetForm } from './password-reset-form';
import { serverFieldErrors } from './server-field-errors';
import { useAdminData, useReferenceChoices } from './use-admin-data';
import { checkUserFields, UserFields, type UserFormValues } from './user-fields';

const ORDER = ['name', 'agencyId', 'roles', 'wards'];

function EditUserForm({ user, onSaved }: { user: AdminUser; onSaved: (message: string) => void }) {
  const ref = useReferenceChoices();
  const [values, setValues] = useState<UserFormValues>({
    name: user.name,
    agencyId: user.agencyId,
    roles: user.roles,
    wards: user.wards,
  });
  const [active, setActive] = useState(user.active);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkUserFields(values);
    const list = ORDER.filter((id) => found[id]).map((id) => ({
      id,
      message: found[id] as string,
    }));
    setErrors(list);
    if (list.length) return;
    setBusy(true);
    try {
      await updateUser(user.id, {
        name: values.name.trim(),
        agencyId: values.agencyId,
        roles: values.roles as Role[],
        wards: values.wards,
        active,
      });
      onSaved(
        `${values.name.trim()} was updated. A change of roles, agency or wards reaches their devices at their next sync.`,
      );
    } catch (err) {
      const fields = serverFieldErrors(err, ORDER);
      setErrors(fields.length ? fields : [{ id: 'name', message: adminErrorMessage(err) }]);
    } finally {
      setBusy(false);
    }
  };

  const fieldErrors = Object.fromEntries(errors.map((e) => [e.id, e.message]));
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
  const [problem, setProblem] = useState<string | null>(null);
  const user = users?.find((u) => u.id === userId);
  usePageTitle(user ? user.name : 'User');
  const done = (m: string) => {
    setProblem(null);
    setMessage(m);
    reload();
  };

  return (
    <>
      {message && <NotificationBanner type="success" heading={message} />}
      {(problem ?? error) && <NotificationBanner heading={problem ?? error} />}
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
              onError={setProblem}
            />
          )}
        </>
      )}
    </>
  );
}
