// One article: its text with every coded sentence marked (each mark opens its event) and the list of its events.
import { getOrNull } from '../api.js';
import { el, externalLink, pageLink } from '../dom.js';
import { t } from '../i18n.js';
import { cameoCodes, cameoName } from '../codes.js';
import { marked } from '../highlight.js';

export async function render(view, { id }) {
  const a = await getOrNull('articles/' + encodeURIComponent(id));
  if (!a) {
    view.append(el('h1', {}, t('article.title')), el('p', { role: 'alert' }, t('article.notFound')));
    return { title: t('article.title') };
  }
  const codes = await cameoCodes();
  const title = a.title || t('article.untitled');
  view.append(el('h1', { lang: a.lang || null }, title),
    el('p', { class: 'subtitle' }, [a.outlet, a.published, a.lang].filter(Boolean).join(' · '),
      a.url ? [' · ', externalLink(a.url, a.url)] : null));
  // One mark per distinct sentence; several events coded in one sentence share its mark.
  const bySpan = new Map();
  for (const m of a.events) {
    const key = m.start + ':' + m.end;
    if (!bySpan.has(key)) bySpan.set(key, { range: [m.start, m.end], kind: 'span', events: [] });
    bySpan.get(key).events.push(m);
  }
  const text = a.text || '';
  const nodes = marked(text, [...bySpan.values()], (mark, part) => {
    const first = mark.events[0];
    const label = mark.events.map((m) => t('article.spanLabel', { id: m.event_id }) + ' ' + m.cameo).join(', ');
    return el('mark', { class: 'hl-span' },
      pageLink('/event/' + encodeURIComponent(first.event_id), part), el('span', { class: 'visually-hidden' }, ' (' + label + ')'));
  });
  view.append(el('h2', {}, t('article.text')), el('div', { class: 'article-text', lang: a.lang || null }, nodes));
  view.append(el('h2', {}, t('article.events', { n: a.events.length })));
  view.append(el('ul', { class: 'article-events' }, a.events.map((m) => el('li', {},
    pageLink('/event/' + encodeURIComponent(m.event_id), m.cameo + ' ' + cameoName(codes, m.cameo)), ' · ',
    m.source_code || '', ' → ', m.target_code || t('event.noTarget'),
    m.mode && m.mode !== 'asserted' ? ' · ' + t('mode.' + m.mode) : ''))));
  return { title };
}
