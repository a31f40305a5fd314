import { useState, type FormEvent } from 'react';
import type { Group } from '../../../domain/schemas/groups';
import { Button } from '../../components/button';
import { Checkboxes } from '../../components/checkboxes';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Select, type SelectOption } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { useSubmit } from '../../forms/use-submit';
import { useGroupWrites } from './use-groups';

/** Changing a group's title, lead and members (the chair and the lead agency). */
export function GroupDetailsForm({
  group,
  agencies,
}: {
  group: Group;
  agencies: readonly SelectOption[];
}) {
  const writes = useGroupWrites();
  const form = useSubmit({ prefix: 'details', mainField: 'title' });
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(group.title);
  const [lead, setLead] = useState(group.leadAgencyId);
  const [members, setMembers] = useState<string[]>(group.memberAgencyIds);
  const [saved, setSaved] = useState(false);
  if (!open)
    return (
      <>
        {saved && (
          <p className="govuk-body" role="status">
            Details saved.
          </p>
        )}
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
          Change details
        </Button>
      </>
    );
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.run(() =>
      writes.update(group.id, {
        title,
        leadAgencyId: lead,
        memberAgencyIds: members.filter((m) => m !== lead),
      }),
    );
    if (ok) {
      setSaved(true);
      setOpen(false);
    }
  };
  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <h2 className="govuk-heading-m">Change details</h2>
      <ErrorSummary errors={form.errors} />
      {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
      <TextInput
        id="details-title"
        label="Title"
        value={title}
        error={form.fieldErrors['details-title']}
        onChange={setTitle}
      />
      <Select
        id="details-leadAgencyId"
        label="Lead agency"
        value={lead}
        options={agencies}
        error={form.fieldErrors['details-leadAgencyId']}
        onChange={setLead}
      />
      <Checkboxes
        id="details-memberAgencyIds"
        legend="Member agencies"
        legendSize="s"
        small
        values={members}
        items={agencies.filter((a) => a.value !== lead)}
        onChange={setMembers}
      />
      <div className="govuk-button-group">
        <Button busy={form.busy}>Save details</Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
