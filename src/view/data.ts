// What the page draws: the actor projection with display attributes (colour, size, a laid-out
// position) and the events behind each edge. Computed in Node when the page is written, so the
// page opens already laid out and the same graph always gives the same page.
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { SerializedGraph } from 'graphology-types';
import type { Store } from 'oxigraph';
import { cjsDefault } from '../analytics/cjs.js';
import { mapPlaces, type MapPlace } from './places.js';
import { worldMap } from './world-map.js';
import {
  EDGE_COLORS,
  INTERACTION_TYPES,
  NODE_COLORS,
  projectActors,
  type ActorGraph,
  type ActorType,
  type InteractionEvent,
  type InteractionType,
} from '../analytics/index.js';

const forceAtlas2 = cjsDefault(forceAtlas2Module);

/** Node attributes in the page. `type` is left to sigma (its node program), hence `kind`. */
export interface ViewNode {
  label: string;
  fullLabel: string;
  kind: ActorType;
  iri: string;
  aliases: string[];
  degree: number;
  events: number;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Set by the page before re-running ForceAtlas2, to keep a node in place. */
  fixed?: boolean;
}

/** Edge attributes in the page. `type` is sigma's edge program ("arrow" or "line"). */
export interface ViewEdge {
  type: 'arrow' | 'line';
  interaction: InteractionType;
  directed: boolean;
  weight: number;
  size: number;
  color: string;
  events: InteractionEvent[];
}

/** The map tab: country outlines as SVG paths and the linked places (view/places.ts). */
export interface ViewMap {
  width: number;
  height: number;
  countries: Array<{ name: string; d: string }>;
  places: MapPlace[];
}

export type { MapPlace } from './places.js';

export interface ViewData {
  title: string;
  source: string;
  graph: SerializedGraph<ViewNode, ViewEdge>;
  nodeColors: Record<ActorType, string>;
  edgeColors: Record<InteractionType, string>;
  interactionTypes: InteractionType[];
  /** First and last known event day (event date, else the article's full date). */
  dateRange: [string, string] | null;
  /** Absent when the page is drawn from an actor graph alone (no store to read places from). */
  map?: ViewMap;
}

export interface ViewDataOptions {
  title?: string;
  /** Shown in the page header (the graph file name). */
  source?: string;
  /** ForceAtlas2 iterations; default depends on the graph's size. */
  iterations?: number;
}

const LONG_LABEL = 22;

/**
 * A short display label for long names: their shortest capitalised alias ("OTAN" for the long NATO
 * name, "Cédéao", "Conseil de l'UE"), else the name cut with an ellipsis. The panel shows the full name.
 */
export function displayLabel(label: string, aliases: string[]): string {
  if (label.length <= LONG_LABEL) return label;
  const upper = (s: string) => (s.match(/\p{Lu}/gu) ?? []).length;
  const alias = aliases
    .filter((a) => a.length >= 2 && a.length <= LONG_LABEL && /^\p{Lu}/u.test(a))
    .sort((a, b) => a.length - b.length || upper(b) - upper(a) || (a < b ? -1 : a > b ? 1 : 0))[0];
  return alias ?? `${label.slice(0, LONG_LABEL - 1).trimEnd()}…`;
}

/** The day an event is placed on a timeline: its own date, else its article's full date. */
export function eventDay(e: InteractionEvent): string | null {
  if (e.date) return e.date;
  return e.articleDate && /^\d{4}-\d{2}-\d{2}$/.test(e.articleDate) ? e.articleDate : null;
}

type Point = { x: number; y: number };

/** Connected components (direction ignored) of `nodes`, each in `nodes` order, largest first. */
function components(graph: ActorGraph, nodes: string[]): string[][] {
  const seen = new Set<string>();
  const rank = new Map(nodes.map((n, i) => [n, i]));
  const out: string[][] = [];
  for (const start of nodes) {
    if (seen.has(start)) continue;
    const comp: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length) {
      const n = queue.shift()!;
      comp.push(n);
      for (const m of graph.neighbors(n)) {
        if (!seen.has(m)) {
          seen.add(m);
          queue.push(m);
        }
      }
    }
    out.push(comp.sort((a, b) => rank.get(a)! - rank.get(b)!));
  }
  return out.sort((a, b) => b.length - a.length || rank.get(a[0])! - rank.get(b[0])!);
}

/** ForceAtlas2 on one component, seeded with a sunflower spiral (its best-connected nodes in the middle). */
function layoutComponent(graph: ActorGraph, nodes: string[], iterations: number | undefined, total: number): Map<string, Point> {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const copy = new MultiDirectedGraph<Point, { weight: number }>();
  nodes.forEach((node, i) => {
    const r = 10 * Math.sqrt(i + 0.5);
    copy.addNode(node, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
  });
  const inside = new Set(nodes);
  graph.forEachEdge((e, a, s, t) => {
    if (inside.has(s)) copy.addDirectedEdgeWithKey(e, s, t, { weight: a.weight });
  });
  const n = nodes.length;
  const settings = {
    ...forceAtlas2.inferSettings(copy),
    barnesHutOptimize: n > 300,
    gravity: 1,
    scalingRatio: n > 300 ? 10 : 30,
    // Weights grow with repeated events; damped so one busy pair does not collapse onto itself.
    edgeWeightInfluence: 0.5,
    linLogMode: false,
    adjustSizes: false,
  };
  const its = iterations ?? (total <= 200 ? 800 : total <= 1000 ? 300 : 150);
  const result = n < 2 ? { [nodes[0]]: { x: 0, y: 0 } } : forceAtlas2(copy, { iterations: its, settings, getEdgeWeight: 'weight' });
  return new Map(Object.entries(result).map(([k, p]) => [k, { x: p.x, y: p.y }]));
}

/** Rough on-screen width of a node and its label, in pixels (13 px bold sans-serif). */
const LABEL_CHAR_PX = 8;
const VIEW = { width: 1100, height: 620 };

/**
 * Deterministic layout. Each connected group of interacting actors is laid out on its own with
 * ForceAtlas2 (fixed seed positions, fixed iterations), then the groups are packed in rows, the
 * largest first, so separate stories do not pile up in the middle; room is left for the labels,
 * estimated for a page about 1150×700 px. Actors with no interaction are lined up in a grid below,
 * in label order. No randomness anywhere.
 */
export function layoutActors(graph: ActorGraph, iterations?: number, sizeOf: (node: string) => number = () => 8): Map<string, Point> {
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const label = (n: string) => displayLabel(graph.getNodeAttribute(n, 'label'), graph.getNodeAttribute(n, 'aliases'));
  const connected = graph.filterNodes((n) => graph.degree(n) > 0).sort((a, b) => graph.degree(b) - graph.degree(a) || byKey(a, b));
  const isolated = graph.filterNodes((n) => graph.degree(n) === 0).sort((a, b) => byKey(label(a), label(b)) || byKey(a, b));
  const groups = components(graph, connected).map((nodes) => ({ nodes, pos: layoutComponent(graph, nodes, iterations, connected.length) }));
  const labelPx = (n: string) => sizeOf(n) + 6 + LABEL_CHAR_PX * label(n).length;

  // px: graph units per screen pixel. It depends on the packed size, so pack a few times.
  const main = groups[0] ? [...groups[0].pos.values()] : [];
  const spread = main.length ? Math.max(...main.map((p) => p.x)) - Math.min(...main.map((p) => p.x)) : 0;
  let px = Math.max(spread, 1) / 600;
  let positions = new Map<string, Point>();
  for (let pass = 0; pass < 4; pass++) {
    const packed = pack(px);
    positions = packed.positions;
    px = Math.max(packed.width / VIEW.width, packed.height / VIEW.height, 1e-9);
  }

  function pack(px: number): { positions: Map<string, Point>; width: number; height: number } {
    const out = new Map<string, Point>();
    const gap = 36 * px;
    // Boxes in screen-like orientation (y down) including each node's disc and label.
    const boxes = groups.map((g) => {
      let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
      for (const [n, p] of g.pos) {
        const r = sizeOf(n) * px;
        minX = Math.min(minX, p.x - r);
        maxX = Math.max(maxX, p.x + labelPx(n) * px);
        minY = Math.min(minY, -p.y - Math.max(r, 9 * px));
        maxY = Math.max(maxY, -p.y + Math.max(r, 9 * px));
      }
      return { g, minX, minY, w: maxX - minX, h: maxY - minY };
    });
    const cellW = isolated.length ? Math.min(260, Math.max(...isolated.map(labelPx)) + 16) * px : 0;
    const cellH = 26 * px;
    const area = boxes.reduce((s, b) => s + (b.w + gap) * (b.h + gap), 0) + isolated.length * cellW * cellH;
    const rowWidth = Math.max(boxes[0]?.w ?? 0, ((boxes[0]?.h ?? 0) * VIEW.width) / VIEW.height, Math.sqrt((area * VIEW.width) / VIEW.height));
    let x = 0, y = 0, rowHeight = 0, width = 0;
    for (const b of boxes) {
      if (x > 0 && x + b.w > rowWidth) {
        x = 0;
        y += rowHeight + gap;
        rowHeight = 0;
      }
      for (const [n, p] of b.g.pos) out.set(n, { x: x + (p.x - b.minX), y: y + (-p.y - b.minY) });
      x += b.w + gap;
      width = Math.max(width, x - gap);
      rowHeight = Math.max(rowHeight, b.h);
    }
    let height = y + rowHeight;
    if (isolated.length) {
      const groupsHeight = height;
      if (boxes.length) height += 2 * gap;
      let w = cellW;
      let h = cellH;
      let columns = Math.max(1, Math.floor(Math.max(width, rowWidth, 4 * w) / w), Math.ceil(Math.sqrt(isolated.length / 3)));
      // Many idle actors must not crowd out the drawing: past a third of its height, the grid
      // tightens (labels then give way, as sigma hides those that collide).
      const rows = Math.ceil(isolated.length / columns);
      if (boxes.length && rows * h > groupsHeight / 3) {
        const squeeze = Math.sqrt(groupsHeight / 3 / (rows * h));
        w *= squeeze;
        h *= squeeze;
        columns = Math.max(columns, Math.floor(Math.max(width, rowWidth) / w));
      }
      isolated.forEach((n, i) => out.set(n, { x: (i % columns) * w + sizeOf(n) * px, y: height + Math.floor(i / columns) * h }));
      width = Math.max(width, Math.min(columns, isolated.length) * w);
      height += Math.ceil(isolated.length / columns) * h;
    }
    return { positions: out, width, height };
  }

  if (connected.length <= 300) separateLabels(connected, positions, (n) => sizeOf(n) * px, (n) => labelPx(n) * px, 10 * px);

  // Sigma's y axis points up.
  return new Map([...positions].map(([n, p]) => [n, { x: round(p.x), y: round(-p.y) }]));
}

/**
 * Nudges nodes apart where a node and its label (drawn to its right) would cover another's, along
 * the axis that needs the smaller move, for a bounded number of sweeps. Deterministic: pairs are
 * visited in a fixed order. Positions are y-down here.
 */
function separateLabels(
  nodes: string[],
  positions: Map<string, Point>,
  radius: (n: string) => number,
  labelWidth: (n: string) => number,
  halfHeight: number,
): void {
  const box = (n: string) => {
    const p = positions.get(n)!;
    const r = radius(n);
    const h = Math.max(r, halfHeight);
    return { left: p.x - r, right: p.x + labelWidth(n), top: p.y - h, bottom: p.y + h };
  };
  for (let sweep = 0; sweep < 60; sweep++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = box(nodes[i]);
        const b = box(nodes[j]);
        const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (dx <= 0 || dy <= 0) continue;
        const pa = positions.get(nodes[i])!;
        const pb = positions.get(nodes[j])!;
        if (dy <= dx) {
          const dir = pa.y <= pb.y ? 1 : -1;
          pa.y -= (dir * dy) / 2 + dir * 0.01 * halfHeight;
          pb.y += (dir * dy) / 2 + dir * 0.01 * halfHeight;
        } else {
          const dir = pa.x <= pb.x ? 1 : -1;
          pa.x -= (dir * dx) / 2;
          pb.x += (dir * dx) / 2;
        }
        moved = true;
      }
    }
    if (!moved) break;
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function buildViewData(store: Store, opts: ViewDataOptions = {}): ViewData {
  const graph = projectActors(store);
  const world = worldMap();
  return { ...viewDataOf(graph, opts), map: { ...world, places: mapPlaces(store) } };
}

export function viewDataOf(graph: ActorGraph, opts: ViewDataOptions = {}): ViewData {
  const maxDegree = Math.max(1, ...graph.mapNodes((n) => graph.degree(n)));
  const sizeOf = (n: string) => round(5 + 13 * Math.sqrt(graph.degree(n) / maxDegree));
  const positions = layoutActors(graph, opts.iterations, sizeOf);
  const nodes: SerializedGraph<ViewNode, ViewEdge>['nodes'] = graph.mapNodes((node, a) => {
    const degree = graph.degree(node);
    const p = positions.get(node)!;
    return {
      key: node,
      attributes: {
        label: displayLabel(a.label, a.aliases),
        fullLabel: a.label,
        kind: a.type,
        iri: a.iri,
        aliases: a.aliases,
        degree,
        events: graph.reduceEdges(node, (s, _e, e) => s + e.weight, 0),
        x: p.x,
        y: p.y,
        size: sizeOf(node),
        color: NODE_COLORS[a.type],
      },
    };
  });
  const days: string[] = [];
  const edges: SerializedGraph<ViewNode, ViewEdge>['edges'] = graph.mapEdges((edge, a, source, target) => {
    for (const e of a.events) {
      const d = eventDay(e);
      if (d) days.push(d);
    }
    return {
      key: edge,
      source,
      target,
      attributes: {
        type: a.directed ? 'arrow' : 'line',
        interaction: a.type,
        directed: a.directed,
        weight: a.weight,
        size: round(2.5 + 1.5 * Math.log2(a.weight)),
        color: EDGE_COLORS[a.type],
        events: a.events,
      },
    };
  });
  days.sort();
  return {
    title: opts.title ?? 'newskg — who did what to whom',
    source: opts.source ?? '',
    graph: { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: {}, nodes, edges },
    nodeColors: { ...NODE_COLORS },
    edgeColors: { ...EDGE_COLORS },
    interactionTypes: [...INTERACTION_TYPES],
    dateRange: days.length ? [days[0], days[days.length - 1]] : null,
  };
}
