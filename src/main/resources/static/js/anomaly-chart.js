// Anomaly page: the KPI around the anomaly's day against its expectation (ECharts). The figures come in a
// <script type="application/json"> block (data, never run), so the page needs no inline script.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('anomaly-chart');
  var source = document.getElementById('anomaly-chart-data');
  if (!element || !source || !window.echarts) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var points = data.points;
  var days = points.map(function (p) { return p.day; });
  // days the imported tickets do not cover completely: the actual line dashed and the days shaded
  var partial = points.map(function (p) { return p.partial; });
  var bands = [];
  partial.forEach(function (p, i) {
    if (p && (i === 0 || !partial[i - 1])) { bands.push([{ xAxis: days[i], name: data.partial }, { xAxis: days[i] }]); }
    if (p && bands.length) { bands[bands.length - 1][1] = { xAxis: days[i] }; }
  });
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [data.actual, data.expected] },
    grid: { left: 50, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', scale: true },
    series: [
      { name: data.actual, type: 'line', connectNulls: false,
        data: points.map(function (p) { return p.partial ? null : p.actual; }),
        markPoint: { symbolSize: 44, data: points.filter(function (p) { return p.day === data.marked; })
            .map(function (p) { return { coord: [p.day, p.actual], value: '!' }; }) } },
      { name: data.actual, type: 'line', connectNulls: false, lineStyle: { type: 'dashed' }, symbol: 'emptyCircle',
        data: points.map(function (p, i) { return p.partial || partial[i + 1] ? p.actual : null; }),
        markArea: { silent: true, itemStyle: { color: 'rgba(120, 120, 120, 0.10)' },
          label: { color: '#555', position: 'insideTop' }, data: bands } },
      { name: data.expected, type: 'line', lineStyle: { type: 'dashed' }, symbol: 'none',
        data: points.map(function (p) { return p.expected; }) }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
