import { readFileSync, writeFileSync } from 'node:fs';
import { buildWeights, type Weights } from './weights.js';

// One file per model: "NKPM", a JSON header (class names, template settings, training facts),
// then the weight arrays. Weights are stored as int16 with one scale for the file: half the
// size of float32, and the rounding is far below what changes a decision.
const MAGIC = 0x4d504b4e; // "NKPM" little-endian

export interface ModelFile<H> {
  header: H;
  weights: Weights;
}

export function writeModel<H>(path: string, header: H, w: Weights): number {
  let maxAbs = 0;
  for (const x of w.weights) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs / 32767 || 1;
  const json = Buffer.from(JSON.stringify({ header, nClasses: w.nClasses, scale }), 'utf8');
  const nFeat = w.keys.length;
  const nEntries = w.weights.length;
  const headLen = align4(16 + json.length);
  const keysAt = headLen;
  const offsetsAt = keysAt + 4 * nFeat;
  const weightsAt = offsetsAt + 4 * (nFeat + 1);
  const classesAt = align4(weightsAt + 2 * nEntries);
  const buf = Buffer.alloc(classesAt + nEntries);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(json.length, 4);
  buf.writeUInt32LE(nFeat, 8);
  buf.writeUInt32LE(nEntries, 12);
  json.copy(buf, 16);
  new Int32Array(buf.buffer, buf.byteOffset + keysAt, nFeat).set(w.keys);
  new Uint32Array(buf.buffer, buf.byteOffset + offsetsAt, nFeat + 1).set(w.offsets);
  const q = new Int16Array(buf.buffer, buf.byteOffset + weightsAt, nEntries);
  for (let i = 0; i < nEntries; i++) q[i] = Math.round(w.weights[i] / scale);
  buf.set(w.classes, classesAt);
  writeFileSync(path, buf);
  return buf.length;
}

export function readModel<H>(path: string): ModelFile<H> {
  const file = readFileSync(path);
  // A fresh, aligned copy: typed-array views need 4-byte aligned offsets.
  const bytes = new Uint8Array(file.length);
  bytes.set(file);
  const view = new DataView(bytes.buffer);
  if (view.getUint32(0, true) !== MAGIC) throw new Error(`newskg: ${path} is not a parser model file`);
  const jsonLen = view.getUint32(4, true);
  const nFeat = view.getUint32(8, true);
  const nEntries = view.getUint32(12, true);
  const meta = JSON.parse(Buffer.from(bytes.buffer, 16, jsonLen).toString('utf8')) as { header: H; nClasses: number; scale: number };
  const keysAt = align4(16 + jsonLen);
  const offsetsAt = keysAt + 4 * nFeat;
  const weightsAt = offsetsAt + 4 * (nFeat + 1);
  const classesAt = align4(weightsAt + 2 * nEntries);
  const q = new Int16Array(bytes.buffer, weightsAt, nEntries);
  const weights = new Float32Array(nEntries);
  for (let i = 0; i < nEntries; i++) weights[i] = q[i] * meta.scale;
  return {
    header: meta.header,
    weights: buildWeights(
      meta.nClasses,
      new Int32Array(bytes.buffer, keysAt, nFeat),
      new Uint32Array(bytes.buffer, offsetsAt, nFeat + 1),
      new Uint8Array(bytes.buffer, classesAt, nEntries),
      weights,
    ),
  };
}

const align4 = (n: number): number => (n + 3) & ~3;
