/* Charts fit their width (a phone, the printed page): plotly never wraps or shortens text, so
   text longer than the chart is cut by its edge. Before drawing, long titles, annotations, axis
   titles, legend names and bar labels are broken into lines (<br>) at spaces, for the width the
   chart gets, on narrow screens only; bar labels that would run past the plot go inside their bar.
   Text that fits is left as it is. */
function coalitionWrap(text, max) {
  if (typeof text !== "string" || text.length <= max) return text;
  return text.split("<br>").map(function (part) {
    if (part.length <= max) return part;
    var lines = [], line = "";
    part.split(" ").forEach(function (word) {
      if (line && (line + " " + word).length > max) { lines.push(line); line = word; }
      else { line = line ? line + " " + word : word; }
    });
    if (line) lines.push(line);
    return lines.join("<br>");
  }).join("<br>");
}
var COALITION_NARROW_PX = 520;  // wider (the printed page, a screen) the chart keeps the layout made for paper
function coalitionFit(spec, width) {
  if (width >= COALITION_NARROW_PX) return;
  var layout = spec.layout || (spec.layout = {});
  var base = (layout.font && layout.font.size) || 13;
  function chars(share, size) { return Math.max(10, Math.floor(width * share / ((size || base) * 0.58))); }
  function lines(text) { return typeof text === "string" ? text.split("<br>").length : 1; }
  if (layout.title) {
    if (typeof layout.title === "string") layout.title = {text: layout.title};
    var size = (layout.title.font && layout.title.font.size) || base * 1.3;
    var before = lines(layout.title.text);
    layout.title.text = coalitionWrap(layout.title.text, chars(0.92, size));
    var extra = lines(layout.title.text) - before;
    if (extra > 0 && layout.margin && layout.margin.t) layout.margin.t += extra * size * 1.25;
  }
  (layout.annotations || []).forEach(function (a) {
    var share = a.xref === "paper" || !a.xref ? 0.92 : 0.5;
    a.text = coalitionWrap(a.text, chars(share, a.font && a.font.size));
  });
  Object.keys(layout).forEach(function (key) {
    var axis = layout[key];
    if (!/^[xy]axis\d*$/.test(key) || !axis || !axis.title) return;
    if (typeof axis.title === "string") axis.title = {text: axis.title};
    axis.title.text = coalitionWrap(axis.title.text, chars(key[0] === "x" ? 0.85 : 0.6, axis.title.font && axis.title.font.size));
  });
  (spec.data || []).forEach(function (trace) {
    if (typeof trace.name === "string") trace.name = coalitionWrap(trace.name, chars(0.8));
    if (trace.type === "scatter" && /text/.test(trace.mode || "") && trace.text !== undefined) {
      var most = chars(0.22, trace.textfont && trace.textfont.size);
      trace.text = Array.isArray(trace.text) ? trace.text.map(function (t) { return coalitionWrap(t, most); })
                                             : coalitionWrap(trace.text, most);
    }
    if (trace.type === "table" && trace.cells && Array.isArray(trace.cells.values)) {
      var n = trace.cells.values.length, widths = trace.columnwidth || [];
      var total = 0, w = [];
      for (var c = 0; c < n; c++) { w.push(+widths[c] || 1); total += w[c]; }
      trace.cells.values = trace.cells.values.map(function (column, c) {
        var most = chars(0.9 * w[c] / total, trace.cells.font && trace.cells.font.size);
        return Array.isArray(column) ? column.map(function (v) { return coalitionWrap(v, most); }) : column;
      });
    }
    if (trace.type === "bar" && trace.text !== undefined) {
      var size = (trace.textfont && trace.textfont.size) || base;
      var max = chars(trace.orientation === "h" ? 0.3 : 0.25, size);
      var long = false;
      var wrap = function (t) { if (typeof t === "string" && t.length > max) long = true; return coalitionWrap(t, max); };
      trace.text = Array.isArray(trace.text) ? trace.text.map(wrap) : wrap(trace.text);
      if (long && trace.orientation === "h" && (trace.textposition === "outside" || trace.textposition === undefined)) {
        trace.textposition = "auto";
      }
    }
  });
}
/* After drawing: an annotation or axis title (placed by data, so its room is only known now) that
   still runs past the chart's edge is broken into shorter lines, in proportion to what overflows. */
function coalitionRefit(gd, round) {
  round = round || 0;
  var box = gd.getBoundingClientRect(), update = {};
  function room(el) {
    var r = el.getBoundingClientRect();
    var over = Math.max(0, box.left - r.left) + Math.max(0, r.right - box.right);
    return over > 1 && r.width > 0 ? (r.width - over - 4) / r.width : 1;
  }
  function longest(text) { return Math.max.apply(null, String(text).split("<br>").map(function (l) { return l.length; })); }
  gd.querySelectorAll(".annotation[data-index]").forEach(function (el) {
    var i = +el.getAttribute("data-index"), a = gd.layout.annotations && gd.layout.annotations[i];
    var share = room(el);
    if (a && share < 1 && typeof a.text === "string") {
      update["annotations[" + i + "].text"] = coalitionWrap(a.text.replace(/<br>/g, " "), Math.max(8, Math.floor(longest(a.text) * share)));
    }
  });
  var title = gd.querySelector(".gtitle"), layoutTitle = gd.layout.title;
  if (title && layoutTitle && typeof layoutTitle.text === "string") {
    var titleShare = room(title);
    if (titleShare < 1) {
      update["title.text"] = coalitionWrap(layoutTitle.text.replace(/<br>/g, " "), Math.max(8, Math.floor(longest(layoutTitle.text) * titleShare)));
      var size = (layoutTitle.font && layoutTitle.font.size) || 17;
      if (gd.layout.margin && gd.layout.margin.t) update["margin.t"] = gd.layout.margin.t + size * 1.25;
    }
  }
  Object.keys(gd.layout).forEach(function (key) {
    if (!/^[xy]axis\d*$/.test(key) || !gd.layout[key].title || !gd.layout[key].title.text) return;
    var el = gd.querySelector("." + key.replace("axis", "") + "title");
    if (!el) return;
    var share = room(el), text = gd.layout[key].title.text;
    if (share < 1) update[key + ".title.text"] = coalitionWrap(text.replace(/<br>/g, " "), Math.max(8, Math.floor(longest(text) * share)));
  });
  if (box.width < COALITION_NARROW_PX) coalitionSpread(gd, update);
  if (gd.querySelector(".table")) {  // a table whose wrapped rows grew: the chart grows with them
    var bottom = box.bottom;
    gd.querySelectorAll("svg text").forEach(function (el) { bottom = Math.max(bottom, el.getBoundingClientRect().bottom); });
    if (bottom > box.bottom + 1) update.height = Math.ceil(box.height + (bottom - box.bottom) + 12);
  }
  if (!Object.keys(update).length || round >= 3) return Promise.resolve(gd);
  return Plotly.relayout(gd, update).then(function () { return coalitionRefit(gd, round + 1); });
}
/* On a narrow screen, after drawing: a title that runs into a note above the plot gets more room
   above the plot, and category labels (wrapped into lines) that run into each other get a taller
   chart, in proportion to how much they overlap. */
function coalitionSpread(gd, update) {
  function overlap(a, b) {
    var r = a.getBoundingClientRect(), q = b.getBoundingClientRect();
    return {w: Math.min(r.right, q.right) - Math.max(r.left, q.left), h: Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top)};
  }
  var title = gd.querySelector(".gtitle"), margin = gd.layout.margin || {};
  if (title) {
    var down = 0;
    gd.querySelectorAll(".annotation").forEach(function (el) {
      var o = overlap(title, el);
      if (o.w > 1 && o.h > 1) down = Math.max(down, o.h + 6);
    });
    if (down) {  // the plot keeps its height: the chart grows by the room added above it
      // a title placed by plotly sits in the middle of the room above the plot: twice the overlap parts them
      var more = Math.ceil(gd.layout.title && gd.layout.title.y !== undefined && gd.layout.title.y !== "auto" ? down : 2 * down);
      update["margin.t"] = (margin.t || 80) + more;
      update.height = gd._fullLayout.height + more;
    }
  }
  ["y", "x"].forEach(function (axis) {
    var ticks = Array.prototype.slice.call(gd.querySelectorAll("." + axis + "tick text")), worst = 0;
    for (var i = 1; i < ticks.length; i++) {
      var o = overlap(ticks[i - 1], ticks[i]);
      if (o.w > 1 && o.h > 1) {
        var r = ticks[i].getBoundingClientRect();
        worst = Math.max(worst, axis === "y" ? o.h / Math.max(1, r.height) : 0);
      }
    }
    if (worst > 0) {
      var height = update.height || gd._fullLayout.height, plot = gd._fullLayout._size.h;
      update.height = Math.ceil(height + plot * Math.min(1.5, worst + 0.15));
    }
  });
}
