// An offline world map: Leaflet with no tile server, the countries drawn from Natural Earth shapes (world-atlas
// TopoJSON, shipped in the jar), shaded by a number per country when asked.
import { staticJson } from './api.js';
import { el, loadScript } from './dom.js';

export async function worldMap(container, options = {}) {
  await loadScript('/static/vendor/leaflet/dist/leaflet.js');
  await loadScript('/static/vendor/topojson-client/dist/topojson-client.min.js');
  const topology = await staticJson('vendor/world-atlas/countries-110m.json');
  const L = window.L;
  const map = L.map(container, {
    attributionControl: true,
    zoomControl: options.interactive !== false,
    dragging: options.interactive !== false,
    // Only the map page zooms with the wheel; on other pages the wheel scrolls the page.
    scrollWheelZoom: options.interactive !== false && options.wheel === true,
    keyboard: options.interactive !== false,
    worldCopyJump: false,
    minZoom: 1,
    maxZoom: 12,
    maxBounds: [[-85, -200], [85, 200]],
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth');
  const shapes = window.topojson.feature(topology, topology.objects.countries);
  shapes.features = shapes.features.filter((f) => f.id !== ANTARCTICA);
  for (const f of shapes.features) unwrap(f.geometry);
  const layer = L.geoJSON(shapes, { style: () => ({ color: '#8a8f98', weight: 0.6, fillColor: '#eef0f2', fillOpacity: 1 }) });
  layer.addTo(map);
  map.setView(options.center || [25, 10], options.zoom || 2);
  return {
    L,
    map,
    /** Shades each country by value(numericCode) (0..max, log scale) and labels it with label(numericCode). */
    shade(value, max, label) {
      layer.eachLayer((l) => {
        const v = value(l.feature.id);
        const share = v > 0 && max > 0 ? Math.log1p(v) / Math.log1p(max) : 0;
        l.setStyle({ fillColor: v > 0 ? shadeColour(share) : '#eef0f2' });
        const text = label(l.feature.id, l.feature.properties.name);
        l.unbindTooltip();
        if (text) l.bindTooltip(el('span', {}, text), { sticky: true });
      });
    },
  };
}

/** ISO numeric code of Antarctica: no event is placed there, and its ring around the pole cannot be drawn flat. */
const ANTARCTICA = '010';

/**
 * Rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180 degrees, which a flat map draws as a
 * band across the world; each point is moved by 360 degrees where needed to continue from the one before.
 */
function unwrap(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const previous = ring[i - 1][0];
        while (ring[i][0] - previous > 180) ring[i][0] -= 360;
        while (ring[i][0] - previous < -180) ring[i][0] += 360;
      }
    }
  }
}

/** From pale to deep blue-grey as the share grows. */
function shadeColour(share) {
  const from = [221, 228, 238];
  const to = [93, 116, 150];
  const c = from.map((f, i) => Math.round(f + (to[i] - f) * share));
  return 'rgb(' + c.join(',') + ')';
}
