// The world drawn as SVG paths, from the Natural Earth country outlines the world-atlas package
// ships (TopoJSON, 1:110 million): projected here, once per process, so the page carries plain
// path data and needs no map library and no tile server.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Equirectangular projection onto a WIDTH × HEIGHT box: longitude −180…180, latitude 90…−90. */
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 500;

export function project(lat: number, lon: number): [number, number] {
  return [round(((lon + 180) / 360) * MAP_WIDTH), round(((90 - lat) / 180) * MAP_HEIGHT)];
}

const round = (v: number) => Math.round(v * 10) / 10;

interface Topology {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: Array<Array<[number, number]>>;
  objects: { countries: { geometries: Array<{ type: string; arcs: unknown; properties?: { name?: string } }> } };
}

export interface WorldMap {
  width: number;
  height: number;
  /** One SVG path per country outline (`d` attribute), with its English name. */
  countries: Array<{ name: string; d: string }>;
}

let cached: WorldMap | null = null;

export function worldMap(): WorldMap {
  return (cached ??= build());
}

function build(): WorldMap {
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  // Arcs are delta-encoded, quantized positions: decoded once into longitude/latitude pairs.
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty] as [number, number];
    });
  });
  const ring = (indexes: number[]): Array<[number, number]> => {
    const points: Array<[number, number]> = [];
    for (const i of indexes) {
      const arc = i >= 0 ? arcs[i] : [...arcs[~i]].reverse();
      // Consecutive arcs share their end point.
      points.push(...(points.length > 0 ? arc.slice(1) : arc));
    }
    return points;
  };
  const path = (rings: number[][]) =>
    rings
      .map((r) => {
        let d = '';
        let prevLon: number | null = null;
        for (const [lon, lat] of ring(r)) {
          const [x, y] = project(lat, lon);
          // A ring crossing the antimeridian is broken there instead of striped across the map.
          d += `${prevLon === null || Math.abs(lon - prevLon) > 180 ? 'M' : 'L'}${x},${y}`;
          prevLon = lon;
        }
        return `${d}Z`;
      })
      .join('');
  const countries = topo.objects.countries.geometries
    .filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon')
    .map((g) => ({
      name: g.properties?.name ?? '',
      d: g.type === 'Polygon' ? path(g.arcs as number[][]) : (g.arcs as number[][][]).map(path).join(''),
    }));
  return { width: MAP_WIDTH, height: MAP_HEIGHT, countries };
}
