// Timeline: events and Goldstein sums per day, week or month for the filtered set (an actor, a dyad...).
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { filterForm, queryString, readFilters } from '../filters.js';
import { timeChart } from '../timechart.js';

const INTERVALS = ['day', 'week', 'month', 'year'];

export async function render(view, { search, go }) {
  const filters = readFilters(search);
  const asked = new URLSearchParams(search).get('interval');
  const interval = INTERVALS.includes(asked) ? asked : 'month';
  view.append(el('h1', {}, t('timeline.title')));
  const period = { name: 'interval', kind: 'select', options: INTERVALS, label: (v) => t('interval.' + v) };
  view.append(filterForm({ ...filters, interval }, (values) => go('/timeline' + queryString(values)), [period],
    { collapsible: true }));
  const box = el('div', { class: 'chart', id: 'timeline-chart', role: 'img', 'aria-label': t('timeline.label') });
  const table = el('section', {});
  view.append(box, table);
  const handle = await timeChart(box, table, filters, interval);
  return { title: t('timeline.title'), dispose: handle.dispose };
}
