// Pieces several pages show: the events table, an actor's label, a QuadClass badge.
import { el, pageLink } from './dom.js';
import { number, t } from './i18n.js';
import { cameoName, QUAD_COLOURS, quadName } from './codes.js';

export function actorLabel(actor) {
  if (!actor) return t('event.noTarget');
  return actor.name ? actor.name + ' (' + actor.code + ')' : actor.code;
}

export function quadBadge(q) {
  if (!q) return '';
  const badge = el('span', { class: 'quad quad-' + q }, quadName(q));
  return badge;
}

export function placeLabel(location) {
  if (!location) return '';
  return location.name + (location.country ? ' (' + location.country + ')' : '');
}

/** A table of events, each row opening its event. */
export function eventsTable(events, codes, go) {
  const head = el('tr', {}, ['col.date', 'col.source', 'col.event', 'col.target', 'col.quad', 'col.goldstein',
    'col.place', 'col.sources'].map((k) => el('th', { scope: 'col' }, t(k))));
  const rows = events.map((e) => {
    const link = pageLink('/event/' + encodeURIComponent(e.event_id), e.cameo + ' ' + cameoName(codes, e.cameo));
    const row = el('tr', { class: 'clickable', 'data-event': e.event_id },
      el('td', { class: 'date' }, e.date || t('event.undated')),
      el('td', {}, actorLabel(e.source)),
      el('td', {}, link, e.mode && e.mode !== 'asserted' ? el('span', { class: 'mode' }, ' · ' + t('mode.' + e.mode)) : null),
      el('td', {}, actorLabel(e.target)),
      el('td', {}, quadBadge(e.quad_class)),
      el('td', { class: 'num' }, e.goldstein === null ? '' : number(e.goldstein)),
      el('td', {}, placeLabel(e.location)),
      el('td', { class: 'num' }, number(e.num_sources)));
    // The whole row opens the event for a mouse; the link in it is what the keyboard and screen readers use.
    row.addEventListener('click', (ev) => {
      if (ev.target.closest('a')) return;
      go('/event/' + encodeURIComponent(e.event_id));
    });
    return row;
  });
  return el('table', { class: 'events' }, el('caption', { class: 'visually-hidden' }, t('events.caption')),
    el('thead', {}, head), el('tbody', {}, rows));
}

export function swatch(colour) {
  const s = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  s.style.background = colour;
  return s;
}

export function quadLegend() {
  return el('ul', { class: 'legend' }, [1, 2, 3, 4].map((q) => el('li', {}, swatch(QUAD_COLOURS[q]), quadName(q))));
}
