// The map tab: the world as SVG paths (projected in Node, world-map.ts) and each linked place as
// a circle whose area grows with its events. Plain SVG built in the page: no map library, no tile
// server, no request.
import type { MapPlace, ViewMap } from '../data.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** Circle radius in map units: area proportional to the events, a place with none still visible. */
export function placeRadius(events: number): number {
  return 2.5 + 2.2 * Math.sqrt(events);
}

export interface MapView {
  /** Places drawn, by IRI. */
  circles: Map<string, SVGCircleElement>;
}

/**
 * Draws the map into `box`; `open` is called with a place when its circle is clicked (the page
 * shows it in the side panel).
 */
export function drawMap(box: HTMLElement, map: ViewMap, open: (p: MapPlace) => void): MapView {
  const root = svg('svg', { viewBox: `0 0 ${map.width} ${map.height}`, role: 'img', 'aria-label': 'Places of the events on a world map' });
  root.appendChild(svg('rect', { x: 0, y: 0, width: map.width, height: map.height, class: 'sea' }));
  const land = svg('g', { class: 'countries' });
  for (const c of map.countries) {
    const p = svg('path', { d: c.d });
    const t = svg('title');
    t.textContent = c.name;
    p.appendChild(t);
    land.appendChild(p);
  }
  root.appendChild(land);
  const layer = svg('g', { class: 'places' });
  const circles = new Map<string, SVGCircleElement>();
  // Largest first, so a small place is drawn over a large neighbour and stays clickable.
  for (const p of [...map.places].sort((a, b) => b.events - a.events || (a.label < b.label ? -1 : 1))) {
    const g = svg('g', { class: 'place', 'data-place': p.iri, tabindex: 0 });
    const c = svg('circle', { cx: p.x, cy: p.y, r: placeRadius(p.events), 'data-events': p.events });
    const t = svg('title');
    t.textContent = `${p.label}: ${p.events} event${p.events === 1 ? '' : 's'}`;
    c.appendChild(t);
    const label = svg('text', { x: p.x + placeRadius(p.events) + 1.5, y: p.y + 3 });
    label.textContent = p.label;
    g.append(c, label);
    g.addEventListener('click', () => open(p));
    g.addEventListener('keydown', (ev) => {
      if ((ev as KeyboardEvent).key === 'Enter') open(p);
    });
    layer.appendChild(g);
    circles.set(p.iri, c);
  }
  root.appendChild(layer);
  box.appendChild(root);
  if (map.places.length === 0) {
    const note = document.createElement('p');
    note.className = 'map-note';
    note.textContent = 'No place of this graph is linked to coordinates.';
    box.appendChild(note);
  }
  return { circles };
}
