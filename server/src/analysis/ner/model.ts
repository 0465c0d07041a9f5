/**
 * The trained name-tagger model at run time: decodes the compact model file (feature
 * hashes + int8 weights, base64) into typed arrays once, then scores feature strings by
 * hashing them into an open-addressing table. No file system: the model object is handed
 * in (index.ts imports the committed JSON statically so esbuild bundles it).
 */
import { LABEL_COUNT } from './labels';
import { ROLES } from './wordSlabs';

/** The committed model file's shape (server/src/analysis/ner/model.json). */
export interface NerModelFile {
  version: 1;
  /** IOB label order of the weight rows; must equal IOB_LABELS. */
  labels: string[];
  /** Real weight = stored int16 × scale. */
  scale: number;
  /** Number of features (hashes). */
  features: number;
  /** Base64 of `features` little-endian uint32 FNV-1a hashes of the feature strings. */
  hashes: string;
  /** Base64 of `features × labels.length` little-endian int16 weights, row per feature. */
  weights: string;
  /** (labels + 1) × labels transition scores, row 0 from the sentence start (real values). */
  transitions: number[];
  /** Free-form provenance (corpus, epochs, dev F1) kept for people reading the file. */
  info?: Record<string, unknown>;
  /**
   * Weights for word embeddings (embeddings.ts): the word at each of `offsets` (-2 to 2, relative
   * to the token scored) adds W[offset] · e(word) to the token's scores. Base64 of offsets × dims ×
   * labels little-endian int16, real weight = int16 × scale. Absent in a model trained without them.
   */
  dense?: { offsets: number[]; dims: number; scale: number; weights: string };
}

/** The scorer's word role (features.ts WordRole) of each dense offset: the word at -1 is the Previous word. */
export const ROLE_OF_OFFSET: Readonly<Record<number, number>> = { 0: 0, [-1]: 1, 1: 2, [-2]: 3, 2: 4 };

/** The FNV-1a offset basis: the hash of the empty string. */
export const FNV_OFFSET = 0x811c9dc5;

/** Continues a 32-bit FNV-1a hash over `s`, so hash(a + b) = hashMore(hashMore(FNV_OFFSET, a), b). */
export function hashMore(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 32-bit FNV-1a over UTF-16 code units: the one hash both the trainer and the tagger use. */
export function hashFeature(s: string): number {
  return hashMore(FNV_OFFSET, s);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Node's Buffer when the core runs in Node (the server, the CLI, the workers), whose native base64 decoder is about three times faster. */
const nodeBuffer = (globalThis as { Buffer?: { from(text: string, encoding: 'base64'): Uint8Array } }).Buffer;

/** Decodes standard base64: natively in Node (part of the model's load time), else in plain code, so the core runs anywhere. */
export function decodeBase64(text: string): Uint8Array {
  if (nodeBuffer) return nodeBuffer.from(text, 'base64');
  return decodeBase64Portably(text);
}

/** Decodes standard base64 without Buffer/atob. */
export function decodeBase64Portably(text: string): Uint8Array {
  let len = text.length;
  while (len > 0 && text.charCodeAt(len - 1) === 61 /* = */) len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = B64_INDEX[text.charCodeAt(i)];
    const b = B64_INDEX[text.charCodeAt(i + 1)];
    const c = i + 2 < len ? B64_INDEX[text.charCodeAt(i + 2)] : 0;
    const d = i + 3 < len ? B64_INDEX[text.charCodeAt(i + 3)] : 0;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = (v >> 16) & 255;
    if (i + 2 < len) out[o++] = (v >> 8) & 255;
    if (i + 3 < len) out[o++] = v & 255;
  }
  return out;
}

/** Whether this machine stores an int16 as the model file does, low byte first (every platform VS Code runs on). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A loaded model: weights in typed arrays and a hash table from feature hash to weight row. */
export class NerModel {
  /** Transition scores, (LABEL_COUNT + 1) × LABEL_COUNT. */
  readonly transitions: Float64Array;
  private readonly weights: Float32Array;
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  /**
   * The embedding weights by scorer role (ROLES × denseDims × LABEL_COUNT; zero for a role without
   * an offset), which the scorer folds into each word's cached sums; undefined without them.
   */
  readonly denseRoles?: Float32Array;
  /** How many embedding values the dense weights expect (0 without them). */
  readonly denseDims: number = 0;

  /** Decodes a model file; throws when it does not match this tagger's label set. */
  constructor(file: NerModelFile) {
    if (file.version !== 1 || file.labels.length !== LABEL_COUNT) throw new Error('Unsupported NER model file');
    const hashBytes = decodeBase64(file.hashes);
    const weightBytes = decodeBase64(file.weights);
    const n = file.features;
    if (hashBytes.length !== n * 4 || weightBytes.length !== n * LABEL_COUNT * 2) throw new Error('Corrupt NER model file');
    this.weights = new Float32Array(n * LABEL_COUNT);
    if (LITTLE_ENDIAN && weightBytes.byteOffset % 2 === 0) {
      // Read in place as int16 (the file's byte order is the machine's): no byte assembly per weight.
      const q = new Int16Array(weightBytes.buffer, weightBytes.byteOffset, n * LABEL_COUNT);
      for (let i = 0; i < q.length; i++) this.weights[i] = q[i] * file.scale;
    } else
      for (let i = 0; i < n * LABEL_COUNT; i++) {
        const v = weightBytes[2 * i] | (weightBytes[2 * i + 1] << 8);
        this.weights[i] = ((v << 16) >> 16) * file.scale;
      }
    this.transitions = Float64Array.from(file.transitions);
    if (file.dense) {
      const { offsets, dims, scale, weights } = file.dense;
      const bytes = decodeBase64(weights);
      if (bytes.length !== offsets.length * dims * LABEL_COUNT * 2 || offsets.some((o) => ROLE_OF_OFFSET[o] === undefined))
        throw new Error('Corrupt NER model file (dense weights)');
      const block = dims * LABEL_COUNT;
      const roles = new Float32Array(ROLES * block);
      offsets.forEach((offset, o) => {
        const base = ROLE_OF_OFFSET[offset] * block;
        for (let i = 0; i < block; i++) {
          const j = o * block + i;
          roles[base + i] += (((bytes[2 * j] | (bytes[2 * j + 1] << 8)) << 16) >> 16) * scale;
        }
      });
      this.denseRoles = roles;
      this.denseDims = dims;
    }
    let size = 1;
    while (size < n * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Uint32Array(size);
    this.rows = new Int32Array(size).fill(-1);
    const view = new DataView(hashBytes.buffer, hashBytes.byteOffset, hashBytes.byteLength);
    for (let r = 0; r < n; r++) {
      const h = view.getUint32(r * 4, true);
      let slot = h & this.mask;
      while (this.rows[slot] >= 0 && this.keys[slot] !== h) slot = (slot + 1) & this.mask;
      this.keys[slot] = h;
      this.rows[slot] = r;
    }
  }

  /** Number of weight rows (distinct feature hashes). */
  get featureCount(): number {
    return this.weights.length / LABEL_COUNT;
  }

  /** Adds the weights of `feature` to `scores[offset .. offset + LABEL_COUNT)`; unknown features add nothing. */
  addFeature(feature: string, scores: Float64Array, offset: number): void {
    this.addHashed(hashFeature(feature), scores, offset);
  }

  /** Like addFeature, for a feature already hashed with hashFeature/hashMore. */
  addHashed(h: number, scores: Float64Array, offset: number): void {
    let slot = h & this.mask;
    for (;;) {
      const r = this.rows[slot];
      if (r < 0) return;
      if (this.keys[slot] === h) {
        const base = r * LABEL_COUNT;
        for (let k = 0; k < LABEL_COUNT; k++) scores[offset + k] += this.weights[base + k];
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}
