import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Role } from '../../../domain/roles';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { fieldsToErrors } from '../../forms/form-errors';
import { useSubmit } from '../../forms/use-submit';
import { TextInput } from '../../components/text-input';
import { usePageTitle } from '../../app/use-page-title';
import { createUser } from '../../sync/admin-client';
import { adminFailure } from './server-field-errors';
import { useReferenceData } from '../../forms/use-reference-data';
import { checkUserFields, UserFields, type UserFormValues } from './user-fields';

const ORDER = ['username', 'name', 'agencyId', 'roles', 'wards', 'password'];
export const MIN_INITIAL_PASSWORD = 12;
const MAP_ERROR = adminFailure(ORDER, 'username');

/** Add a user account with an initial password the person changes by asking an admin to reset it. */
export function NewUserPage() {
  usePageTitle('Add a user');
  const ref = useReferenceData();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [values, setValues] = useState<UserFormValues>({
    name: '',
    agencyId: '',
    roles: [],
    wards: [],
  });
  const form = useSubmit({ mapError: MAP_ERROR });
  const { errors, fieldErrors, busy } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^[a-zA-Z0-9._-]{2,64}$/.test(username.trim()))
      found.username = 'Enter a username of 2 to 64 letters, digits, dots, dashes or underscores';
    Object.assign(found, checkUserFields(values));
    if (password.length < MIN_INITIAL_PASSWORD)
      found.password = `Enter an initial password of at least ${MIN_INITIAL_PASSWORD} characters`;
    const list = fieldsToErrors(found, ORDER);
    form.fail(list);
    if (list.length) return;
    let id = '';
    const saved = await form.run(async () => {
      const user = await createUser({
        username: username.trim(),
        name: values.name.trim(),
        agencyId: values.agencyId,
        roles: values.roles as Role[],
        wards: values.wards,
        password,
      });
      id = user.id;
    });
    if (saved) void navigate(`/admin/users/${id}`, { state: { created: true } });
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={errors} />
      <Link className="govuk-back-link" to="/admin">
        Back to users and devices
      </Link>
      <h1 className="govuk-heading-l">Add a user</h1>
      <TextInput
        id="username"
        label="Username"
        hint="What they type to sign in"
        value={username}
        onChange={setUsername}
        error={fieldErrors.username}
        autoComplete="off"
        spellCheck={false}
        width="20"
      />
      {ref ? (
        <UserFields
          values={values}
          onChange={setValues}
          errors={fieldErrors}
          agencies={ref.agencies}
          wards={ref.wards}
        />
      ) : (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      )}
      <TextInput
        id="password"
        label="Initial password"
        hint={`At least ${MIN_INITIAL_PASSWORD} characters. Give it to the person in a safe way`}
        type="password"
        value={password}
        onChange={setPassword}
        error={fieldErrors.password}
        autoComplete="new-password"
        width="20"
      />
      <Button busy={busy}>{busy ? 'Adding…' : 'Add user'}</Button>
    </form>
  );
}
