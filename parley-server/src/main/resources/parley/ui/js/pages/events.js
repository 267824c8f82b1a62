// Events: the filter form, the count, one page of the table, and the next page by the API's cursor.
import { get } from '../api.js';
import { el, pageLink } from '../dom.js';
import { number, t } from '../i18n.js';
import { cameoCodes } from '../codes.js';
import { filterForm, queryString, readFilters } from '../filters.js';
import { eventsTable } from '../views.js';

export const PAGE_SIZE = 25;

export async function render(view, { search, go }) {
  const filters = readFilters(search);
  const params = new URLSearchParams(search);
  const cursor = params.get('cursor');
  const pageNumber = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  view.append(el('h1', {}, t('events.title')));
  view.append(filterForm(filters, (values) => go('/events' + queryString(values))));
  const results = el('section', { class: 'results', 'aria-labelledby': 'results-count' });
  view.append(results);
  const [codes, page] = await Promise.all([cameoCodes(),
    get('events', { ...filters, limit: PAGE_SIZE, cursor, count: 'true' })]);
  const first = (pageNumber - 1) * PAGE_SIZE + 1;
  const countText = page.events.length === 0 ? t('events.none')
    : t('events.range', { from: number(first), to: number(first + page.events.length - 1), total: number(page.total) });
  results.append(el('p', { id: 'results-count', class: 'count', 'data-total': page.total }, countText));
  if (page.events.length) results.append(eventsTable(page.events, codes, go));
  const pager = el('nav', { class: 'pager', 'aria-label': t('events.title') });
  if (cursor) pager.append(pageLink('/events' + queryString(filters), t('events.first')));
  if (page.next_cursor) {
    pager.append(pageLink('/events' + queryString({ ...filters, cursor: page.next_cursor, page: pageNumber + 1 }),
      t('events.next')));
  }
  results.append(pager);
  return { title: t('events.title') };
}
