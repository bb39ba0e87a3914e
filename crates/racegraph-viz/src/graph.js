// racegraph viewer: a force-directed layout on a canvas, with drag, zoom,
// pan, search and a panel of facts with their evidence.
//
// Safety rule: text from the data is only ever drawn on the canvas or put in
// the page with textContent; nothing from the data is parsed as HTML.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const canvas = document.getElementById("graph");
  const ctx = canvas.getContext("2d");
  const panel = document.getElementById("facts");
  const search = document.getElementById("search");
  const matchList = document.getElementById("matches");

  // ---- the graph ----------------------------------------------------------

  const colorOf = new Map(data.legend.map((l) => [l.class, l.color]));
  const nodes = data.nodes.map((n) =>
    Object.assign({}, n, {
      x: 0, y: 0, vx: 0, vy: 0, degree: 0, pinned: false,
      color: colorOf.get(n.classes[0] || "Thing") || "#cccccc",
    })
  );
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = [];
  for (const e of data.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    edges.push(Object.assign({}, e, { s: s, t: t }));
    s.degree++;
    t.degree++;
  }
  for (const e of edges) e.strength = 1 / Math.max(1, Math.min(e.s.degree, e.t.degree));
  const focus = data.focus ? byId.get(data.focus) : null;
  const radius = (n) => 5 + Math.min(12, 2 * Math.sqrt(n.degree));

  // ---- layout: a small velocity-Verlet force simulation ----------------------

  const LINK_DISTANCE = 70;
  const CHARGE = -180;
  const GRAVITY = 0.04;
  const VELOCITY_DECAY = 0.6;
  const ALPHA_DECAY = 0.0228;
  const ALPHA_MIN = 0.002;
  let alpha = 1;

  // Start on a sunflower spiral: deterministic and evenly spread.
  nodes.forEach((n, i) => {
    const r = 14 * Math.sqrt(i + 0.5);
    const a = i * 2.399963;
    n.x = r * Math.cos(a);
    n.y = r * Math.sin(a);
  });

  function tick() {
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i];
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j];
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 1) {
          dx = 0.1 * (j - i);
          dy = 0.1;
          d2 = 1;
        }
        const f = (CHARGE * alpha) / d2;
        a.vx += dx * f;
        a.vy += dy * f;
        b.vx -= dx * f;
        b.vy -= dy * f;
      }
    }
    for (const e of edges) {
      if (e.s === e.t) continue;
      const dx = e.t.x + e.t.vx - e.s.x - e.s.vx;
      const dy = e.t.y + e.t.vy - e.s.y - e.s.vy;
      const l = Math.sqrt(dx * dx + dy * dy) || 1;
      const k = (((l - LINK_DISTANCE) / l) * alpha * e.strength) / 2;
      e.t.vx -= dx * k;
      e.t.vy -= dy * k;
      e.s.vx += dx * k;
      e.s.vy += dy * k;
    }
    for (const n of nodes) {
      if (n.pinned) {
        n.vx = n.vy = 0;
        continue;
      }
      n.vx = (n.vx - n.x * GRAVITY * alpha) * VELOCITY_DECAY;
      n.vy = (n.vy - n.y * GRAVITY * alpha) * VELOCITY_DECAY;
      n.x += n.vx;
      n.y += n.vy;
    }
    alpha -= alpha * ALPHA_DECAY;
  }

  let running = false;
  function animate() {
    if (alpha < ALPHA_MIN) {
      running = false;
      draw();
      return;
    }
    tick();
    draw();
    requestAnimationFrame(animate);
  }
  function reheat(to) {
    alpha = Math.max(alpha, to);
    if (!running) {
      running = true;
      requestAnimationFrame(animate);
    }
  }

  // ---- view: screen = world * k + (x, y) ------------------------------------

  const view = { x: 0, y: 0, k: 1 };
  let selected = null; // a node or an edge
  let hovered = null;
  const size = () => ({
    w: Math.max(1, canvas.clientWidth),
    h: Math.max(1, canvas.clientHeight),
  });

  function fit() {
    if (!nodes.length) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const n of nodes) {
      x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y);
      x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y);
    }
    const { w, h } = size();
    view.k = Math.min(2, w / (x1 - x0 + 120), h / (y1 - y0 + 120));
    view.x = w / 2 - ((x0 + x1) / 2) * view.k;
    view.y = h / 2 - ((y0 + y1) / 2) * view.k;
  }

  function centreOn(n) {
    const { w, h } = size();
    view.k = Math.max(view.k, 1);
    view.x = w / 2 - n.x * view.k;
    view.y = h / 2 - n.y * view.k;
    draw();
  }

  function resize() {
    const dpr = window.devicePixelRatio || 1;
    const { w, h } = size();
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    draw();
  }

  const touches = (e, n) => e.s === n || e.t === n;
  let neighbours = new Set(); // of the selection, kept in step by select()
  const highlighted = (n) => n === selected || n === hovered || neighbours.has(n);

  function draw() {
    const dpr = window.devicePixelRatio || 1;
    const { w, h } = size();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
    const px = 1 / view.k; // one screen pixel in world units
    ctx.lineWidth = px;
    for (const e of edges) {
      const on = e === selected || (selected && !selected.s && touches(e, selected));
      ctx.strokeStyle = on ? "#d62728" : "rgba(120,120,120,0.55)";
      ctx.fillStyle = ctx.strokeStyle;
      ctx.lineWidth = (on ? 2 : 1) * px;
      drawArrow(e, px);
    }
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.font = 10 * px + "px sans-serif";
    ctx.fillStyle = "#555";
    for (const e of edges) {
      if (e === selected || view.k > 1.6) {
        ctx.fillText(e.property, (e.s.x + e.t.x) / 2, (e.s.y + e.t.y) / 2 - 6 * px);
      }
    }
    for (const n of nodes) {
      const r = radius(n);
      ctx.beginPath();
      ctx.arc(n.x, n.y, r, 0, 2 * Math.PI);
      ctx.fillStyle = n.color;
      ctx.fill();
      ctx.lineWidth = (n === selected || n === focus ? 3 : 1) * px;
      ctx.strokeStyle = n === selected ? "#d62728" : "#444";
      ctx.stroke();
    }
    ctx.font = 11 * px + "px sans-serif";
    ctx.textBaseline = "top";
    for (const n of nodes) {
      if (view.k > 0.8 || n.degree >= 6 || n === focus || highlighted(n)) {
        ctx.fillStyle = highlighted(n) ? "#000" : "#333";
        ctx.fillText(n.label, n.x, n.y + radius(n) + 2 * px);
      }
    }
  }

  function drawArrow(e, px) {
    const dx = e.t.x - e.s.x;
    const dy = e.t.y - e.s.y;
    const l = Math.sqrt(dx * dx + dy * dy);
    if (l < 1e-6) return;
    const ux = dx / l, uy = dy / l;
    const tipX = e.t.x - ux * radius(e.t);
    const tipY = e.t.y - uy * radius(e.t);
    ctx.beginPath();
    ctx.moveTo(e.s.x, e.s.y);
    ctx.lineTo(tipX, tipY);
    ctx.stroke();
    const a = 7 * px, b = 3 * px;
    ctx.beginPath();
    ctx.moveTo(tipX, tipY);
    ctx.lineTo(tipX - ux * a - uy * b, tipY - uy * a + ux * b);
    ctx.lineTo(tipX - ux * a + uy * b, tipY - uy * a - ux * b);
    ctx.closePath();
    ctx.fill();
  }

  // ---- hit testing and pointer input ------------------------------------------

  function toWorld(ev) {
    const box = canvas.getBoundingClientRect();
    return {
      x: (ev.clientX - box.left - view.x) / view.k,
      y: (ev.clientY - box.top - view.y) / view.k,
    };
  }

  function nodeAt(p) {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const n = nodes[i];
      const r = radius(n) + 2 / view.k;
      if ((n.x - p.x) ** 2 + (n.y - p.y) ** 2 <= r * r) return n;
    }
    return null;
  }

  function edgeAt(p) {
    let best = null;
    let bestD = 5 / view.k;
    for (const e of edges) {
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y;
      const l2 = dx * dx + dy * dy;
      if (l2 < 1e-9) continue;
      const t = Math.max(0, Math.min(1, ((p.x - e.s.x) * dx + (p.y - e.s.y) * dy) / l2));
      const d = Math.hypot(p.x - e.s.x - t * dx, p.y - e.s.y - t * dy);
      if (d < bestD) {
        bestD = d;
        best = e;
      }
    }
    return best;
  }

  let drag = null;
  canvas.addEventListener("pointerdown", (ev) => {
    canvas.setPointerCapture(ev.pointerId);
    const node = nodeAt(toWorld(ev));
    drag = { node: node, sx: ev.clientX, sy: ev.clientY, vx: view.x, vy: view.y, moved: false };
    if (node) node.pinned = true;
    canvas.style.cursor = "grabbing";
  });
  canvas.addEventListener("pointermove", (ev) => {
    if (!drag) {
      const p = toWorld(ev);
      const over = nodeAt(p) || edgeAt(p);
      if (over !== hovered) {
        hovered = over;
        canvas.style.cursor = over ? "pointer" : "grab";
        draw();
      }
      return;
    }
    if (Math.hypot(ev.clientX - drag.sx, ev.clientY - drag.sy) > 3) drag.moved = true;
    if (!drag.moved) return;
    if (drag.node) {
      const p = toWorld(ev);
      drag.node.x = p.x;
      drag.node.y = p.y;
      reheat(0.3);
    } else {
      view.x = drag.vx + ev.clientX - drag.sx;
      view.y = drag.vy + ev.clientY - drag.sy;
    }
    draw();
  });
  function endDrag(ev) {
    if (!drag) return;
    if (drag.node) drag.node.pinned = false;
    if (!drag.moved && ev.type === "pointerup") {
      const p = toWorld(ev);
      select(nodeAt(p) || edgeAt(p));
    }
    drag = null;
    canvas.style.cursor = "grab";
  }
  canvas.addEventListener("pointerup", endDrag);
  canvas.addEventListener("pointercancel", endDrag);
  canvas.addEventListener(
    "wheel",
    (ev) => {
      ev.preventDefault();
      const box = canvas.getBoundingClientRect();
      const sx = ev.clientX - box.left, sy = ev.clientY - box.top;
      const k = Math.min(8, Math.max(0.03, view.k * Math.exp(-ev.deltaY * 0.0015)));
      view.x = sx - ((sx - view.x) * k) / view.k;
      view.y = sy - ((sy - view.y) * k) / view.k;
      view.k = k;
      draw();
    },
    { passive: false }
  );
  window.addEventListener("resize", resize);

  // ---- the facts panel (textContent only) -------------------------------------

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function linkButton(text, onClick) {
    const b = el("button", text, "link");
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  function articleLine(iri) {
    const info = data.articles[iri] || {};
    const box = el("div", null, "article");
    const title = info.title || iri;
    const source = typeof info.source === "string" ? info.source : "";
    if (/^https?:\/\//i.test(source)) {
      const a = el("a", title);
      a.href = source;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      box.append(a);
    } else {
      box.append(el("span", title));
      if (source) box.append(el("div", source, "muted"));
    }
    if (info.issued) box.append(el("span", " · " + info.issued, "muted"));
    return box;
  }

  function evidenceList(evidence) {
    const list = el("ul", null, "evidence");
    for (const ev of evidence || []) {
      const item = el("li");
      item.append(ev.text ? el("blockquote", "“" + ev.text + "”") : el("div", "(no sentence recorded)", "muted"));
      item.append(articleLine(ev.article));
      list.append(item);
    }
    return list;
  }

  function openPanel(title) {
    panel.replaceChildren();
    const close = el("button", "×");
    close.id = "close";
    close.type = "button";
    close.title = "Close";
    close.addEventListener("click", () => select(null));
    panel.append(close, el("h2", title));
    panel.hidden = false;
  }

  function showNode(n) {
    openPanel(n.label);
    panel.append(el("div", n.classes.join(", "), "muted"), el("div", n.id, "iri"));
    if (n.altLabels.length) panel.append(el("div", "Also called: " + n.altLabels.join("; "), "muted"));
    if (n.attributes.length) {
      panel.append(el("h3", "Facts"));
      for (const a of n.attributes) {
        const fact = el("div", null, "fact");
        fact.append(el("strong", a.property), el("span", a.value));
        panel.append(fact, evidenceList(a.evidence));
      }
    }
    const touching = edges.filter((e) => touches(e, n));
    if (touching.length) {
      panel.append(el("h3", "Relations"));
      const list = el("ul", null, "plain");
      for (const e of touching) {
        const text = e.s === n ? e.property + " → " + e.t.label : "← " + e.property + " of " + e.s.label;
        const item = el("li");
        item.append(linkButton(text, () => select(e)));
        list.append(item);
      }
      panel.append(list);
    }
    if (n.mentionedIn.length) {
      panel.append(el("h3", "Mentioned in"));
      for (const a of n.mentionedIn) panel.append(articleLine(a));
    }
  }

  function showEdge(e) {
    openPanel(e.property);
    const line = el("div");
    line.append(
      linkButton(e.s.label, () => pick(e.s)),
      el("span", " " + e.property + " "),
      linkButton(e.t.label, () => pick(e.t))
    );
    panel.append(line, el("h3", "Evidence"), evidenceList(e.evidence));
  }

  function select(item) {
    selected = item;
    neighbours = new Set();
    if (item && item.s) neighbours = new Set([item.s, item.t]);
    else if (item) for (const e of edges) if (touches(e, item)) neighbours.add(e.s).add(e.t);
    if (!item) panel.hidden = true;
    else if (item.s) showEdge(item);
    else showNode(item);
    draw();
  }

  function pick(n) {
    select(n);
    centreOn(n);
  }

  // ---- search -----------------------------------------------------------------

  const fold = (s) => String(s).normalize("NFC").toLowerCase();
  function matches(query) {
    const q = fold(query.trim());
    if (!q) return [];
    const score = (n) => {
      const names = [n.label].concat(n.altLabels).map(fold);
      if (n.id === query.trim() || names.includes(q)) return 3;
      if (names.some((s) => s.startsWith(q))) return 2;
      return names.some((s) => s.includes(q)) ? 1 : 0;
    };
    return nodes
      .map((n) => [score(n), n])
      .filter(([s]) => s > 0)
      .sort((a, b) => b[0] - a[0] || b[1].degree - a[1].degree)
      .slice(0, 12)
      .map(([, n]) => n);
  }
  search.addEventListener("input", () => {
    matchList.replaceChildren();
    for (const n of matches(search.value)) {
      const item = el("li");
      const b = el("button", n.label + " (" + (n.classes[0] || "?") + ")");
      b.type = "button";
      b.addEventListener("click", () => {
        matchList.replaceChildren();
        pick(n);
      });
      item.append(b);
      matchList.append(item);
    }
  });
  search.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      const first = matches(search.value)[0];
      matchList.replaceChildren();
      if (first) pick(first);
    } else if (ev.key === "Escape") {
      matchList.replaceChildren();
    }
  });

  // ---- legend, status, start ----------------------------------------------------

  const legend = document.getElementById("legend");
  for (const l of data.legend) {
    const row = el("div");
    const swatch = el("span", null, "swatch");
    swatch.style.background = l.color;
    row.append(swatch, el("span", l.class + " (" + l.count + ")"));
    legend.append(row);
  }
  document.getElementById("status").textContent =
    nodes.length + " nodes, " + edges.length + " edges" +
    (data.leftOut ? ", " + data.leftOut + " less important nodes left out" : "");

  // Lay out before the first paint, within a time budget, then animate on.
  const budget = performance.now() + 1500;
  while (alpha > 0.03 && performance.now() < budget) tick();
  fit();
  resize();
  if (location.hash.startsWith("#node=")) {
    let wanted = null;
    try {
      wanted = byId.get(decodeURIComponent(location.hash.slice(6)));
    } catch (err) {
      wanted = null;
    }
    if (wanted) pick(wanted);
  }
  const body = document.body;
  body.dataset.nodes = String(nodes.length);
  body.dataset.edges = String(edges.length);
  body.dataset.ready = "true";
  // How long the first layout took to settle, for benchmarks.
  body.dataset.settleMs = String(Math.round(performance.now()));
  reheat(alpha);
})();
