/*
 * Draws Lakeside charts with Apache ECharts (loaded before this file from its WebJar).
 * The server sends option JSON built by dev.lakeside.chart.EChartsOptions; this script turns its
 * {"intlNumber": {...}} markers into formatter functions, keeps the chart sized to its element and
 * re-creates it with the dark theme whenever Lumo's theme attribute on <html> changes.
 */
(function () {
  if (window.lakesideCharts) {
    return;
  }
  const charts = new Set();

  function isDark() {
    return (document.documentElement.getAttribute('theme') || '').split(/\s+/).includes('dark');
  }

  function withFormatters(value) {
    if (Array.isArray(value)) {
      return value.map(withFormatters);
    }
    if (value && typeof value === 'object') {
      if (value.intlNumber) {
        const format = new Intl.NumberFormat(undefined, value.intlNumber);
        return v => (v === null || v === undefined || v === '' || isNaN(v)) ? '' : format.format(Number(v));
      }
      const copy = {};
      for (const key of Object.keys(value)) {
        copy[key] = withFormatters(value[key]);
      }
      return copy;
    }
    return value;
  }

  function create(el) {
    const chart = echarts.init(el, isDark() ? 'dark' : null, { renderer: 'canvas' });
    el.$lakesideChart = chart;
    el.$lakesideDark = isDark();
    return chart;
  }

  function apply(el) {
    const chart = el.$lakesideChart || create(el);
    const option = withFormatters(el.$lakesideOption);
    option.backgroundColor = 'transparent';
    chart.setOption(option, { notMerge: true, lazyUpdate: true });
  }

  new MutationObserver(() => {
    for (const el of charts) {
      if (el.$lakesideChart && el.$lakesideDark !== isDark()) {
        el.$lakesideChart.dispose();
        el.$lakesideChart = null;
        apply(el);
      }
    }
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });

  window.lakesideCharts = {
    /** Draws (or redraws) the chart of element el from option JSON text. */
    render(el, optionJson) {
      for (const other of charts) {
        if (!other.isConnected) {
          window.lakesideCharts.release(other);
        }
      }
      el.$lakesideOption = JSON.parse(optionJson);
      if (!el.$lakesideResize) {
        // Resizing inside the observer's callback changes the size it observes, which browsers report
        // as "ResizeObserver loop completed with undelivered notifications"; wait for the next frame.
        el.$lakesideResize = new ResizeObserver(() => requestAnimationFrame(() => el.$lakesideChart && el.$lakesideChart.resize()));
        el.$lakesideResize.observe(el);
      }
      charts.add(el);
      apply(el);
    },
    /** Frees the chart when its element leaves the page. */
    release(el) {
      charts.delete(el);
      if (el.$lakesideResize) {
        el.$lakesideResize.disconnect();
        el.$lakesideResize = null;
      }
      if (el.$lakesideChart) {
        el.$lakesideChart.dispose();
        el.$lakesideChart = null;
      }
    }
  };
})();
