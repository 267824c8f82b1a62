// The located events on the world map: clusters from /api/stats/clusters for the view's zoom and area, redrawn
// when the view moves, and countries shaded from /api/stats/countries. A list of the clusters follows the map
// for keyboard and screen-reader use.
import { get } from './api.js';
import { clear, el, pageLink } from './dom.js';
import { number, t } from './i18n.js';
import { countries, QUAD_COLOURS } from './codes.js';
import { queryString } from './filters.js';
import { worldMap } from './worldmap.js';

export async function eventMap(box, listBox, filters, options = {}) {
  const world = await worldMap(box, options);
  const { L, map } = world;
  const points = L.layerGroup().addTo(map);
  const [names, perCountry] = await Promise.all([countries(), get('stats/countries', filters)]);
  shadeCountries(world, names, perCountry.countries);
  let request = 0;

  async function redraw() {
    const mine = ++request;
    const zoom = Math.max(0, Math.min(18, Math.round(map.getZoom())));
    const b = map.getBounds();
    const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180),
      clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(4)).join(',');
    const body = await get('stats/clusters', { ...filters, bbox: filters.bbox || bbox, zoom });
    if (mine !== request) return;
    points.clearLayers();
    const max = Math.max(1, ...body.clusters.map((c) => c.events));
    for (const c of body.clusters) {
      const quad = dominant(c.quad_classes);
      const marker = L.circleMarker([c.lat, c.lon], {
        radius: 5 + 15 * Math.sqrt(c.events / max), color: '#1f2933', weight: 1,
        fillColor: QUAD_COLOURS[quad], fillOpacity: 0.85, className: 'cluster quad-' + quad,
      });
      marker.bindTooltip(el('span', {}, clusterText(c)));
      marker.on('click', () => {
        if (!c.single_place && map.getZoom() < 10) map.setView([c.lat, c.lon], map.getZoom() + 2);
        else if (options.go) options.go('/events' + queryString({ ...filters, bbox: around(c) }));
      });
      points.addLayer(marker);
    }
    if (listBox) fillList(listBox, body.clusters, filters, bbox);
    box.dataset.clusters = String(body.clusters.length);
  }

  map.on('moveend', () => { redraw().catch(() => {}); });
  await redraw();
  return { map, dispose: () => map.remove() };
}

function shadeCountries(world, names, rows) {
  const byNumeric = new Map();
  for (const row of rows) {
    const c = names.get(row.country);
    if (c) byNumeric.set(c.numeric, row.events);
  }
  const max = Math.max(0, ...byNumeric.values());
  world.shade((id) => byNumeric.get(id) || 0, max, (id, shapeName) => {
    const n = byNumeric.get(id);
    return n ? shapeName + ': ' + number(n) : shapeName;
  });
}

function fillList(listBox, clusters, filters, bbox) {
  clear(listBox);
  listBox.append(el('h2', {}, t('map.places', { n: clusters.length })));
  listBox.append(el('p', {}, pageLink('/events' + queryString({ ...filters, bbox: filters.bbox || bbox }), t('map.showEvents'))));
  listBox.append(el('ul', { class: 'cluster-list' }, clusters.slice(0, 50).map((c) =>
    el('li', {}, pageLink('/events' + queryString({ ...filters, bbox: around(c) }), clusterText(c))))));
}

function clusterText(c) {
  const place = c.place || '?';
  return !c.single_place ? t('map.clusterMany', { place, n: number(c.events) })
    : t('map.cluster', { place, n: number(c.events) });
}

/** A small box around a cluster's centre, for listing its events. */
function around(c) {
  const d = 0.5;
  return [c.lon - d, c.lat - d, c.lon + d, c.lat + d].map((v) => v.toFixed(4)).join(',');
}

function dominant(counts) {
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i] > counts[best]) best = i;
  return best + 1;
}

function clamp(v, lo, hi) {
  return Math.max(lo, Math.min(hi, v));
}
