// Root-cause page: real against expected for the root causes and the leaves furthest off (ECharts).
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('rca-chart');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.getAttribute('data-chart'));
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: [element.getAttribute('data-real'), element.getAttribute('data-expected')] },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: data.labels, inverse: true,
             axisLabel: { width: window.innerWidth < 600 ? 110 : 260, overflow: 'truncate' } },
    series: [
      { name: element.getAttribute('data-real'), type: 'bar', data: data.real, itemStyle: { color: '#ee4d2d' } },
      { name: element.getAttribute('data-expected'), type: 'bar', data: data.expected, itemStyle: { color: '#9aa5b8' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
