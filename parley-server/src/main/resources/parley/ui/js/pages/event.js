// One event: its code and scores, its actors, date and place, and every report of it with the evidence sentence.
import { getOrNull } from '../api.js';
import { el, externalLink, pageLink } from '../dom.js';
import { number, t } from '../i18n.js';
import { cameoCodes, cameoName, QUAD_COLOURS } from '../codes.js';
import { queryString } from '../filters.js';
import { sentenceMarks } from '../highlight.js';
import { worldMap } from '../worldmap.js';
import { actorLabel, placeLabel, quadBadge } from '../views.js';

export async function render(view, { id }) {
  const event = await getOrNull('events/' + encodeURIComponent(id));
  if (!event) {
    view.append(el('h1', {}, t('event.title', { id })), el('p', { role: 'alert' }, t('event.notFound')));
    return { title: t('event.title', { id }) };
  }
  if (event.event_id !== id) { // the API led a merged event's old id here: the address bar shows where it went
    history.replaceState(null, '', '/event/' + encodeURIComponent(event.event_id));
    view.append(el('p', { class: 'note', role: 'status' }, t('event.mergedFrom', { id })));
  }
  const codes = await cameoCodes();
  const name = cameoName(codes, event.cameo);
  view.append(el('h1', {}, event.cameo + ' ' + name),
    el('p', { class: 'subtitle' }, actorLabel(event.source), ' → ', actorLabel(event.target), ' · ',
      event.date || t('event.undated')));
  if (event.target) {
    const dyad = { dyad: event.source.code + ',' + event.target.code, either_order: 'true' };
    view.append(el('p', { class: 'related' }, pageLink('/events' + queryString(dyad), t('event.dyadEvents')), ' · ',
      pageLink('/timeline' + queryString({ ...dyad, interval: 'week' }), t('event.dyadTimeline'))));
  }
  const facts = el('dl', { class: 'facts' },
    fact(t('event.code'), event.cameo + ' ' + name),
    fact(t('event.plover'), event.plover || '—'),
    fact(t('event.quad'), quadBadge(event.quad_class)),
    fact(t('event.goldstein'), event.goldstein === null ? '—' : number(event.goldstein)),
    fact(t('event.mode'), t('mode.' + event.mode)),
    fact(t('event.source'), actorFacts(event.source)),
    fact(t('event.target'), event.target ? actorFacts(event.target) : t('event.noTarget')),
    fact(t('event.date'), event.date ? event.date + (event.date_precision && event.date_precision !== 'day'
      ? ' (' + event.date_precision + ')' : '') : t('event.undated')),
    fact(t('event.place'), event.location ? placeLabel(event.location) : t('event.noPlace')),
    fact(t('event.sources'), number(event.num_sources)),
    fact(t('event.langs'), (event.langs || []).join(', ')));
  const top = el('div', { class: 'event-top' }, facts);
  view.append(top);
  let mapHandle = null;
  if (event.location && event.location.lat !== null && event.location.lon !== null) {
    const box = el('div', { class: 'small-map', role: 'img', 'aria-label': t('event.place') + ': ' + placeLabel(event.location) });
    top.append(box);
    mapHandle = await worldMap(box, { center: [event.location.lat, event.location.lon], zoom: 4 });
    mapHandle.L.circleMarker([event.location.lat, event.location.lon], {
      radius: 8, color: '#222', weight: 1, fillColor: QUAD_COLOURS[event.quad_class] || '#555', fillOpacity: 0.9,
    }).addTo(mapHandle.map);
  }
  const labels = { trigger: t('event.trigger'), source: t('event.source'), target: t('event.target'), place: t('event.place') };
  view.append(el('h2', {}, t('event.mentions', { n: event.mentions.length })),
    el('p', { class: 'legend-line' }, el('mark', { class: 'hl-trigger' }, t('event.trigger')), ' ',
      el('mark', { class: 'hl-source' }, t('event.source')), ' ', el('mark', { class: 'hl-target' }, t('event.target')),
      ' ', el('mark', { class: 'hl-place' }, t('event.place'))));
  const list = el('ol', { class: 'mentions' });
  for (const m of event.mentions) {
    list.append(el('li', { class: 'mention', 'data-mention': m.mention_id },
      el('blockquote', { class: 'sentence', lang: m.lang || null }, sentenceMarks(m, labels)),
      el('dl', { class: 'mention-facts' },
        fact(t('event.trigger'), m.trigger || '—'),
        fact(t('event.rule'), el('code', {}, m.rule || '—')),
        fact(t('event.outlet'), m.outlet || '—'),
        fact(t('event.article'), pageLink('/article/' + encodeURIComponent(m.article_id),
          m.title || t('article.untitled'))),
        m.url ? fact(t('event.link'), externalLink(m.url, m.url)) : null)));
  }
  view.append(list);
  return { title: event.cameo + ' ' + name, dispose: () => mapHandle && mapHandle.map.remove() };
}

function fact(term, ...value) {
  return el('div', { class: 'fact' }, el('dt', {}, term), el('dd', {}, ...value));
}

function actorFacts(a) {
  return el('span', {}, a.name || a.code, ' ',
    el('span', { class: 'muted' }, '(' + [t('actor.code') + ' ' + a.code,
      a.country ? t('actor.country') + ' ' + a.country : null,
      a.org ? t('actor.org') + ' ' + a.org : null,
      a.sector ? t('actor.sector') + ' ' + a.sector : null].filter(Boolean).join(', ') + ')'));
}
