// One self-contained HTML file: styles, the bundled script and the graph data all inline, and a
// Content-Security-Policy that forbids any request, so nothing leaves the page.
import type { ViewData } from './data.js';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON safe inside a <script> element: no "</script>", "<!--" or line separators can break out. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** JavaScript safe inside a <script> element. */
export function scriptCode(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'";

const CSS = `
:root { --border: #e1e5ea; --muted: #6b7480; --ink: #1d2329; --panel: 440px; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { display: grid; grid-template-rows: auto 1fr auto; height: 100vh; font: 14px/1.4 "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
header { display: flex; align-items: center; gap: 18px; padding: 8px 16px; border-bottom: 1px solid var(--border); background: #f7f8fa; }
header h1 { font-size: 17px; margin: 0; white-space: nowrap; }
header .source { color: var(--muted); font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
#tabs { display: flex; gap: 2px; flex: none; }
#tabs button { font: inherit; font-size: 13px; padding: 4px 12px; border: 1px solid #c9d0d8; background: #fff; cursor: pointer; }
#tabs button:first-child { border-radius: 6px 0 0 6px; }
#tabs button:last-child { border-radius: 0 6px 6px 0; }
#tabs button[aria-selected=true] { background: #1f5fbf; border-color: #1f5fbf; color: #fff; }
/* Over the network rather than instead of it: sigma keeps a sized container to draw into. */
#map { position: absolute; inset: 0; z-index: 5; overflow: hidden; background: #eef4fa; display: flex; align-items: center; justify-content: center; }
#map[hidden] { display: none; }
#map svg { width: 100%; height: 100%; display: block; }
#map .sea { fill: #eef4fa; }
#map .countries path { fill: #dfe3e8; stroke: #fff; stroke-width: .5; }
#map .place circle { fill: rgba(214, 69, 65, .55); stroke: #a8322f; stroke-width: .8; cursor: pointer; }
#map .place:hover circle, #map .place.selected circle { fill: rgba(214, 69, 65, .85); }
#map .place:focus { outline: none; }
#map .place text { font-size: 9px; fill: #1d2329; paint-order: stroke; stroke: #fff; stroke-width: 2.5px; pointer-events: none; }
.map-note { position: absolute; top: 12px; left: 16px; margin: 0; color: var(--muted); }
main.panel-open #map { right: min(var(--panel), 60vw); }
#stats { color: var(--muted); font-size: 12px; white-space: nowrap; margin-left: auto; }
.search { position: relative; width: 320px; flex: none; }
#search { width: 100%; padding: 6px 10px; border: 1px solid #c9d0d8; border-radius: 6px; font: inherit; }
#suggestions { position: absolute; z-index: 10; left: 0; right: 0; top: 100%; margin: 2px 0 0; padding: 0; list-style: none; background: #fff; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.15); }
#suggestions li { padding: 6px 10px; cursor: pointer; }
#suggestions li:hover { background: #eef3fb; }
main { position: relative; min-height: 0; overflow: hidden; display: flex; }
#graph { position: relative; flex: 1; min-width: 0; }
#legend { order: -1; flex: none; width: 232px; overflow: auto; background: #fafbfc; border-right: 1px solid var(--border); padding: 8px 14px 10px; font-size: 12px; }
#legend h4 { margin: 6px 0 4px; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.legend-row { display: flex; align-items: center; gap: 6px; margin: 3px 0; }
.legend-note { color: var(--muted); font-size: 11px; margin-top: 2px; }
.dot { width: 12px; height: 12px; border-radius: 50%; display: inline-block; flex: none; }
.line { width: 22px; height: 3px; display: inline-block; position: relative; flex: none; }
.line.arrow::after { content: ""; position: absolute; right: -5px; top: -3.5px; border-left: 7px solid var(--c); border-top: 5px solid transparent; border-bottom: 5px solid transparent; }
.line.arrow { margin-right: 5px; }
#legend input[type=date] { font: inherit; font-size: 11px; padding: 1px 2px; width: 128px; margin-left: auto; }
#legend button { margin-top: 6px; font: inherit; font-size: 11px; padding: 3px 8px; border: 1px solid #c9d0d8; border-radius: 5px; background: #fff; cursor: pointer; }
.muted { color: var(--muted); }
#panel { position: absolute; top: 0; right: 0; bottom: 0; width: var(--panel); max-width: 60vw; z-index: 6; overflow: auto; background: #fff; border-left: 1px solid var(--border); box-shadow: -4px 0 14px rgba(0,0,0,.06); padding: 12px 16px 20px; }
#panel[hidden] { display: none; }
main.panel-open #graph { margin-right: min(var(--panel), 60vw); }
#panel-close { position: sticky; top: 0; float: right; border: 0; background: #eef0f3; border-radius: 50%; width: 26px; height: 26px; cursor: pointer; font-size: 15px; line-height: 26px; padding: 0; }
#panel h2 { font-size: 18px; margin: 0 34px 4px 0; }
#panel h3 { font-size: 14px; margin: 14px 0 4px; }
.kind { font-size: 11px; font-weight: normal; color: #fff; border-radius: 10px; padding: 1px 8px; vertical-align: middle; }
.aliases, .counts { color: var(--muted); margin: 2px 0 8px; font-size: 12px; }
ol.events { list-style: none; margin: 0; padding: 0; }
.event { border-top: 1px solid var(--border); padding: 8px 0; }
.event-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px; }
.event-head .date { margin-left: auto; color: var(--muted); font-size: 12px; white-space: nowrap; }
.badge { color: #fff; font-size: 11px; font-weight: 600; border-radius: 4px; padding: 1px 6px; white-space: nowrap; }
a.actor { color: #1f5fbf; text-decoration: none; font-weight: 600; }
a.actor:hover { text-decoration: underline; }
.topic { font-style: italic; margin-top: 3px; }
blockquote.evidence { margin: 5px 0 4px; padding: 4px 10px; border-left: 3px solid #c9d0d8; background: #f7f8fa; font-size: 13px; }
.article { color: var(--muted); font-size: 11.5px; }
.article code { font-size: 11px; }
footer#timeline { height: 84px; overflow: hidden; border-top: 1px solid var(--border); padding: 4px 16px 6px; background: #fafbfc; }
.timeline-caption { font-size: 11px; color: var(--muted); }
#timeline-svg { width: 100%; height: 58px; display: block; }
#timeline-svg .bin { cursor: pointer; }
#timeline-svg .axis { font-size: 11px; fill: var(--muted); }
`;

export function renderHtml(data: ViewData, bundle: string): string {
  const title = escapeHtml(data.title);
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newskg view">
<title>${title}</title>
<style>${CSS}</style>
</head>
<body>
<header>
  <h1>${title}</h1>
  <span class="source">${escapeHtml(data.source)}</span>
  <nav id="tabs" role="tablist"><button type="button" role="tab" data-tab="network" aria-selected="true">Network</button><button type="button" role="tab" data-tab="map" aria-selected="false">Map</button></nav>
  <div class="search"><input id="search" type="search" placeholder="Find an actor by any name or alias…" autocomplete="off" aria-label="Find an actor"><ul id="suggestions"></ul></div>
  <span id="stats"></span>
</header>
<main>
  <div id="graph"></div>
  <div id="map" hidden></div>
  <aside id="legend" aria-label="Legend and filters"></aside>
  <aside id="panel" hidden><button id="panel-close" type="button" aria-label="Close">×</button><div id="panel-body"></div></aside>
</main>
<footer id="timeline"></footer>
<script type="application/json" id="newskg-data">${scriptJson(data)}</script>
<script>${scriptCode(bundle)}</script>
</body>
</html>
`;
}
