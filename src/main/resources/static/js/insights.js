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

  // Periods the imported tickets do not cover completely: a shaded band labelled "partial" over them.
  function partialBand(data, label) {
    var partial = data.partial || [];
    var bands = [];
    partial.forEach(function (p, i) {
      if (p && (i === 0 || !partial[i - 1])) { bands.push([{ xAxis: data.periods[i], name: label }, { xAxis: data.periods[i] }]); }
      if (p && bands.length) { bands[bands.length - 1][1] = { xAxis: data.periods[i] }; }
    });
    return { silent: true, itemStyle: { color: 'rgba(120, 120, 120, 0.10)' }, label: { color: '#555', position: 'insideTop' },
      data: bands };
  }

  // A trend line drawn solid over complete periods and dashed into partial ones (both under the group's name).
  function trendLines(s, data, partialLabel, index) {
    var partial = data.partial || [];
    var solid = s.values.map(function (v, i) { return partial[i] ? null : v; });
    var dashed = s.values.map(function (v, i) { return partial[i] || partial[i + 1] ? v : null; });
    var lines = [{ name: s.name, type: 'line', data: solid, connectNulls: false, showSymbol: data.periods.length < 60, group: index }];
    if (partial.some(function (p) { return p; })) {
      lines.push({ name: s.name, type: 'line', data: dashed, connectNulls: false, symbol: 'emptyCircle', group: index,
        lineStyle: { type: 'dashed' }, markArea: index === 0 ? partialBand(data, partialLabel) : undefined });
    }
    return lines;
  }

  function dashboard(data, partialLabel) {
    var kpi = data.kpi;
    var trend = chart('chart-trend');
    if (trend) {
      var lines = [];
      data.trend.forEach(function (s, i) { lines = lines.concat(trendLines(s, data, partialLabel, i)); });
      trend.setOption({
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return format(kpi, v); } },
        legend: { type: 'scroll', top: 0 },
        grid: grid,
        xAxis: { type: 'category', data: data.periods,
          axisLabel: { formatter: function (v, i) { return (data.partial || [])[i] ? v + ' *' : v; } } },
        yAxis: { type: 'value', name: kpi.unit === 'count' ? '' : kpi.unit, scale: kpi.unit !== 'count' },
        dataZoom: narrow ? [{ type: 'inside' }] : [],
        series: lines
      });
      trend.on('click', function (p) {
        drill(data.ticketsUrl, data.periods[p.dataIndex], data.periodEnds[p.dataIndex], data.trend[lines[p.seriesIndex].group].dimensions);
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
        series: data.bars.map(function (s, n) {
          return { name: s.name, type: 'bar', stack: 'tickets', emphasis: { focus: 'series' },
            markArea: n === 0 ? partialBand(data, partialLabel) : undefined,
            data: s.values.map(function (v, i) {
              // a partial period's bar is hatched and faded: it holds only part of its tickets
              return (data.partial || [])[i] ? { value: v, itemStyle: { opacity: 0.55, decal: { symbol: 'rect',
                dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color: 'rgba(255, 255, 255, 0.7)' } } } : v;
            }) };
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

  function compare(data, partialLabel) {
    var c = data.comparison;
    // the days the imported tickets do not cover completely: dashed and shaded, as on the dashboard
    var days = { periods: c.trendDays, partial: c.trendPartial };
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
        series: trendLines({ name: kpi.label, values: c.trend[kpi.name] }, days, partialLabel, 0).map(function (line, i) {
          if (i > 0) { return line; }
          line.markLine = { symbol: 'none', label: { formatter: c.around }, lineStyle: { color: '#ee4d2d', width: 2 },
            data: [{ xAxis: c.around }] };
          line.markArea = { itemStyle: { color: 'rgba(36, 86, 211, 0.06)' }, data: [[{ xAxis: c.afterFrom }, { xAxis: c.afterTo }]] };
          return line;
        })
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
    if (board) { dashboard(JSON.parse(board.getAttribute('data-charts')), board.getAttribute('data-partial-label')); }
    var before = document.getElementById('insight-compare');
    if (before) { compare(JSON.parse(before.getAttribute('data-charts')), before.getAttribute('data-partial-label')); }
  });
}());
