import { formatDate } from '../../domain/dates';
import { Radios } from '../components/radios';
import type { LocalPerson } from '../local-store/types';
import { usePersonMatches } from './use-person-matches';

/**
 * "Is this someone already on record?" Linking the call to the existing
 * person record is what lets repeat victims and repeat subjects be seen;
 * a new record for the same person would hide the pattern. Shared by the
 * call form's people and the enforcement recipient; `onChange` also hands
 * over the chosen person's record (to fill an address from it).
 */
export function KnownPersonChoice({
  id,
  name,
  personId,
  onChange,
}: {
  id: string;
  name: string;
  personId: string | undefined;
  onChange: (personId: string | undefined, person?: LocalPerson) => void;
}) {
  const matches = usePersonMatches(name);
  if (matches.length === 0) return null;
  const items = [
    ...matches.map((p) => ({
      value: p.id,
      label: p.name,
      hint: [p.dateOfBirth ? `Born ${formatDate(p.dateOfBirth)}` : '', p.address ?? '']
        .filter(Boolean)
        .join(' · '),
    })),
    { value: '', label: 'No, someone new' },
  ];
  return (
    <Radios
      id={id}
      legend="Is this someone already on record?"
      legendSize="s"
      items={items}
      value={personId ?? ''}
      onChange={(v) =>
        onChange(
          v || undefined,
          matches.find((p) => p.id === v),
        )
      }
      small
    />
  );
}
