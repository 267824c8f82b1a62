// Events and Goldstein sums per period, cooperation (QuadClass 1-2) and conflict (3-4) apart: a chart (ECharts,
// drawn on a canvas) and the same figures as a table.
import { get } from './api.js';
import { el, loadScript } from './dom.js';
import { number, t } from './i18n.js';
import { QUAD_COLOURS } from './codes.js';

export async function timeChart(box, tableBox, filters, interval) {
  const [body] = await Promise.all([get('stats/timeseries', { ...filters, interval }),
    loadScript('/static/vendor/echarts/dist/echarts.min.js')]);
  const series = body.series;
  box.dataset.periods = String(series.length);
  if (series.length === 0) {
    box.append(el('p', { class: 'empty' }, t('timeline.none')));
    return { dispose: () => {} };
  }
  const chart = window.echarts.init(box, null, { renderer: 'canvas' });
  // Periods without events are drawn as zeros, so that a line does not bridge a gap as if nothing changed.
  const byPeriod = new Map(series.map((s) => [s.period, s]));
  const all = periods(series[0].period, series[series.length - 1].period, interval)
    .map((p) => byPeriod.get(p) || { period: p, cooperation_events: 0, conflict_events: 0,
      cooperation_goldstein_sum: 0, conflict_goldstein_sum: 0 });
  chart.setOption({
    animation: false,
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { fontSize: 11 } },
    grid: { left: 50, right: 60, top: 70, bottom: 40 },
    xAxis: { type: 'time' },
    yAxis: [{ type: 'value', name: t('col.events'), minInterval: 1 }, { type: 'value', name: 'Goldstein' }],
    series: [
      { name: t('timeline.coop'), type: 'bar', data: all.map((s) => [s.period, s.cooperation_events]), itemStyle: { color: QUAD_COLOURS[2] } },
      { name: t('timeline.conflict'), type: 'bar', data: all.map((s) => [s.period, s.conflict_events]), itemStyle: { color: QUAD_COLOURS[4] } },
      { name: t('timeline.coopG'), type: 'line', yAxisIndex: 1, data: all.map((s) => [s.period, s.cooperation_goldstein_sum]),
        itemStyle: { color: QUAD_COLOURS[1] }, lineStyle: { type: 'dashed' } },
      { name: t('timeline.conflictG'), type: 'line', yAxisIndex: 1, data: all.map((s) => [s.period, s.conflict_goldstein_sum]),
        itemStyle: { color: QUAD_COLOURS[3] }, lineStyle: { type: 'dashed' } },
    ],
  });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  if (tableBox) {
    tableBox.append(el('details', {}, el('summary', {}, t('timeline.table')),
      el('table', { class: 'figures' },
        el('thead', {}, el('tr', {}, ['col.period', 'col.events', 'col.coop', 'col.conflict', 'col.coopG', 'col.conflictG']
          .map((k) => el('th', { scope: 'col' }, t(k))))),
        el('tbody', {}, series.map((s) => el('tr', {}, el('th', { scope: 'row' }, s.period),
          [s.events, s.cooperation_events, s.conflict_events, s.cooperation_goldstein_sum, s.conflict_goldstein_sum]
            .map((v) => el('td', { class: 'num' }, number(v)))))))));
  }
  return { dispose: () => { window.removeEventListener('resize', resize); chart.dispose(); } };
}

/** Every period from first to last (ISO dates of their first day), a day, week, month or year apart. */
function periods(first, last, interval) {
  const out = [];
  const d = new Date(first + 'T00:00:00Z');
  const end = new Date(last + 'T00:00:00Z');
  while (d <= end && out.length < 20000) {
    out.push(d.toISOString().slice(0, 10));
    if (interval === 'day') d.setUTCDate(d.getUTCDate() + 1);
    else if (interval === 'week') d.setUTCDate(d.getUTCDate() + 7);
    else if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCFullYear(d.getUTCFullYear() + 1);
  }
  return out;
}
