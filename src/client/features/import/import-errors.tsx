import type { ImportAnswer } from '../../sync/import-client';

/** Every problem the server found, by spreadsheet row and column. */
export function ImportErrors({ answer }: { answer: ImportAnswer }) {
  if (answer.errorCount === 0) return null;
  return (
    <>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Errors by row and column
          {answer.errorCount > answer.errors.length
            ? ` (the first ${answer.errors.length} of ${answer.errorCount})`
            : ''}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Row
            </th>
            <th scope="col" className="govuk-table__header">
              Column
            </th>
            <th scope="col" className="govuk-table__header">
              Problem
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {answer.errors.map((e, i) => (
            <tr className="govuk-table__row" key={i}>
              <td className="govuk-table__cell">{e.row === 0 ? 'File' : e.row}</td>
              <td className="govuk-table__cell">{e.column}</td>
              <td className="govuk-table__cell">{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
