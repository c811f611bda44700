// Training readiness page: the readiness index (%) per week from the certification history, with the agents required
// and certified on a second axis (ECharts).
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('readiness-trend');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.getAttribute('data-chart'));
  var chart = echarts.init(element);
  var index = element.getAttribute('data-index');
  var required = element.getAttribute('data-required');
  var certified = element.getAttribute('data-certified');
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [index, required, certified], type: 'scroll' },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.days, axisLabel: { hideOverlap: true } },
    yAxis: [
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      { type: 'value', minInterval: 1, splitLine: { show: false } }
    ],
    series: [
      { name: index, type: 'line', data: data.index, connectNulls: false, itemStyle: { color: '#ee4d2d' }, lineStyle: { width: 3 } },
      { name: required, type: 'bar', yAxisIndex: 1, data: data.required, itemStyle: { color: '#d5dbe6' } },
      { name: certified, type: 'bar', yAxisIndex: 1, data: data.certified, itemStyle: { color: '#9aa5b8' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
