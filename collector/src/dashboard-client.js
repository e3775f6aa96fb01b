// The dashboard's charts, drawn with uPlot (served by the collector at /assets/uPlot.iife.min.js)
// from the figures the page carries in #dashboard-data. The tables next to them hold the same figures.
/* global uPlot */
(function () {
  const source = document.getElementById('dashboard-data');
  if (!source || typeof uPlot === 'undefined') return;
  const data = JSON.parse(source.textContent || '{}');
  const blue = '#005eb8';
  const width = (el) => Math.max(200, Math.min(el.clientWidth || 300, 1000));

  function bars(id, labels, values) {
    const el = document.getElementById(id);
    if (!el) return;
    const xs = labels.map((_, i) => i);
    new uPlot(
      {
        width: width(el),
        height: 200,
        legend: { show: false },
        scales: { x: { time: false, range: [-0.6, labels.length - 0.4] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [{ values: (_u, ticks) => ticks.map((t) => labels[t] ?? '') , splits: () => xs }, {}],
        series: [{}, { stroke: blue, fill: blue, paths: uPlot.paths.bars({ size: [0.6, 80] }), points: { show: false } }],
      },
      [xs, values],
      el,
    );
  }

  const total = data.total;
  if (total) {
    bars('chart-stars', ['1', '2', '3', '4', '5'], ['1', '2', '3', '4', '5'].map((n) => total.stars[n]));
    bars('chart-useful', ['Yes', 'No'], [total.useful.yes, total.useful.no]);
  }

  const days = document.getElementById('chart-days');
  if (days && data.perDay && data.perDay.length) {
    const xs = data.perDay.map(([d]) => Date.parse(`${d}T00:00:00Z`) / 1000);
    new uPlot(
      {
        width: width(days),
        height: 240,
        scales: {
          // A day's width either side, so one day of data is not stretched over years.
          x: { time: true, range: (_u, min, max) => [min - 86400, max + 86400] },
          y: { range: (_u, _min, max) => [0, Math.max(1, max)] },
        },
        series: [
          {},
          { label: 'Star ratings', stroke: blue, width: 2, points: { show: true, size: 6 } },
          { label: 'Useful answers', stroke: '#007f3b', width: 2, dash: [6, 4], points: { show: true, size: 6 } },
        ],
      },
      [xs, data.perDay.map((r) => r[1]), data.perDay.map((r) => r[3])],
      days,
    );
  }
})();
