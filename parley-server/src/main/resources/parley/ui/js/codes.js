// Names for codes: CAMEO codes from the API's codebook, countries from the i18n-iso-countries package.
import { get, once, staticJson } from './api.js';
import { lang, t } from './i18n.js';

export const QUAD_COLOURS = { 1: '#1f6fa8', 2: '#1b7837', 3: '#a94800', 4: '#b2182b' };

/** code -> {name, goldstein, quad_class, plover}, loaded once. */
export function cameoCodes() {
  return once('cameo', async () => {
    const body = await get('codes/cameo');
    return new Map(body.codes.map((c) => [c.code, c]));
  });
}

export function cameoName(codes, code) {
  const c = codes.get(code);
  return c ? c.name : '';
}

export function quadName(q) {
  return q ? t('quad.' + q) : '';
}

/**
 * ISO alpha-3 -> {numeric, name} in the reader's language, from the country package (its codes table lists
 * alpha-2, alpha-3 and numeric codes; its language files name countries by alpha-2).
 */
export async function countries() {
  const [codes, names] = await Promise.all([
    staticJson('vendor/i18n-iso-countries/codes.json'),
    staticJson('vendor/i18n-iso-countries/langs/' + lang() + '.json'),
  ]);
  const byAlpha3 = new Map();
  for (const [alpha2, alpha3, numeric] of codes) {
    const name = names.countries[alpha2];
    byAlpha3.set(alpha3, { numeric, name: Array.isArray(name) ? name[0] : name || alpha3 });
  }
  return byAlpha3;
}
