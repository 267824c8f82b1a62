// The filters of every list, map and chart: read from the page's URL (so a view can be shared), edited in a
// form, written back to the URL. Names and values are the API's (docs/api.md).
import { get } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';

const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));
const MODES = ['asserted', 'negated', 'failed', 'hypothetical', 'future', 'question', 'denied', 'all'];

/** Every filter the form offers, in its order; kind says which input edits it. */
export const FILTERS = [
  { name: 'actor', kind: 'text', list: 'actor-codes' },
  { name: 'country', kind: 'text' },
  { name: 'dyad', kind: 'text' },
  { name: 'either_order', kind: 'checkbox' },
  { name: 'cameo', kind: 'text' },
  { name: 'root', kind: 'select', options: ROOTS },
  { name: 'quad_class', kind: 'select', options: ['1', '2', '3', '4'], label: (v) => v + ' ' + t('quad.' + v) },
  { name: 'from', kind: 'date' },
  { name: 'to', kind: 'date' },
  { name: 'lang', kind: 'select', options: ['fr', 'en'], label: (v) => t('lang.' + v) },
  { name: 'bbox', kind: 'text' },
  { name: 'q', kind: 'text' },
  { name: 'min_sources', kind: 'number' },
  { name: 'mode', kind: 'select', options: MODES, label: (v) => t('mode.' + v) },
];

export const FILTER_NAMES = FILTERS.map((f) => f.name);

/** The filters in a query string (only known names, blank ones left out). */
export function readFilters(search) {
  const params = new URLSearchParams(search);
  const out = {};
  for (const name of FILTER_NAMES) {
    const v = params.get(name);
    if (v !== null && v.trim() !== '') out[name] = v.trim();
  }
  if (!out.dyad) delete out.either_order;
  return out;
}

export function queryString(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && String(v) !== '') q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

/**
 * The filter form. {@code extra} adds fields of the page (the timeline's period); submitting calls
 * onApply(values) with the non-empty ones.
 */
export function filterForm(current, onApply, extra = [], options = {}) {
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': t('filters.title') });
  const active = FILTER_NAMES.filter((n) => current[n]).length;
  if (!options.collapsible) form.append(el('h2', { class: 'filters-title' }, t('filters.title')));
  const fields = el('div', { class: 'filter-fields' });
  for (const f of [...FILTERS, ...extra]) fields.append(field(f, current[f.name]));
  form.append(fields);
  const apply = el('button', { type: 'submit', class: 'primary' }, t('filters.apply'));
  const reset = el('button', { type: 'button' }, t('filters.reset'));
  reset.addEventListener('click', () => onApply({}));
  form.append(el('div', { class: 'filter-actions' }, apply, reset));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = {};
    for (const f of [...FILTERS, ...extra]) {
      const input = form.elements.namedItem(f.name);
      const v = f.kind === 'checkbox' ? (input.checked ? 'true' : '') : input.value.trim();
      if (v !== '') values[f.name] = v;
    }
    if (!values.dyad) delete values.either_order;
    onApply(values);
  });
  if (!options.collapsible) return form;
  // Pages that draw (map, timeline, network) keep the form folded under its title unless a filter is set.
  return el('details', { class: 'filters-box', open: active > 0 },
    el('summary', {}, t('filters.title') + (active ? ' (' + active + ')' : '')), form);
}

function field(f, value) {
  const id = 'filter-' + f.name;
  const label = el('label', { for: id }, t('f.' + f.name));
  let input;
  if (f.kind === 'select') {
    input = el('select', { id, name: f.name },
      el('option', { value: '' }, t('f.any')),
      f.options.map((o) => el('option', { value: o, selected: o === value }, f.label ? f.label(o) : o)));
  } else if (f.kind === 'checkbox') {
    input = el('input', { id, name: f.name, type: 'checkbox', checked: value === 'true' });
    return el('div', { class: 'field field-checkbox' }, input, label);
  } else {
    input = el('input', { id, name: f.name, type: f.kind, value: value || '', list: f.list,
      min: f.kind === 'number' ? '1' : null, autocomplete: 'off' });
  }
  if (f.list) {
    // The most active actors as suggestions, asked for when the field is first used (a ranking reads every event).
    const list = el('datalist', { id: f.list });
    input.addEventListener('focus', () => {
      get('actors', { limit: 300 }).then((body) => {
        for (const a of body.actors) list.append(el('option', { value: a.code }, a.name ? a.name + ' (' + a.code + ')' : a.code));
      }).catch(() => {});
    }, { once: true });
    return el('div', { class: 'field' }, label, input, list);
  }
  return el('div', { class: 'field' }, label, input);
}
