// The page script of `newskg view`, bundled by esbuild into the HTML file. It reads the graph
// inlined as JSON, draws it with sigma.js and wires the search box, filters, side panel and
// timeline. Everything it needs is in the page: it makes no request.
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { Sigma } from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { cjsDefault } from '../../analytics/cjs.js';
import type { ActorType, InteractionEvent, InteractionType } from '../../analytics/project.js';
import type { MapPlace, ViewData, ViewEdge, ViewNode } from '../data.js';
import { drawMap, type MapView } from './map.js';

type Graph = MultiDirectedGraph<ViewNode, ViewEdge>;

const forceAtlas2 = cjsDefault(forceAtlas2Module);

interface Filters {
  types: Set<InteractionType>;
  from: string;
  to: string;
  undated: boolean;
}

interface PageState {
  hovered: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  filters: Filters;
}

declare global {
  interface Window {
    __newskg: {
      data: ViewData;
      graph: Graph;
      renderer: Sigma<ViewNode, ViewEdge>;
      state: PageState;
      selectNode(node: string | null): void;
      selectEdge(edge: string | null): void;
      setFilters(f: Partial<{ types: InteractionType[]; from: string; to: string; undated: boolean }>): void;
      /** Where a node is drawn, in page (CSS pixel) coordinates. */
      nodePagePosition(node: string): { x: number; y: number } | null;
      findActors(text: string): string[];
      /** The map tab's drawing (null when the page has no map data). */
      map: MapView | null;
      showTab(tab: 'network' | 'map'): void;
      openPlace(iri: string): void;
    };
  }
}

// Seen from the actor in the panel: what it did (out), what was done to it (in), or mutual.
const VERB_OUT: Record<InteractionType, string> = {
  accused: 'accused',
  demanded: 'demanded of',
  warned: 'warned',
  refused: 'refused',
  proposed: 'proposed to',
  met: 'met',
};
const VERB_IN: Record<InteractionType, string> = {
  accused: 'accused by',
  demanded: 'demand from',
  warned: 'warned by',
  refused: 'refused by',
  proposed: 'proposal from',
  met: 'met',
};
const KIND_LABEL: Record<ActorType, string> = { Person: 'person', Organization: 'organization', Country: 'country' };
const FADED = '#dcdfe3';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

function byId<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`missing #${id}`);
  return e as T;
}

/** Case-, accent- and punctuation-insensitive form, dropping French elisions ("l'Otan" → "otan"). */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(?:l|d|qu|j|n|s|c|m|t)['’ʼ`]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function eventDay(e: InteractionEvent): string | null {
  if (e.date) return e.date;
  return e.articleDate && /^\d{4}-\d{2}-\d{2}$/.test(e.articleDate) ? e.articleDate : null;
}

function main(): void {
  const data = JSON.parse(byId('newskg-data').textContent ?? '{}') as ViewData;
  const graph: Graph = new MultiDirectedGraph<ViewNode, ViewEdge>();
  graph.import(data.graph);

  const state: PageState = {
    hovered: null,
    selectedNode: null,
    selectedEdge: null,
    filters: { types: new Set(data.interactionTypes), from: data.dateRange?.[0] ?? '', to: data.dateRange?.[1] ?? '', undated: true },
  };

  // ---- filtering -------------------------------------------------------------------------
  const passes = (e: InteractionEvent, type: InteractionType): boolean => {
    const f = state.filters;
    if (!f.types.has(type)) return false;
    const day = eventDay(e);
    if (!day) return f.undated;
    return (!f.from || day >= f.from) && (!f.to || day <= f.to);
  };
  const filtersActive = (): boolean => {
    const f = state.filters;
    return f.types.size < data.interactionTypes.length || !f.undated || f.from !== (data.dateRange?.[0] ?? '') || f.to !== (data.dateRange?.[1] ?? '');
  };
  let visibleWeight = new Map<string, number>();
  let hiddenNodes = new Set<string>();
  const recompute = () => {
    visibleWeight = new Map();
    graph.forEachEdge((edge, a) => visibleWeight.set(edge, a.events.filter((e) => passes(e, a.interaction)).length));
    hiddenNodes = new Set();
    if (filtersActive()) {
      graph.forEachNode((node) => {
        if (!graph.someEdge(node, (edge) => (visibleWeight.get(edge) ?? 0) > 0)) hiddenNodes.add(node);
      });
    }
  };
  recompute();

  const focusNode = () => state.hovered ?? state.selectedNode;
  let focusSet = new Set<string>();
  const updateFocus = () => {
    const f = focusNode();
    focusSet = new Set();
    if (!f) return;
    focusSet.add(f);
    graph.forEachEdge(f, (edge, _a, s, t) => {
      if ((visibleWeight.get(edge) ?? 0) > 0) focusSet.add(s === f ? t : s);
    });
  };

  const container = byId('graph');
  let renderer!: Sigma<ViewNode, ViewEdge>;
  const refresh = () => {
    updateFocus();
    renderer.refresh();
  };

  // ---- side panel ------------------------------------------------------------------------
  const panel = byId('panel');
  // The stage shrinks beside the open panel (the ResizeObserver below refits the drawing).
  new MutationObserver(() => panel.parentElement?.classList.toggle('panel-open', !panel.hidden)).observe(panel, { attributes: true, attributeFilter: ['hidden'] });
  const panelBody = byId('panel-body');
  byId('panel-close').addEventListener('click', () => selectNode(null));

  const nodeLink = (node: string) => {
    const a = el('a', { href: '#', class: 'actor', 'data-node': node }, graph.getNodeAttribute(node, 'fullLabel'));
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      selectNode(node, true);
    });
    return a;
  };

  const badge = (type: InteractionType, text: string) => {
    const b = el('span', { class: 'badge' }, text);
    b.style.background = data.edgeColors[type];
    return b;
  };

  const eventItem = (e: InteractionEvent, type: InteractionType, head: Array<Node | string>) =>
    el(
      'li',
      { class: 'event', 'data-interaction': type, 'data-event': e.iri },
      el('div', { class: 'event-head' }, ...head, el('span', { class: 'date' }, eventDay(e) ?? 'undated')),
      ...(e.topic ? [el('div', { class: 'topic' }, e.topic)] : []),
      // One quotation per article that reports the event.
      ...e.reports.flatMap((r) => [
        el('blockquote', { class: 'evidence' }, r.sentence),
        el('div', { class: 'article' }, r.articleTitle ? `${r.articleTitle} — ` : '', el('code', {}, r.source)),
      ]),
    );

  function showNodePanel(node: string) {
    const a = graph.getNodeAttributes(node);
    const items: Array<{ day: string; li: HTMLLIElement }> = [];
    let total = 0;
    graph.forEachEdge(node, (edge, attrs, s, t) => {
      const other = s === node ? t : s;
      const verb = !attrs.directed ? VERB_OUT[attrs.interaction] : s === node ? VERB_OUT[attrs.interaction] : VERB_IN[attrs.interaction];
      for (const e of attrs.events) {
        total++;
        if (!passes(e, attrs.interaction)) continue;
        items.push({ day: eventDay(e) ?? '9999', li: eventItem(e, attrs.interaction, [badge(attrs.interaction, verb), ' ', nodeLink(other), ' ']) });
      }
      void edge;
    });
    items.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
    const aliases = a.aliases.filter((x) => x !== a.fullLabel);
    const kind = el('span', { class: 'kind' }, KIND_LABEL[a.kind]);
    kind.style.background = data.nodeColors[a.kind];
    panelBody.replaceChildren(
      el('h2', {}, a.fullLabel, ' ', kind),
      ...(aliases.length ? [el('p', { class: 'aliases' }, `Also: ${aliases.join(', ')}`)] : []),
      el('p', { class: 'counts' }, `${graph.neighbors(node).length} counterpart(s) · ${items.length} of ${total} event(s) shown`),
      items.length ? el('ol', { class: 'events' }, ...items.map((i) => i.li)) : el('p', { class: 'empty' }, 'No interaction passes the current filters.'),
    );
    panel.hidden = false;
    panel.dataset.node = node;
    delete panel.dataset.edge;
  }

  function showEdgePanel(edge: string) {
    const [s, t] = graph.extremities(edge);
    const lists: HTMLElement[] = [];
    let shown = 0;
    const between = [...graph.outEdges(s, t), ...graph.outEdges(t, s)];
    // The clicked edge first, then the other interactions between the same two actors.
    between.sort((x, y) => (x === edge ? -1 : y === edge ? 1 : x < y ? -1 : 1));
    for (const e of between) {
      const attrs = graph.getEdgeAttributes(e);
      const [src, tgt] = graph.extremities(e);
      const evs = attrs.events.filter((ev) => passes(ev, attrs.interaction));
      shown += evs.length;
      if (!evs.length) continue;
      const head = attrs.directed
        ? [nodeLink(src), ' ', badge(attrs.interaction, VERB_OUT[attrs.interaction]), ' ', nodeLink(tgt)]
        : [nodeLink(src), ' ', badge(attrs.interaction, 'met'), ' ', nodeLink(tgt)];
      lists.push(
        el('h3', { 'data-edge': e }, ...head, ` (${evs.length})`),
        el('ol', { class: 'events' }, ...evs.map((ev) => eventItem(ev, attrs.interaction, []))),
      );
    }
    panelBody.replaceChildren(
      el('h2', {}, `${graph.getNodeAttribute(s, 'label')} ↔ ${graph.getNodeAttribute(t, 'label')}`),
      el('p', { class: 'counts' }, `${shown} event(s) between them`),
      ...lists,
    );
    panel.hidden = false;
    panel.dataset.edge = edge;
    delete panel.dataset.node;
  }

  function selectNode(node: string | null, focusCamera = false) {
    state.selectedNode = node;
    state.selectedEdge = null;
    if (node) {
      showNodePanel(node);
      if (focusCamera) {
        const d = renderer.getNodeDisplayData(node);
        if (d) void renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 400 });
      }
    } else {
      panel.hidden = true;
      delete panel.dataset.node;
      delete panel.dataset.edge;
      delete panel.dataset.place;
    }
    refresh();
  }

  function selectEdge(edge: string | null) {
    state.selectedNode = null;
    state.selectedEdge = edge;
    if (edge) showEdgePanel(edge);
    else panel.hidden = true;
    refresh();
  }

  const rerenderPanel = () => {
    if (state.selectedNode) showNodePanel(state.selectedNode);
    else if (state.selectedEdge) showEdgePanel(state.selectedEdge);
  };

  // ---- search ----------------------------------------------------------------------------
  const index = graph.mapNodes((node, a) => ({
    node,
    label: a.fullLabel,
    names: [...new Set([a.fullLabel, a.label, ...a.aliases].map(normalize))].filter((n) => n !== ''),
    degree: a.degree,
  }));
  const findActors = (text: string): string[] => {
    const q = normalize(text);
    if (!q) return [];
    const words = q.split(' ');
    const scored: Array<{ node: string; score: number; label: string; degree: number }> = [];
    for (const entry of index) {
      let best = 0;
      for (const name of entry.names) {
        const nw = name.split(' ');
        const s = name === q ? 4 : words.every((w) => nw.includes(w)) ? 3 : words.every((w) => nw.some((x) => x.startsWith(w))) ? 2 : name.includes(q) ? 1 : 0;
        best = Math.max(best, s);
      }
      if (best > 0) scored.push({ node: entry.node, score: best, label: entry.label, degree: entry.degree });
    }
    scored.sort((a, b) => b.score - a.score || b.degree - a.degree || (a.label < b.label ? -1 : 1));
    return scored.map((s) => s.node);
  };
  const search = byId<HTMLInputElement>('search');
  const suggestions = byId<HTMLUListElement>('suggestions');
  let current: string[] = [];
  const pick = (node: string) => {
    search.value = graph.getNodeAttribute(node, 'fullLabel');
    suggestions.replaceChildren();
    selectNode(node, true);
  };
  search.addEventListener('input', () => {
    current = findActors(search.value).slice(0, 8);
    suggestions.replaceChildren(
      ...current.map((node) => {
        const a = graph.getNodeAttributes(node);
        const li = el('li', { 'data-node': node }, a.fullLabel, el('span', { class: 'muted' }, ` ${KIND_LABEL[a.kind]}`));
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          pick(node);
        });
        return li;
      }),
    );
    if (search.value.trim() && current.length === 0) suggestions.replaceChildren(el('li', { class: 'muted' }, 'No actor by that name'));
  });
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && current[0]) pick(current[0]);
    if (ev.key === 'Escape') {
      suggestions.replaceChildren();
      search.blur();
    }
  });
  search.addEventListener('blur', () => setTimeout(() => suggestions.replaceChildren(), 150));

  // ---- legend and filters ----------------------------------------------------------------
  const legend = byId('legend');
  const nodeLegend = el('div', { class: 'legend-group' }, el('h4', {}, 'Actors'));
  for (const kind of Object.keys(data.nodeColors) as ActorType[]) {
    const dot = el('span', { class: 'dot' });
    dot.style.background = data.nodeColors[kind];
    nodeLegend.append(el('div', { class: 'legend-row' }, dot, KIND_LABEL[kind]));
  }
  nodeLegend.append(el('div', { class: 'legend-note' }, 'size: number of interactions'));
  const edgeLegend = el('div', { class: 'legend-group' }, el('h4', {}, 'Interactions'));
  const typeCounts = new Map<InteractionType, number>();
  graph.forEachEdge((_e, a) => typeCounts.set(a.interaction, (typeCounts.get(a.interaction) ?? 0) + a.events.length));
  for (const type of data.interactionTypes) {
    const box = el('input', { type: 'checkbox', 'data-type': type });
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) state.filters.types.add(type);
      else state.filters.types.delete(type);
      applyFilters();
    });
    const line = el('span', { class: 'line' + (type === 'met' ? '' : ' arrow') });
    line.style.background = data.edgeColors[type];
    line.style.setProperty('--c', data.edgeColors[type]);
    edgeLegend.append(el('label', { class: 'legend-row' }, box, line, `${type === 'met' ? 'met (no direction)' : `${type} →`} `, el('span', { class: 'muted' }, `(${typeCounts.get(type) ?? 0})`)));
  }
  const dates = el('div', { class: 'legend-group' }, el('h4', {}, 'Dates'));
  const from = el('input', { type: 'date', id: 'date-from' });
  const to = el('input', { type: 'date', id: 'date-to' });
  const undated = el('input', { type: 'checkbox', id: 'undated' });
  undated.checked = true;
  if (data.dateRange) {
    for (const input of [from, to]) {
      input.min = data.dateRange[0];
      input.max = data.dateRange[1];
    }
    from.value = data.dateRange[0];
    to.value = data.dateRange[1];
  } else {
    from.disabled = true;
    to.disabled = true;
  }
  from.addEventListener('change', () => {
    state.filters.from = from.value;
    applyFilters();
  });
  to.addEventListener('change', () => {
    state.filters.to = to.value;
    applyFilters();
  });
  undated.addEventListener('change', () => {
    state.filters.undated = undated.checked;
    applyFilters();
  });
  const reset = el('button', { type: 'button', id: 'reset-filters' }, 'Reset filters');
  reset.addEventListener('click', () => setFilters({ types: data.interactionTypes, from: data.dateRange?.[0] ?? '', to: data.dateRange?.[1] ?? '', undated: true }));
  dates.append(
    el('label', { class: 'legend-row' }, 'from ', from),
    el('label', { class: 'legend-row' }, 'to ', to),
    el('label', { class: 'legend-row' }, undated, 'include undated events'),
    reset,
  );
  const relayout = el('button', { type: 'button', id: 'relayout', title: 'Run 100 more ForceAtlas2 iterations in the page' }, 'Re-run layout');
  relayout.addEventListener('click', () => {
    // Actors without interactions keep their place in the grid; the others move.
    graph.forEachNode((node, a) => graph.setNodeAttribute(node, 'fixed', a.degree === 0));
    forceAtlas2.assign(graph, { iterations: 100, settings: { ...forceAtlas2.inferSettings(graph), gravity: 0.5 }, getEdgeWeight: 'weight' });
  });
  legend.append(nodeLegend, edgeLegend, dates, relayout);

  function setFilters(f: Partial<{ types: InteractionType[]; from: string; to: string; undated: boolean }>) {
    if (f.types) state.filters.types = new Set(f.types);
    if (f.from !== undefined) state.filters.from = f.from;
    if (f.to !== undefined) state.filters.to = f.to;
    if (f.undated !== undefined) state.filters.undated = f.undated;
    for (const box of legend.querySelectorAll<HTMLInputElement>('input[data-type]')) box.checked = state.filters.types.has(box.dataset.type as InteractionType);
    from.value = state.filters.from;
    to.value = state.filters.to;
    undated.checked = state.filters.undated;
    applyFilters();
  }

  function applyFilters() {
    recompute();
    if (state.selectedNode && hiddenNodes.has(state.selectedNode)) state.selectedNode = null;
    if (state.selectedEdge && (visibleWeight.get(state.selectedEdge) ?? 0) === 0) state.selectedEdge = null;
    if (!state.selectedNode && !state.selectedEdge) panel.hidden = true;
    rerenderPanel();
    drawTimeline();
    refresh();
  }

  // ---- timeline --------------------------------------------------------------------------
  const timeline = byId('timeline');
  const uniqueEvents: Array<{ e: InteractionEvent; type: InteractionType }> = [];
  {
    const seen = new Set<string>();
    graph.forEachEdge((_edge, a) => {
      for (const e of a.events) {
        if (seen.has(e.iri)) continue;
        seen.add(e.iri);
        uniqueEvents.push({ e, type: a.interaction });
      }
    });
  }
  const dayMs = 86_400_000;
  const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  function drawTimeline() {
    const f = state.filters;
    const dated = uniqueEvents.filter((x) => f.types.has(x.type) && eventDay(x.e));
    const undatedCount = uniqueEvents.filter((x) => f.types.has(x.type) && !eventDay(x.e)).length;
    const caption = el('div', { class: 'timeline-caption' }, `Events by date · ${dated.length} dated, ${undatedCount} undated`);
    if (!data.dateRange || dated.length === 0) {
      timeline.replaceChildren(caption);
      return;
    }
    const start = Date.parse(data.dateRange[0]);
    const end = Date.parse(data.dateRange[1]);
    const spanDays = Math.round((end - start) / dayMs) + 1;
    // Day bins for short ranges, otherwise as many equal bins as fit.
    const binDays = Math.max(1, Math.ceil(spanDays / 120));
    const bins = Math.ceil(spanDays / binDays);
    const counts: Array<Map<InteractionType, number>> = Array.from({ length: bins }, () => new Map());
    for (const x of dated) {
      const i = Math.min(bins - 1, Math.floor((Date.parse(eventDay(x.e)!) - start) / dayMs / binDays));
      counts[i].set(x.type, (counts[i].get(x.type) ?? 0) + 1);
    }
    const max = Math.max(1, ...counts.map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
    const NS = 'http://www.w3.org/2000/svg';
    const W = 1000;
    const H = 44;
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${W} ${H + 14}`);
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('id', 'timeline-svg');
    const bw = W / bins;
    counts.forEach((m, i) => {
      const binStart = toDay(start + i * binDays * dayMs);
      const binEnd = toDay(Math.min(end, start + ((i + 1) * binDays - 1) * dayMs));
      const inRange = (!f.from || binEnd >= f.from) && (!f.to || binStart <= f.to);
      let y = H;
      const total = [...m.values()].reduce((a, b) => a + b, 0);
      const g = document.createElementNS(NS, 'g');
      g.setAttribute('class', 'bin');
      const hit = document.createElementNS(NS, 'rect');
      hit.setAttribute('x', String(i * bw));
      hit.setAttribute('y', '0');
      hit.setAttribute('width', String(bw));
      hit.setAttribute('height', String(H));
      hit.setAttribute('fill', inRange ? 'transparent' : 'rgba(0,0,0,0.04)');
      g.append(hit);
      for (const type of data.interactionTypes) {
        const c = m.get(type) ?? 0;
        if (!c) continue;
        const h = (c / max) * (H - 4);
        y -= h;
        const r = document.createElementNS(NS, 'rect');
        r.setAttribute('x', String(i * bw + bw * 0.1));
        r.setAttribute('y', String(y));
        r.setAttribute('width', String(Math.max(1, bw * 0.8)));
        r.setAttribute('height', String(h));
        r.setAttribute('fill', data.edgeColors[type]);
        r.setAttribute('opacity', inRange ? '1' : '0.25');
        g.append(r);
      }
      const title = document.createElementNS(NS, 'title');
      title.textContent = `${binStart === binEnd ? binStart : `${binStart} – ${binEnd}`}: ${total} event(s)`;
      g.append(title);
      g.addEventListener('click', () => setFilters({ from: binStart, to: binEnd }));
      svg.append(g);
    });
    for (const [x, label, anchor] of [
      [0, data.dateRange[0], 'start'],
      [W, data.dateRange[1], 'end'],
    ] as const) {
      const t = document.createElementNS(NS, 'text');
      t.setAttribute('x', String(x));
      t.setAttribute('y', String(H + 12));
      t.setAttribute('text-anchor', anchor);
      t.setAttribute('class', 'axis');
      t.textContent = label;
      svg.append(t);
    }
    timeline.replaceChildren(caption, svg);
  }
  drawTimeline();

  // ---- renderer (created last, once the layout around its container is final) --------------------------------------------------------------------------
  renderer = new Sigma<ViewNode, ViewEdge>(graph, container, {
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    defaultEdgeType: 'arrow',
    zIndex: true,
    stagePadding: 40,
    labelFont: '"DejaVu Sans", "Helvetica Neue", Arial, sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelColor: { color: '#1d2329' },
    // Small graphs show every label; large ones let sigma's label grid thin them out.
    labelDensity: graph.order <= 150 ? 4 : 1,
    labelGridCellSize: graph.order <= 150 ? 40 : 80,
    labelRenderedSizeThreshold: 5,
    minCameraRatio: 0.03,
    maxCameraRatio: 8,
    nodeReducer: (node, attrs) => {
      const res: Partial<NodeDisplayData> = { ...attrs };
      if (hiddenNodes.has(node)) res.hidden = true;
      const f = focusNode();
      if (f) {
        if (focusSet.has(node)) {
          res.forceLabel = true;
          res.zIndex = 2;
        } else {
          res.color = FADED;
          res.label = '';
          res.zIndex = 0;
        }
      }
      if (node === state.selectedNode) res.highlighted = true;
      if (state.selectedEdge && graph.hasExtremity(state.selectedEdge, node)) {
        res.highlighted = true;
        res.forceLabel = true;
      }
      return res;
    },
    edgeReducer: (edge, attrs) => {
      const res: Partial<EdgeDisplayData> = { ...attrs };
      const w = visibleWeight.get(edge) ?? 0;
      if (w === 0) {
        res.hidden = true;
        return res;
      }
      res.size = 2.5 + 1.5 * Math.log2(w);
      const f = focusNode();
      if (f && !graph.hasExtremity(edge, f)) {
        res.color = '#eceef0';
        res.zIndex = 0;
      } else {
        res.zIndex = 1;
      }
      if (state.selectedEdge) {
        const [s, t] = graph.extremities(state.selectedEdge);
        if (graph.hasExtremity(edge, s) && graph.hasExtremity(edge, t)) {
          res.zIndex = 3;
          res.size = (res.size ?? 1) + 1.5;
        }
      }
      return res;
    },
  });

  renderer.on('enterNode', ({ node }) => {
    state.hovered = node;
    container.style.cursor = 'pointer';
    refresh();
  });
  renderer.on('leaveNode', () => {
    state.hovered = null;
    container.style.cursor = '';
    refresh();
  });
  renderer.on('enterEdge', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveEdge', () => (container.style.cursor = ''));
  renderer.on('clickNode', ({ node }) => selectNode(node));
  renderer.on('clickEdge', ({ edge }) => selectEdge(edge));
  renderer.on('clickStage', () => {
    selectNode(null);
  });

  // Sigma only follows window resizes; the panel, fonts or the timeline can also resize the stage.
  new ResizeObserver(() => renderer.refresh()).observe(container);

  // ---- map tab ---------------------------------------------------------------------------
  const mapBox = byId('map');
  let mapView: MapView | null = null;
  const placeByIri = new Map((data.map?.places ?? []).map((p) => [p.iri, p]));
  const openPlace = (p: MapPlace) => {
    state.selectedNode = null;
    state.selectedEdge = null;
    panelBody.replaceChildren(
      el('h2', {}, p.label, ' ', el('span', { class: 'kind', style: 'background:#d64541' }, 'place')),
      el('div', { class: 'counts' }, `${p.events} event${p.events === 1 ? '' : 's'} · ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`, ...(p.geonames ? [' · GeoNames ', el('code', {}, p.geonames.replace(/^https:\/\/sws\.geonames\.org\/|\/$/g, ''))] : [])),
      el('h3', {}, 'Events here'),
      el(
        'ol',
        { class: 'events' },
        ...p.list.map((e) =>
          el(
            'li',
            { class: 'event', 'data-type': e.type },
            el('div', { class: 'event-head' }, el('strong', {}, e.type), el('span', { class: 'date' }, e.date ?? 'undated')),
            ...(e.topic ? [el('div', { class: 'topic' }, e.topic)] : []),
            el('blockquote', { class: 'evidence' }, e.evidence),
          ),
        ),
      ),
    );
    panel.hidden = false;
    panel.dataset.place = p.iri;
    delete panel.dataset.node;
    delete panel.dataset.edge;
    mapBox.querySelectorAll('.place.selected').forEach((g) => g.classList.remove('selected'));
    mapBox.querySelector(`.place[data-place="${CSS.escape(p.iri)}"]`)?.classList.add('selected');
  };
  const showTab = (tab: 'network' | 'map') => {
    if (tab === 'map' && !mapView && data.map) mapView = drawMap(mapBox, data.map, openPlace);
    mapBox.hidden = tab !== 'map';
    document.querySelectorAll<HTMLButtonElement>('#tabs button').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === tab)));
    document.body.dataset.tab = tab;
  };
  document.querySelectorAll<HTMLButtonElement>('#tabs button').forEach((b) => b.addEventListener('click', () => showTab(b.dataset.tab === 'map' ? 'map' : 'network')));
  if (!data.map) byId('tabs').hidden = true;

  byId('stats').textContent = `${graph.order} actors · ${graph.size} interactions · ${uniqueEvents.length} events`;

  window.__newskg = {
    data,
    graph,
    renderer,
    state,
    selectNode: (n) => selectNode(n, true),
    selectEdge,
    setFilters,
    nodePagePosition: (node) => {
      const d = renderer.getNodeDisplayData(node);
      if (!d) return null;
      const p = renderer.framedGraphToViewport({ x: d.x, y: d.y });
      const rect = container.getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    findActors,
    get map() {
      return mapView;
    },
    showTab,
    openPlace: (iri) => {
      const p = placeByIri.get(iri);
      if (p) openPlace(p);
    },
  };
  document.body.dataset.tab = 'network';
  document.body.dataset.ready = 'true';
}

try {
  main();
} catch (err) {
  const box = document.getElementById('graph');
  if (box) box.textContent = `This page could not draw the graph: ${(err as Error).message}`;
  document.body.dataset.ready = 'error';
  throw err;
}
