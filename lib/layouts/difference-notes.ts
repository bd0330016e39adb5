import { statementText, type Difference, type DifferingFigure } from '../figures/differences.ts';
import { formatDate } from '../format/format-date.ts';
import { html, type Markup } from './html.ts';

/** One statement of a figure: its value, what it measures when that varies, its source and date. */
function statementItem(figure: DifferingFigure, difference: Difference): Markup[] {
  const labelled = new Set(difference.figures.map((f) => f.row.label)).size > 1;
  // A row of another table is named with its table: "Care proceedings" alone says too little.
  const inOtherTable = figure.table !== difference.figures[0]?.table;
  return figure.row.statements.map((statement) => {
    const period = statement.period ? html` (${statement.period})` : '';
    const what = labelled ? html`${figure.row.label}${inOtherTable ? html`, in the table ${figure.table.title}` : ''}: ` : '';
    return html`
      <li>${what}<strong>${statementText(statement, figure.row)}</strong>${period}, <cite>${statement.source.title}</cite>, ${formatDate(statement.date)}</li>`;
  });
}

function differenceHtml(difference: Difference): Markup {
  const [first] = difference.figures;
  return html`
  <div class="difference">
    <h3>${first?.row.label}</h3>
    <ul>${difference.figures.map((figure) => statementItem(figure, difference))}
    </ul>
    <p>${difference.note}</p>
  </div>`;
}

/**
 * "Why these figures differ": each measure the page shows that the sources state differently,
 * every statement with its source and date, and the editor's note saying why. Empty when none.
 * @param alsoLabelledBy the id of a heading that also names the region, where several are on one page.
 */
export function differenceNotes(differences: readonly Difference[], alsoLabelledBy?: string): Markup {
  if (differences.length === 0) return html``;
  // In the print edition every part may have notes: its heading's id makes each region's name unique.
  const labels = alsoLabelledBy ? `differences-heading ${alsoLabelledBy}` : 'differences-heading';
  return html`<section class="differences" aria-labelledby="${labels}">
  <h2 id="differences-heading">Why these figures differ</h2>${differences.map(differenceHtml)}
</section>`;
}
