// The first page: the map, the timeline and the latest events of the whole store (or of the filters in its URL).
import { get } from '../api.js';
import { el, pageLink } from '../dom.js';
import { number, t } from '../i18n.js';
import { cameoCodes } from '../codes.js';
import { eventMap } from '../eventmap.js';
import { queryString, readFilters } from '../filters.js';
import { timeChart } from '../timechart.js';
import { eventsTable, quadLegend } from '../views.js';

export async function render(view, { search, go }) {
  const filters = readFilters(search);
  view.append(el('h1', {}, t('overview.title')), el('p', { class: 'subtitle' }, t('overview.intro')));
  const mapBox = el('div', { class: 'overview-map', id: 'event-map', role: 'region', 'aria-label': t('map.label') });
  const chartBox = el('div', { class: 'chart small', id: 'timeline-chart', role: 'img', 'aria-label': t('timeline.label') });
  const latest = el('section', { 'aria-labelledby': 'latest-title' });
  view.append(el('div', { class: 'overview-grid' },
    el('section', { class: 'panel' }, el('h2', {}, pageLink('/map' + queryString(filters), t('map.title'))), mapBox, quadLegend()),
    el('section', { class: 'panel' }, el('h2', {}, pageLink('/timeline' + queryString(filters), t('timeline.title'))), chartBox)),
  latest);
  const [codes, page, map, chart] = await Promise.all([cameoCodes(),
    get('events', { ...filters, limit: 10, count: 'true' }),
    eventMap(mapBox, null, filters, { go }),
    timeChart(chartBox, null, filters, 'month')]);
  latest.append(el('h2', { id: 'latest-title' }, t('overview.latest')),
    el('p', { class: 'count', 'data-total': page.total }, t('events.count', { n: number(page.total) }), ' · ',
      pageLink('/events' + queryString(filters), t('overview.all'))),
    eventsTable(page.events, codes, go));
  return { title: t('overview.title'), dispose: () => { map.dispose(); chart.dispose(); } };
}
