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
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [data.actual, data.expected] },
    grid: { left: 50, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: points.map(function (p) { return p.day; }) },
    yAxis: { type: 'value', scale: true },
    series: [
      { name: data.actual, type: 'line', connectNulls: false, data: points.map(function (p) { return p.actual; }),
        markPoint: { symbolSize: 44, data: points.filter(function (p) { return p.day === data.marked; })
            .map(function (p) { return { coord: [p.day, p.actual], value: '!' }; }) } },
      { name: data.expected, type: 'line', lineStyle: { type: 'dashed' }, symbol: 'none',
        data: points.map(function (p) { return p.expected; }) }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
