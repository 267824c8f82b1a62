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
  chart.setOption({
    animation: false,
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { fontSize: 11 } },
    grid: { left: 50, right: 60, top: 70, bottom: 40 },
    xAxis: { type: 'time' },
    yAxis: [{ type: 'value', name: t('col.events'), minInterval: 1 }, { type: 'value', name: 'Goldstein' }],
    series: [
      { name: t('timeline.coop'), type: 'bar', data: series.map((s) => [s.period, s.cooperation_events]), itemStyle: { color: QUAD_COLOURS[2] } },
      { name: t('timeline.conflict'), type: 'bar', data: series.map((s) => [s.period, s.conflict_events]), itemStyle: { color: QUAD_COLOURS[4] } },
      { name: t('timeline.coopG'), type: 'line', yAxisIndex: 1, data: series.map((s) => [s.period, s.cooperation_goldstein_sum]),
        itemStyle: { color: QUAD_COLOURS[1] }, lineStyle: { type: 'dashed' } },
      { name: t('timeline.conflictG'), type: 'line', yAxisIndex: 1, data: series.map((s) => [s.period, s.conflict_goldstein_sum]),
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
