// Map: the filters, the world map with the located events as clusters and countries shaded, and the places.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { eventMap } from '../eventmap.js';
import { filterForm, queryString, readFilters } from '../filters.js';
import { quadLegend } from '../views.js';

export async function render(view, { search, go }) {
  const filters = readFilters(search);
  view.append(el('h1', {}, t('map.title')));
  view.append(filterForm(filters, (values) => go('/map' + queryString(values)), [], { collapsible: true }));
  const box = el('div', { class: 'big-map', id: 'event-map', role: 'region', 'aria-label': t('map.label') });
  const list = el('section', { class: 'places' });
  view.append(box, el('p', { class: 'legend-line' }, t('map.legend')), quadLegend(), list);
  const handle = await eventMap(box, list, filters, { go, wheel: true });
  return { title: t('map.title'), dispose: handle.dispose };
}
