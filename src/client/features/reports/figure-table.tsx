import { toCsv, type CsvValue } from '../../../domain/csv';
import { Button } from '../../components/button';
import { downloadText } from '../../components/download';

/**
 * A table of report figures with its caption shown, and a button that
 * downloads exactly these rows as CSV (the domain's one CSV rule: header,
 * BOM, formula cells neutralised).
 */
export function FigureTable(props: {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly CsvValue[])[];
  fileName: string;
  empty?: string;
}) {
  const { caption, columns, rows, fileName, empty = 'Nothing in this period.' } = props;
  return (
    <>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((c, i) => (
              <th
                key={c}
                scope="col"
                className={`govuk-table__header${i > 0 ? ' govuk-table__header--numeric' : ''}`}
              >
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.length === 0 && (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={columns.length}>
                {empty}
              </td>
            </tr>
          )}
          {rows.map((r, i) => (
            <tr className="govuk-table__row" key={i}>
              {r.map((v, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className="govuk-table__header">
                    {String(v ?? '')}
                  </th>
                ) : (
                  <td key={j} className="govuk-table__cell govuk-table__cell--numeric">
                    {String(v ?? '')}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Button
        type="button"
        variant="secondary"
        onClick={() => downloadText(fileName, toCsv(columns, rows))}
      >
        Download {caption.toLowerCase()} (CSV)
      </Button>
    </>
  );
}
