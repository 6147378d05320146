"""Whether a chart's words fit its drawing area at a given width (a phone, the printed page).

`CLIPPED` runs in a browser page where plotly has drawn charts: for each chart, every
SVG text with words in it (title, axis titles and ticks, legend, bar labels,
annotations) whose box pokes out of the chart's own box, by more than a pixel.
Plotly never wraps or shortens a title or a label: text too long for the width is
simply cut by the edge of the SVG ("…as the sour").
"""

from __future__ import annotations

PHONE_WIDTH_PX = 400

CLIPPED = """(slack) => Array.from(document.querySelectorAll('.js-plotly-plot')).map((gd) => {
  const box = gd.getBoundingClientRect();
  const out = [];
  gd.querySelectorAll('svg text').forEach((el) => {
    const words = (el.textContent || '').trim();
    if (!words) return;
    const style = window.getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || +style.opacity === 0) return;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return;
    if (r.left < box.left - slack || r.right > box.right + slack || r.top < box.top - slack || r.bottom > box.bottom + slack) {
      out.push({text: words.slice(0, 60), left: Math.round(r.left - box.left), right: Math.round(box.right - r.right),
                top: Math.round(r.top - box.top), bottom: Math.round(box.bottom - r.bottom)});
    }
  });
  return {id: gd.id, width: Math.round(box.width), clipped: out};
})"""

# Pairs of a chart's texts that run into each other: its title, its notes (annotations) and its
# category labels (y ticks, each laid flat). Rotated tick labels and bar labels are not measured
# here (their boxes are not their ink); `pdf.check_chart_texts` measures every text on paper.
OVERLAPPING = """(slack) => Array.from(document.querySelectorAll('.js-plotly-plot')).map((gd) => {
  const texts = Array.from(gd.querySelectorAll('.gtitle, .annotation-text, .ytick text'))
    .filter((el) => (el.textContent || '').trim() && el.getBoundingClientRect().width > 0);
  const out = [];
  texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
    const r = a.getBoundingClientRect(), q = b.getBoundingClientRect();
    const w = Math.min(r.right, q.right) - Math.max(r.left, q.left), h = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top);
    if (w > slack && h > slack) out.push([a.textContent.trim().slice(0, 40), b.textContent.trim().slice(0, 40)]);
  }));
  return {id: gd.id, overlapping: out};
})"""
