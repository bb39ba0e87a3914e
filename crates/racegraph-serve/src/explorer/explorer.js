// racegraph explorer: search suggestions, the neighbourhood graph, the
// query page. Everything from the store is written with textContent or
// setAttribute, never as markup.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// ---------------------------------------------------------------- search
function setupSearch() {
  const input = document.getElementById("q");
  const list = document.getElementById("suggestions");
  if (!input || !list) return;
  let timer = null;
  let seq = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      const mine = ++seq;
      if (!q) { list.replaceChildren(); return; }
      const r = await fetch("/api/suggest?q=" + encodeURIComponent(q));
      if (!r.ok || mine !== seq) return;
      const items = await r.json();
      list.replaceChildren(...items.map((s) => {
        const li = el("li", { role: "option" });
        const a = el("a", { href: s.href || "#" }, s.label);
        if (s.class) a.appendChild(el("small", {}, s.class));
        const other = (s.alt || []).filter((x) => x.toLowerCase().includes(q.toLowerCase()));
        if (other.length && !s.label.toLowerCase().includes(q.toLowerCase())) {
          a.appendChild(el("small", {}, "also " + other.join(", ")));
        }
        li.appendChild(a);
        return li;
      }));
    }, 120);
  });
  input.addEventListener("keydown", (ev) => {
    const links = [...list.querySelectorAll("a")];
    if (!links.length) return;
    let i = links.findIndex((a) => a.classList.contains("active"));
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (i >= 0) links[i].classList.remove("active");
      i = ev.key === "ArrowDown" ? (i + 1) % links.length : (i <= 0 ? links.length - 1 : i - 1);
      links[i].classList.add("active");
    } else if (ev.key === "Enter" && i >= 0) {
      ev.preventDefault();
      window.location.href = links[i].getAttribute("href");
    } else if (ev.key === "Escape") {
      list.replaceChildren();
    }
  });
}

// ----------------------------------------------------------------- graph
const STYLE = {
  Athlete: ["#f28e8c", "circle"], Person: ["#9ec5e8", "circle"],
  Organization: ["#f5b36b", "square"], Country: ["#7fc97f", "octagon"],
  City: ["#a6d96a", "house"], Venue: ["#c7e9a0", "invhouse"],
  Landmark: ["#b8e186", "triangle"], Place: ["#d9f0a3", "house"],
  RaceSeries: ["#c5a3d9", "star"], RaceEdition: ["#dcc6e8", "hexagon"],
  Race: ["#e8c6a0", "diamond"], RaceResult: ["#e0dcd8", "note"],
  ParticipationCount: ["#f5e08c", "tag"], Article: ["#b5d8d6", "folder"],
};
const R = 11;

function style(cls) { return STYLE[cls] || ["#cccccc", "circle"]; }

function poly(n, r, rot) {
  const pts = [];
  for (let i = 0; i < n; i++) {
    const a = rot + (i * 2 * Math.PI) / n;
    pts.push((r * Math.cos(a)).toFixed(1) + "," + (r * Math.sin(a)).toFixed(1));
  }
  return "M" + pts.join("L") + "Z";
}

function shapePath(shape) {
  const r = R;
  switch (shape) {
    case "square": return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case "octagon": return poly(8, r * 1.08, Math.PI / 8);
    case "house": return `M0,${-r}L${r},${-r * 0.2}V${r}H${-r}V${-r * 0.2}Z`;
    case "invhouse": return `M0,${r}L${r},${r * 0.2}V${-r}H${-r}V${r * 0.2}Z`;
    case "triangle": return poly(3, r * 1.25, -Math.PI / 2);
    case "star": {
      const pts = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 ? r * 0.55 : r * 1.25;
        pts.push((rr * Math.cos(a)).toFixed(1) + "," + (rr * Math.sin(a)).toFixed(1));
      }
      return "M" + pts.join("L") + "Z";
    }
    case "hexagon": return poly(6, r * 1.1, 0);
    case "diamond": return poly(4, r * 1.3, 0);
    case "note": return `M${-r},${-r}h${1.4 * r}l${0.6 * r},${0.6 * r}v${1.4 * r}h${-2 * r}Z`;
    case "tag": return `M${-r},${-r * 0.8}h${1.3 * r}l${0.7 * r},${0.8 * r}l${-0.7 * r},${0.8 * r}h${-1.3 * r}Z`;
    case "folder": return `M${-r},${-r * 0.8}h${0.8 * r}l${0.3 * r},${0.3 * r}h${0.9 * r}v${1.3 * r}h${-2 * r}Z`;
    default: return null;
  }
}

function drawShape(cls) {
  const [color, shape] = style(cls);
  const d = shapePath(shape);
  return d ? svg("path", { d, fill: color, stroke: "#3b4452", "stroke-width": 1 })
           : svg("circle", { r: R, fill: color, stroke: "#3b4452", "stroke-width": 1 });
}

let measureCtx = null;
function textWidth(s) {
  if (!measureCtx) measureCtx = document.createElement("canvas").getContext("2d");
  measureCtx.font = "12px system-ui, sans-serif";
  return measureCtx.measureText(s).width;
}

// The box a node takes: its shape and its label under it.
function box(n) {
  const w = Math.max(2 * R + 4, n.tw + 6);
  return { x: n.x - w / 2, y: n.y - R - 2, w, h: 2 * R + 20 };
}

function overlap(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function layout(g, steps) {
  const nodes = g.nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (let s = 0; s < steps; s++) {
    const t = 1 - s / steps;
    for (const n of nodes) { n.dx = 0; n.dy = 0; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 1) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = 1; }
        const f = 9000 / d2;
        const d = Math.sqrt(d2);
        a.dx += (dx / d) * f; a.dy += (dy / d) * f;
        b.dx -= (dx / d) * f; b.dy -= (dy / d) * f;
      }
    }
    for (const e of g.edges) {
      const a = byId.get(e.source), b = byId.get(e.target);
      if (!a || !b) continue;
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.max(1, Math.sqrt(dx * dx + dy * dy));
      const f = (d - 150) * 0.05;
      a.dx += (dx / d) * f; a.dy += (dy / d) * f;
      b.dx -= (dx / d) * f; b.dy -= (dy / d) * f;
    }
    for (const n of nodes) {
      n.dx -= n.x * 0.01; n.dy -= n.y * 0.01;
      const m = Math.sqrt(n.dx * n.dx + n.dy * n.dy);
      const cap = 30 * t + 1;
      if (m > cap) { n.dx *= cap / m; n.dy *= cap / m; }
      n.x += n.dx; n.y += n.dy;
    }
  }
  // Then no two boxes (shape and label) may overlap: push pairs apart.
  for (let pass = 0; pass < 400; pass++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        const A = box(a), B = box(b);
        if (!overlap(A, B)) continue;
        moved = true;
        const ox = Math.min(A.x + A.w, B.x + B.w) - Math.max(A.x, B.x);
        const oy = Math.min(A.y + A.h, B.y + B.h) - Math.max(A.y, B.y);
        if (oy < ox) {
          const s = (a.y <= b.y ? -1 : 1) * (oy / 2 + 1);
          a.y += s; b.y -= s;
        } else {
          const s = (a.x <= b.x ? -1 : 1) * (ox / 2 + 1);
          a.x += s; b.x -= s;
        }
      }
    }
    if (!moved) break;
  }
}

function setupGraph() {
  const dataEl = document.getElementById("graph-data");
  const root = document.getElementById("graph");
  if (!dataEl || !root) return;
  const g = JSON.parse(dataEl.textContent);
  const focus = g.nodes.length ? g.nodes[0].id : null;
  const ids = new Set();
  const edgeKeys = new Set();
  const expanded = new Set();
  const view = { x: 0, y: 0, w: 800, h: 600 };

  function add(part, near) {
    const fresh = [];
    for (const n of part.nodes) {
      if (ids.has(n.id)) continue;
      ids.add(n.id);
      n.tw = textWidth(n.label);
      const a = Math.random() * 2 * Math.PI;
      n.x = (near ? near.x : 0) + Math.cos(a) * 120;
      n.y = (near ? near.y : 0) + Math.sin(a) * 120;
      g.all.nodes.push(n);
      fresh.push(n);
    }
    for (const e of part.edges) {
      const k = e.source + " " + e.label + " " + e.target;
      if (edgeKeys.has(k)) continue;
      edgeKeys.add(k);
      g.all.edges.push(e);
    }
    return fresh;
  }

  g.all = { nodes: [], edges: [] };
  add(g, null);
  if (focus) expanded.add(focus);
  const first = g.all.nodes.find((n) => n.id === focus);
  if (first) { first.x = 0; first.y = 0; }
  layout(g.all, 300);

  function fit() {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const n of g.all.nodes) {
      const b = box(n);
      x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y);
      x1 = Math.max(x1, b.x + b.w); y1 = Math.max(y1, b.y + b.h);
    }
    if (!isFinite(x0)) return;
    const pad = 30;
    view.x = x0 - pad; view.y = y0 - pad;
    view.w = Math.max(200, x1 - x0 + 2 * pad); view.h = Math.max(150, y1 - y0 + 2 * pad);
    // Never smaller than the labels' own size: at default zoom, text is readable.
    const rect = root.getBoundingClientRect();
    if (rect.width > 0 && view.w < rect.width) {
      view.x -= (rect.width - view.w) / 2; view.w = rect.width;
    }
    if (rect.height > 0 && view.h < rect.height) {
      view.y -= (rect.height - view.h) / 2; view.h = rect.height;
    }
    setView();
  }

  function setView() {
    root.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
  }

  function draw() {
    const byId = new Map(g.all.nodes.map((n) => [n.id, n]));
    const edges = svg("g", { class: "edges" });
    for (const e of g.all.edges) {
      const a = byId.get(e.source), b = byId.get(e.target);
      if (!a || !b) continue;
      const ge = svg("g", { class: "edge", "data-label": e.label });
      const coords = { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
      ge.appendChild(svg("line", { ...coords, class: "shown", "marker-end": "url(#arrow)" }));
      ge.appendChild(svg("line", { ...coords, class: "hit" }));
      ge.appendChild(svg("title", {}, e.label));
      ge.appendChild(svg("text", { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 4, "text-anchor": "middle" }, e.label));
      edges.appendChild(ge);
    }
    const nodes = svg("g", { class: "nodes" });
    for (const n of g.all.nodes) {
      const b = box(n);
      const gn = svg("g", {
        class: "node" + (n.id === focus ? " focus" : "") + (expanded.has(n.id) ? " expanded" : ""),
        transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`,
        "data-id": n.id, "data-class": n.class,
        "data-box": [b.x, b.y, b.w, b.h].map((v) => v.toFixed(1)).join(","),
      });
      gn.appendChild(drawShape(n.class));
      gn.appendChild(svg("text", { y: R + 14, "text-anchor": "middle" }, n.label));
      gn.appendChild(svg("title", {}, n.label + " (" + n.class + ")"));
      gn.addEventListener("click", () => expand(n));
      gn.addEventListener("dblclick", () => { if (n.href) window.location.href = n.href; });
      nodes.appendChild(gn);
    }
    const defs = svg("defs");
    const marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 22, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" });
    marker.appendChild(svg("path", { d: "M0,0L10,5L0,10Z", fill: "#8a96a8" }));
    defs.appendChild(marker);
    root.replaceChildren(defs, edges, nodes);
    root.setAttribute("data-nodes", String(g.all.nodes.length));
    root.setAttribute("data-edges", String(g.all.edges.length));
  }

  async function expand(n) {
    if (expanded.has(n.id)) return;
    expanded.add(n.id);
    const r = await fetch("/api/neighbours?iri=" + encodeURIComponent(n.id));
    if (!r.ok) return;
    const part = await r.json();
    const fresh = add(part, n);
    layout(g.all, fresh.length ? 120 : 0);
    draw();
    fit();
  }

  const legend = document.getElementById("legend");
  if (legend) {
    const classes = [...new Set(g.all.nodes.map((n) => n.class))].sort();
    for (const c of classes) {
      const item = el("span", { class: "legend-item" });
      const icon = svg("svg", { width: 26, height: 26, viewBox: "-13 -13 26 26" });
      icon.appendChild(drawShape(c));
      item.appendChild(icon);
      item.appendChild(document.createTextNode(" " + c));
      legend.appendChild(item);
    }
  }

  draw();
  fit();

  // Pan and zoom.
  let drag = null;
  root.addEventListener("mousedown", (ev) => { drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y }; });
  window.addEventListener("mouseup", () => { drag = null; });
  window.addEventListener("mousemove", (ev) => {
    if (!drag) return;
    const k = view.w / root.getBoundingClientRect().width;
    view.x = drag.vx - (ev.clientX - drag.x) * k;
    view.y = drag.vy - (ev.clientY - drag.y) * k;
    setView();
  });
  root.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const k = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
    const cx = view.x + view.w / 2, cy = view.y + view.h / 2;
    view.w *= k; view.h *= k;
    view.x = cx - view.w / 2; view.y = cy - view.h / 2;
    setView();
  }, { passive: false });
}

// ----------------------------------------------------------------- query
const RESOURCE = "https://w3id.org/racegraph/resource/";
const RESULT_FORMATS = [["JSON", "json"], ["XML", "xml"], ["CSV", "csv"], ["TSV", "tsv"]];
const GRAPH_FORMATS = [["Turtle", "turtle"], ["N-Triples", "ntriples"], ["N-Quads", "nquads"],
  ["TriG", "trig"], ["RDF/XML", "rdfxml"], ["JSON-LD", "jsonld"]];

function cell(t) {
  const td = el("td");
  if (!t) return td;
  if (t.type === "uri") {
    if (t.value.startsWith(RESOURCE)) {
      td.appendChild(el("a", { href: "/resource/" + t.value.slice(RESOURCE.length) }, t.value.slice(RESOURCE.length)));
    } else {
      td.textContent = "<" + t.value + ">";
    }
  } else if (t.type === "bnode") {
    td.textContent = "_:" + t.value;
  } else {
    td.textContent = t.value;
  }
  return td;
}

function setupQuery() {
  const form = document.getElementById("query-form");
  if (!form) return;
  const text = document.getElementById("query");
  const examples = document.getElementById("examples");
  const results = document.getElementById("results");
  const status = document.getElementById("status");
  const downloads = document.getElementById("downloads");
  examples.addEventListener("change", () => { if (examples.value) text.value = examples.value; });

  async function run() {
    status.textContent = "running…";
    results.replaceChildren();
    downloads.replaceChildren();
    const t0 = performance.now();
    const body = new URLSearchParams({ query: text.value });
    let r;
    try {
      r = await fetch("/sparql", {
        method: "POST", body,
        headers: { Accept: "application/sparql-results+json, text/turtle;q=0.9" },
      });
    } catch (e) {
      status.textContent = "the server did not answer";
      return;
    }
    const ms = Math.round(performance.now() - t0);
    if (!r.ok) {
      status.textContent = "";
      results.appendChild(el("p", { class: "error" }, (await r.text()).trim()));
      return;
    }
    const type = r.headers.get("content-type") || "";
    const formats = type.includes("sparql-results") ? RESULT_FORMATS : GRAPH_FORMATS;
    downloads.appendChild(document.createTextNode("Download: "));
    for (const [name, f] of formats) {
      const href = "/sparql?query=" + encodeURIComponent(text.value) + "&format=" + f;
      downloads.appendChild(el("a", { href, download: "results." + f, class: "download" }, name));
    }
    if (type.includes("sparql-results+json")) {
      const data = await r.json();
      if (typeof data.boolean === "boolean") {
        status.textContent = `${ms} ms`;
        results.appendChild(el("p", { class: "boolean" }, String(data.boolean)));
        return;
      }
      const vars = data.head.vars;
      const table = el("table", { class: "results" });
      const head = el("tr");
      for (const v of vars) head.appendChild(el("th", {}, v));
      table.appendChild(el("thead")).appendChild(head);
      const tbody = el("tbody");
      for (const b of data.results.bindings) {
        const tr = el("tr", { class: "row" });
        for (const v of vars) tr.appendChild(cell(b[v]));
        tbody.appendChild(tr);
      }
      table.appendChild(tbody);
      results.appendChild(table);
      const n = data.results.bindings.length;
      status.textContent = `${n} row${n === 1 ? "" : "s"}, ${ms} ms`;
    } else {
      results.appendChild(el("pre", {}, await r.text()));
      status.textContent = `${ms} ms`;
    }
  }

  form.addEventListener("submit", (ev) => { ev.preventDefault(); run(); });
  if (new URLSearchParams(window.location.search).has("query") || text.value.trim()) run();
}

document.addEventListener("DOMContentLoaded", () => {
  setupSearch();
  setupGraph();
  setupQuery();
});
