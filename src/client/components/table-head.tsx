/** A GOV.UK table's caption (visually hidden, read by screen readers) and column headers. */
export function TableHead({ caption, columns }: { caption: string; columns: readonly string[] }) {
  return (
    <>
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((c) => (
            <th key={c} scope="col" className="govuk-table__header">
              {c}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
