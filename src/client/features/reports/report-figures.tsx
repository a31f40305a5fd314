import type {
  Shown,
  PublishedMonitoringReport,
} from '../../../domain/rules/monitoring-publication';
import { BarChart } from './bar-chart';
import { FigureTable } from './figure-table';
import type { MaracSource } from './use-monitoring';

const pct = (share: number | null | '*') =>
  share === '*' ? '*' : share === null ? '–' : `${Math.round(share * 100)}%`;
const names = (rows: readonly { name: string; count: Shown }[]) =>
  rows.length === 0 ? 'None' : rows.map((r) => `${r.name} (${r.count})`).join(', ');
const target = (meets: boolean | null) =>
  meets === null ? '' : meets ? ': target met' : ': below target';

/** A chart with the table of its figures beside it (stacked on a phone). */
function ChartWithTable(props: {
  id: string;
  title: string;
  column: string;
  rows: readonly { name: string; count: Shown }[];
  file: string;
  horizontal?: boolean;
}) {
  const { id, title, column, rows, file, horizontal } = props;
  return (
    <section aria-labelledby={id} className="app-report__chart-section">
      <h3 className="govuk-heading-s" id={id}>
        {title}
      </h3>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <BarChart
            label={title}
            labels={rows.map((r) => r.name)}
            values={rows.map((r) => r.count)}
            horizontal={horizontal}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <FigureTable
            caption={title}
            columns={[column, 'Calls']}
            rows={rows.map((r) => [r.name, r.count])}
            fileName={file}
          />
        </div>
      </div>
    </section>
  );
}

function headline(r: PublishedMonitoringReport, marac: MaracSource): [string, string][] {
  const rows: [string, string][] = [];
  if (r.calls) {
    rows.push(['Calls received', String(r.calls.total)]);
    rows.push(['of which anonymous', String(r.calls.anonymous)]);
    rows.push(['Top wards', names(r.calls.topWards)]);
    rows.push(['Top categories', names(r.calls.topCategories)]);
  }
  if (r.residentUpdated) {
    const u = r.residentUpdated;
    rows.push([
      'Residents updated (target 100%)',
      u.of === 0
        ? 'No named callers’ calls closed in this period'
        : `${u.count} of ${u.of} closed calls, ${pct(u.share)}${target(u.meetsTarget)}`,
    ]);
  }
  if (r.groupsHeld)
    rows.push([
      'Task and Finish Groups held',
      `${r.groupsHeld.count}${r.groupsHeld.titles.length ? `: ${r.groupsHeld.titles.join('; ')}` : ''}`,
    ]);
  if (r.marac) {
    const m = r.marac;
    rows.push(['Community MARAC referrals', String(m.referrals)]);
    rows.push(['Community MARAC cases accepted', String(m.acceptances)]);
    rows.push(['Community MARAC cases closed', String(m.closures)]);
    rows.push([
      'Closed showing an improvement (target 80%)',
      m.shareImproved === null
        ? 'No cases closed in this period'
        : `${m.closedImproved}, ${pct(m.shareImproved)}${target(m.meetsTarget)}`,
    ]);
  } else if (marac.kind === 'unavailable') rows.push(['Community MARAC', marac.reason]);
  else if (marac.kind === 'loading') rows.push(['Community MARAC', 'Loading from the server…']);
  if (r.enforcement) {
    rows.push(['Warning letters issued', String(r.enforcement.warningLetters)]);
    rows.push(['Acceptable Behaviour Agreements issued', String(r.enforcement.abas)]);
  }
  if (r.overdueActions)
    rows.push(['Overdue actions (due in this period)', String(r.overdueActions.total)]);
  return rows;
}

/** Every figure of the report: headline figures, the three charts, overdue actions. */
export function ReportFigures({
  report: r,
  marac,
}: {
  report: PublishedMonitoringReport;
  marac: MaracSource;
}) {
  const rows = headline(r, marac);
  const stem = `monitoring-${r.from}-to-${r.to}${r.publication ? '-publication' : ''}`;
  return (
    <>
      <FigureTable
        caption="Headline figures"
        columns={['Figure', 'Value']}
        rows={rows}
        fileName={`${stem}-headline.csv`}
      />
      {r.calls && (
        <>
          <ChartWithTable
            id="by-quarter"
            title="Calls by quarter"
            column="Quarter"
            rows={r.calls.byQuarter.map((q) => ({ name: q.label, count: q.count }))}
            file={`${stem}-by-quarter.csv`}
          />
          <ChartWithTable
            id="by-ward"
            title="Calls by ward"
            column="Ward"
            rows={r.calls.byWard}
            file={`${stem}-by-ward.csv`}
            horizontal
          />
          <ChartWithTable
            id="by-category"
            title="Calls by category"
            column="Category"
            rows={r.calls.byCategory}
            file={`${stem}-by-category.csv`}
            horizontal
          />
        </>
      )}
      {r.overdueActions && (
        <section aria-labelledby="overdue">
          <h3 className="govuk-heading-s" id="overdue">
            Overdue actions by agency
          </h3>
          <FigureTable
            caption="Overdue actions by agency"
            columns={['Agency', 'Overdue actions']}
            rows={r.overdueActions.byAgency.map((a) => [a.name, a.count])}
            fileName={`${stem}-overdue-actions.csv`}
            empty="No overdue actions."
          />
        </section>
      )}
    </>
  );
}
