import { Link, useParams } from 'react-router-dom';
import { formatDate } from '../../../domain/dates';
import { Button } from '../../components/button';
import { LoadingPage } from '../../components/loading-page';
import { stepName } from './enforcement-format';
import { LetterText } from '../../components/letter-text';
import { useEnforcementBundle } from './use-enforcement';
import './letter.css';

/**
 * The letter exactly as issued (the stored text, never re-rendered from the
 * template), laid out for A4 print; "Save as PDF" in the print dialog gives
 * a clean PDF because the print stylesheet hides the app around it.
 */
export function LetterPage() {
  const { enforcementId = '' } = useParams();
  const data = useEnforcementBundle(enforcementId);
  if (data === undefined) return <LoadingPage title="Letter" />;
  const letter = data?.letters[0];
  if (!data || !letter)
    return (
      <>
        <h1 className="govuk-heading-l">Letter not found</h1>
        <p className="govuk-body">No issued letter for this record is on this device.</p>
        <Link className="govuk-link" to="/enforcement">
          Back to enforcement
        </Link>
      </>
    );
  return (
    <>
      <div className="app-no-print">
        <p className="govuk-body">
          <Link className="govuk-link" to={`/enforcement/${data.record.id}`}>
            Back to the record
          </Link>
        </p>
        <h1 className="govuk-heading-l">
          {stepName(data.steps, data.record.stepId)} for {data.record.recipientName}, issued{' '}
          {formatDate(letter.issuedDate)}
        </h1>
        <Button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </Button>
      </div>
      <LetterText body={letter.body} label="Letter as issued" />
    </>
  );
}
