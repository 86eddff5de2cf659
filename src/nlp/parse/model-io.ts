import { readFileSync, writeFileSync } from 'node:fs';
import { buildWeights, type StoredWeights, type Weights } from './weights.js';

// One file per model: "NKPM", counts, a JSON header (class names, epochs, training facts,
// weight scale), then feature hashes, entry offsets, int16 weights and classes.
const MAGIC = 0x4d504b4e; // "NKPM" little-endian

export interface ModelFile<H> {
  header: H;
  weights: Weights;
}

export function writeModel<H>(path: string, header: H, w: StoredWeights): number {
  const json = Buffer.from(JSON.stringify({ header, nClasses: w.nClasses, scale: w.scale }), 'utf8');
  const nFeat = w.keys.length;
  const nEntries = w.quantized.length;
  const at = layout(json.length, nFeat, nEntries);
  const buf = Buffer.alloc(at.end);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(json.length, 4);
  buf.writeUInt32LE(nFeat, 8);
  buf.writeUInt32LE(nEntries, 12);
  json.copy(buf, 16);
  new Int32Array(buf.buffer, buf.byteOffset + at.keys, nFeat).set(w.keys);
  new Uint32Array(buf.buffer, buf.byteOffset + at.offsets, nFeat + 1).set(w.offsets);
  new Int16Array(buf.buffer, buf.byteOffset + at.weights, nEntries).set(w.quantized);
  buf.set(w.classes, at.classes);
  writeFileSync(path, buf);
  return buf.length;
}

export function readModel<H>(path: string): ModelFile<H> {
  const { header, stored } = readStored<H>(path);
  return { header, weights: buildWeights(stored) };
}

/** The header and the weights as stored, before the look-up table is built. */
export function readStored<H>(path: string): { header: H; stored: StoredWeights } {
  const file = readFileSync(path);
  // A fresh, aligned copy: typed-array views need aligned offsets.
  const bytes = new Uint8Array(file.length);
  bytes.set(file);
  const view = new DataView(bytes.buffer);
  if (view.getUint32(0, true) !== MAGIC) throw new Error(`newskg: ${path} is not a parser model file`);
  const jsonLen = view.getUint32(4, true);
  const nFeat = view.getUint32(8, true);
  const nEntries = view.getUint32(12, true);
  const meta = JSON.parse(Buffer.from(bytes.buffer, 16, jsonLen).toString('utf8')) as { header: H; nClasses: number; scale: number };
  const at = layout(jsonLen, nFeat, nEntries);
  return {
    header: meta.header,
    stored: {
      nClasses: meta.nClasses,
      scale: meta.scale,
      keys: new Int32Array(bytes.buffer, at.keys, nFeat),
      offsets: new Uint32Array(bytes.buffer, at.offsets, nFeat + 1),
      quantized: new Int16Array(bytes.buffer, at.weights, nEntries),
      classes: new Uint8Array(bytes.buffer, at.classes, nEntries),
    },
  };
}

function layout(jsonLen: number, nFeat: number, nEntries: number) {
  const keys = align4(16 + jsonLen);
  const offsets = keys + 4 * nFeat;
  const weights = offsets + 4 * (nFeat + 1);
  const classes = weights + 2 * nEntries;
  return { keys, offsets, weights, classes, end: classes + nEntries };
}

const align4 = (n: number): number => (n + 3) & ~3;
