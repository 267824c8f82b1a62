// Network: actors as nodes, directed dyads as edges weighted by their events and coloured by their mean
// Goldstein score; selecting an actor or a dyad lists its events. The dyads are also a table of links.
import { get } from '../api.js';
import { el, loadScript, pageLink } from '../dom.js';
import { number, t } from '../i18n.js';
import { filterForm, queryString, readFilters } from '../filters.js';

export async function render(view, { search, go }) {
  const filters = readFilters(search);
  view.append(el('h1', {}, t('network.title')));
  view.append(filterForm(filters, (values) => go('/network' + queryString(values)), [], { collapsible: true }));
  const box = el('div', { class: 'graph', id: 'network-graph', role: 'img', 'aria-label': t('network.label') });
  view.append(box, el('p', { class: 'legend-line' }, t('network.legend')));
  const [body] = await Promise.all([get('network', { ...filters, limit: 80 }),
    loadScript('/static/vendor/cytoscape/dist/cytoscape.min.js')]);
  const edges = body.edges;
  const table = el('section', {});
  view.append(table);
  if (edges.length === 0) {
    box.append(el('p', { class: 'empty' }, t('network.none')));
    return { title: t('network.title') };
  }
  const nodes = new Map();
  for (const e of edges) {
    for (const [code, name] of [[e.source, e.source_name], [e.target, e.target_name]]) {
      const n = nodes.get(code) || { code, name: name || code, weight: 0 };
      n.weight += e.weight;
      nodes.set(code, n);
    }
  }
  const maxNode = Math.max(...[...nodes.values()].map((n) => n.weight));
  const maxEdge = Math.max(...edges.map((e) => e.weight));
  // Labels are drawn on the canvas by cytoscape: names from the store never become markup.
  const cy = window.cytoscape({
    container: box,
    elements: [
      ...[...nodes.values()].map((n) => ({ data: { id: 'n:' + n.code, code: n.code, label: n.code,
        size: 18 + 30 * Math.sqrt(n.weight / maxNode) } })),
      ...edges.map((e, i) => ({ data: { id: 'e' + i, source: 'n:' + e.source, target: 'n:' + e.target,
        width: 1 + 7 * (e.weight / maxEdge), colour: goldsteinColour(e.goldstein_mean), dyad: e.source + ',' + e.target } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)',
        'background-color': '#52606d', color: '#1f2933', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000 },
  });
  cy.on('tap', 'node', (e) => go('/events' + queryString({ ...filters, actor: e.target.data('code') })));
  cy.on('tap', 'edge', (e) => go('/events' + queryString({ ...filters, dyad: e.target.data('dyad') })));
  box.dataset.nodes = String(nodes.size);
  table.append(el('h2', {}, t('network.edges', { n: edges.length })),
    el('table', { class: 'figures' },
      el('thead', {}, el('tr', {}, ['col.source', 'col.target', 'col.weight', 'col.mean'].map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, edges.map((e) => el('tr', {},
        el('td', {}, pageLink('/events' + queryString({ ...filters, actor: e.source }), (e.source_name || e.source) + ' (' + e.source + ')')),
        el('td', {}, pageLink('/events' + queryString({ ...filters, actor: e.target }), (e.target_name || e.target) + ' (' + e.target + ')')),
        el('td', { class: 'num' }, pageLink('/events' + queryString({ ...filters, dyad: e.source + ',' + e.target }), number(e.weight))),
        el('td', { class: 'num' }, number(e.goldstein_mean)))))));
  return { title: t('network.title'), dispose: () => cy.destroy() };
}

/** Red for conflict (Goldstein -10), grey at 0, green for cooperation (+10). */
function goldsteinColour(g) {
  const s = Math.max(-1, Math.min(1, (g || 0) / 10));
  const grey = [150, 150, 150];
  const end = s < 0 ? [178, 24, 43] : [27, 120, 55];
  const k = Math.abs(s) ** 0.6;
  return 'rgb(' + grey.map((c, i) => Math.round(c + (end[i] - c) * k)).join(',') + ')';
}
