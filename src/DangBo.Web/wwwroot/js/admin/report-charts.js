// Draws a chart above each report table marked data-chart, from the table's own cells: the table stays the
// accessible, printable source of the figures and the page works without this script.
(function () {
  'use strict';
  if (typeof window.Chart !== 'function') {
    return;
  }
  var colours = { bar: '#b4232a', line: '#1e429f' };

  function number(cell) {
    var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
    return raw === '' ? null : Number(raw);
  }

  document.querySelectorAll('table[data-chart]').forEach(function (table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    if (rows.length === 0) {
      return;
    }
    var labels = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var many = rows.length > 12 && headers.length === 2;
    var datasets = [];
    headers.forEach(function (th, column) {
      var type = th.getAttribute('data-series');
      if (!type) {
        return;
      }
      var dataset = {
        type: type,
        label: th.textContent.trim(),
        data: rows.map(function (row) { return number(row.cells[column]); }),
        backgroundColor: colours[type],
        borderColor: colours[type],
        spanGaps: true,
      };
      if (type === 'line') {
        // Hours sit on their own axis, on the right, beside the counts.
        dataset.yAxisID = 'y1';
      }
      datasets.push(dataset);
    });
    var hasLine = datasets.some(function (d) { return d.type === 'line'; });

    var figure = document.createElement('figure');
    figure.className = 'chart';
    if (many) {
      // A long list reads better as horizontal bars, one line per name.
      figure.style.height = Math.min(60, 4 + rows.length * 1.6) + 'rem';
    }
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    var heading = table.closest('section') && table.closest('section').querySelector('h2');
    canvas.setAttribute('aria-label', 'Biểu đồ: ' + (heading ? heading.textContent.trim() : '') + '. Số liệu chi tiết ở bảng bên dưới.');
    figure.appendChild(canvas);
    var wrap = table.closest('.table-wrap') || table;
    wrap.parentNode.insertBefore(figure, wrap);

    var scales = { y: { beginAtZero: true, ticks: { precision: 0 } } };
    if (hasLine) {
      scales.y1 = { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'giờ' } };
    }
    if (many) {
      scales = { x: { beginAtZero: true, ticks: { precision: 0 } } };
    }
    new window.Chart(canvas, {
      type: table.getAttribute('data-chart'),
      data: { labels: labels, datasets: datasets },
      options: {
        maintainAspectRatio: false,
        indexAxis: many ? 'y' : 'x',
        animation: false,
        plugins: { legend: { display: datasets.length > 1 } },
        scales: scales,
      },
    });
    table.setAttribute('data-chart-drawn', 'true');
  });
})();
