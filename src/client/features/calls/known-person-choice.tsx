import { Radios } from '../../components/radios';
import { formatDate } from '../../../domain/dates';
import { usePersonMatches } from '../../forms/use-person-matches';

/**
 * "Is this someone already on record?" Linking the call to the existing
 * person record is what lets repeat victims and repeat subjects be seen;
 * a new record for the same person would hide the pattern.
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
  onChange: (personId: string | undefined) => void;
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
      onChange={(v) => onChange(v || undefined)}
      small
    />
  );
}
