// Charts of the insight pages (ECharts from the webjar). The data comes embedded in data-charts as JSON; every figure
// is also in the page's tables, so the pages read well without this script. Clicking a point, bar or heat-map cell
// opens the tickets behind it.
(function () {
  'use strict';

  function drill(base, from, to, dimensions) {
    var url = new URL(base, window.location.origin);
    url.searchParams.set('from', from);
    url.searchParams.set('to', to);
    Object.keys(dimensions || {}).forEach(function (name) {
      if (dimensions[name] !== '') {
        url.searchParams.set(name, dimensions[name]);
      }
    });
    window.location.href = url.pathname + url.search;
  }

  function format(kpi, value) {
    if (value === null || value === undefined) { return '–'; }
    switch (kpi.unit) {
      case 'count': return Math.round(value).toLocaleString();
      case 'per-thousand': return value.toFixed(2) + ' ‰';
      case 'minutes': return value.toFixed(1) + ' min';
      case 'hours': return value.toFixed(1) + ' h';
      case 'percent': return value.toFixed(1) + ' %';
      default: return String(value);
    }
  }

  // Text for an HTML tooltip, escaped by ECharts' own encoder. Default tooltips, axis labels, legends and titles
  // escape or draw on the canvas by themselves; only formatters that return HTML need this.
  function html(text) {
    return echarts.format.encodeHTML(String(text));
  }

  function chart(id) {
    var element = document.getElementById(id);
    if (!element) { return null; }
    var instance = echarts.init(element);
    window.addEventListener('resize', function () { instance.resize(); });
    return instance;
  }

  var narrow = window.matchMedia('(max-width: 600px)').matches;
  var grid = { left: narrow ? 44 : 60, right: 16, top: 40, bottom: narrow ? 70 : 60, containLabel: false };

  function dashboard(data) {
    var kpi = data.kpi;
    var trend = chart('chart-trend');
    if (trend) {
      trend.setOption({
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return format(kpi, v); } },
        legend: { type: 'scroll', top: 0 },
        grid: grid,
        xAxis: { type: 'category', data: data.periods },
        yAxis: { type: 'value', name: kpi.unit === 'count' ? '' : kpi.unit, scale: kpi.unit !== 'count' },
        dataZoom: narrow ? [{ type: 'inside' }] : [],
        series: data.trend.map(function (s) {
          return { name: s.name, type: 'line', data: s.values, connectNulls: false, showSymbol: data.periods.length < 60 };
        })
      });
      trend.on('click', function (p) {
        drill(data.ticketsUrl, data.periods[p.dataIndex], data.periodEnds[p.dataIndex], data.trend[p.seriesIndex].dimensions);
      });
    }
    var bars = chart('chart-bars');
    if (bars) {
      bars.setOption({
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { type: 'scroll', top: 0 },
        grid: grid,
        xAxis: { type: 'category', data: data.periods },
        yAxis: { type: 'value' },
        series: data.bars.map(function (s) {
          return { name: s.name, type: 'bar', stack: 'tickets', emphasis: { focus: 'series' }, data: s.values };
        })
      });
      bars.on('click', function (p) {
        drill(data.ticketsUrl, data.periods[p.dataIndex], data.periodEnds[p.dataIndex], data.bars[p.seriesIndex].dimensions);
      });
    }
    var heat = chart('chart-heat');
    if (heat) {
      var values = data.heat.cells.map(function (c) { return c[2]; });
      heat.setOption({
        tooltip: {
          // the tooltip is HTML: every name in it is escaped (a category may hold anything a helpdesk export had)
          formatter: function (p) {
            return html(data.heat.markets[p.value[1]]) + ' · ' + html(data.heat.categories[p.value[0]]) + '<br>' + html(kpi.label)
              + ': ' + html(format(kpi, p.value[2])) + ' (' + html(p.value[3]) + ' tickets)';
          }
        },
        grid: { left: 44, right: 16, top: 10, bottom: 110 },
        xAxis: { type: 'category', data: data.heat.categories, axisLabel: { rotate: 40, interval: 0 }, splitArea: { show: true } },
        yAxis: { type: 'category', data: data.heat.markets, splitArea: { show: true } },
        visualMap: {
          min: values.length ? Math.min.apply(null, values) : 0, max: values.length ? Math.max.apply(null, values) : 1,
          dimension: 2, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 100,
          // red where the KPI is bad: high values when lower is better, low values when higher is better
          inRange: { color: kpi.higherIsBetter ? ['#c0262d', '#fff1db', '#1a7f4b'] : ['#1a7f4b', '#fff1db', '#c0262d'] }
        },
        series: [{ type: 'heatmap', data: data.heat.cells, label: { show: !narrow && data.heat.categories.length <= 12,
          formatter: function (p) { return format(kpi, p.value[2]); }, fontSize: 10 } }]
      });
      heat.on('click', function (p) {
        drill(data.ticketsUrl, data.from, data.to,
          { market: data.heat.markets[p.value[1]], category: data.heat.categories[p.value[0]] });
      });
    }
  }

  function compare(data) {
    var c = data.comparison;
    var select = document.getElementById('kpi');
    var compareChart = chart('chart-compare');
    if (!compareChart) { return; }
    function draw(name) {
      var kpi = data.kpis.filter(function (k) { return k.name === name; })[0] || data.kpi;
      compareChart.setOption({
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return format(kpi, v); } },
        grid: grid,
        xAxis: { type: 'category', data: c.trendDays },
        yAxis: { type: 'value', scale: kpi.unit !== 'count' },
        series: [{
          name: kpi.label, type: 'line', data: c.trend[kpi.name], connectNulls: false,
          markLine: { symbol: 'none', label: { formatter: c.around }, lineStyle: { color: '#ee4d2d', width: 2 },
            data: [{ xAxis: c.around }] },
          markArea: { itemStyle: { color: 'rgba(36, 86, 211, 0.06)' }, data: [[{ xAxis: c.afterFrom }, { xAxis: c.afterTo }]] }
        }]
      }, true);
    }
    draw(data.kpi.name);
    if (select) {
      select.addEventListener('change', function () { draw(select.value); });
    }
    compareChart.on('click', function (p) {
      var url = new URL('/insights/tickets', window.location.origin);
      Object.keys(c.filters).forEach(function (name) {
        c.filters[name].forEach(function (v) { url.searchParams.append(name, v); });
      });
      drill(url.pathname + url.search, c.trendDays[p.dataIndex], c.trendDays[p.dataIndex], {});
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof echarts === 'undefined') { return; }
    var board = document.getElementById('insight-charts');
    if (board) { dashboard(JSON.parse(board.getAttribute('data-charts'))); }
    var before = document.getElementById('insight-compare');
    if (before) { compare(JSON.parse(before.getAttribute('data-charts'))); }
  });
}());
