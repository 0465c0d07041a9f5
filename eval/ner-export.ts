/**
 * Turns trained float weights into the compact committed model file: features hashed
 * with the run-time hash, weights quantized to int16 with one scale, features whose weights
 * are all small dropped.
 */
import { LABEL_COUNT, IOB_LABELS } from '../server/src/analysis/ner/labels';
import { hashFeature, NerModelFile } from '../server/src/analysis/ner/model';

const L = LABEL_COUNT;

/**
 * Quantized weights a feature must reach in some label to be kept: about 1.2 % of the largest
 * weight (32767). Averaging six seeds' models gives every feature any of them used, most with a
 * sixth of a small weight: 55,684 features, 1.64 MB, which loaded in 90-109 ms against the
 * 100 ms floor. Dropping those under 400 leaves about as many features as one seed's model had
 * (37,000 against 39,284) with dev F1 unchanged (93.93; names unseen in training 85.65 against
 * 85.71). Thresholds up to 1,200 kept dev within 93.90-93.98, but the least that brings the load
 * back is what is dropped: at 1,000 (24,022 features, 0.71 MB) test on CoNLL's tokens fell
 * 89.45 -> 89.26, measured once.
 */
const MIN_KEPT_WEIGHT = 400;

/**
 * Builds the model file. The scale maps the largest |weight| to 32767: int16 keeps the
 * exported model within 0.05 F1 point of the float weights (int8 lost about 0.3). Features
 * whose weights all stay under MIN_KEPT_WEIGHT are dropped.
 */
export function exportModel(names: readonly string[], w: Float64Array, t: Float64Array, info: Record<string, unknown>): NerModelFile {
  const scale = int16Scale(w);
  const rows = new Map<number, Int32Array>();
  names.forEach((name, f) => {
    const q = new Int32Array(L);
    let top = 0;
    for (let k = 0; k < L; k++) {
      q[k] = Math.round(w[f * L + k] / scale);
      top = Math.max(top, Math.abs(q[k]));
    }
    if (top < MIN_KEPT_WEIGHT) return;
    const h = hashFeature(name);
    const prev = rows.get(h);
    if (prev) for (let k = 0; k < L; k++) prev[k] += q[k];
    else rows.set(h, q);
  });
  const hashes = [...rows.keys()].sort((a, b) => a - b);
  const hashBytes = Buffer.alloc(hashes.length * 4);
  const weightBytes = Buffer.alloc(hashes.length * L * 2);
  hashes.forEach((h, r) => {
    hashBytes.writeUInt32LE(h, r * 4);
    const q = rows.get(h)!;
    for (let k = 0; k < L; k++) weightBytes.writeInt16LE(Math.max(-32767, Math.min(32767, q[k])), (r * L + k) * 2);
  });
  return {
    version: 1,
    labels: [...IOB_LABELS],
    scale,
    features: hashes.length,
    hashes: hashBytes.toString('base64'),
    weights: weightBytes.toString('base64'),
    transitions: Array.from(t, (x) => Number(x.toFixed(4))),
    info,
  };
}

/** The scale that maps the largest |value| to 32767 (1 / 32767 when all are 0). */
function int16Scale(values: Iterable<number>): number {
  let top = 0;
  for (const x of values) top = Math.max(top, Math.abs(x));
  return (top || 1) / 32767;
}

/**
 * The model file's embedding weights (NerModelFile.dense): `wd`, trained on inputs `inputScale`
 * times the shipped table's, multiplied by it so the tagger reads the table as it is, and
 * quantized to int16 with one scale, as the other weights are.
 */
export function exportDense(wd: Float64Array, offsets: readonly number[], dims: number, inputScale: number): NonNullable<NerModelFile['dense']> {
  const scaled = Float64Array.from(wd, (x) => x * inputScale);
  const scale = int16Scale(scaled);
  const bytes = Buffer.alloc(scaled.length * 2);
  scaled.forEach((x, i) => bytes.writeInt16LE(Math.round(x / scale), i * 2));
  return { offsets: [...offsets], dims, scale, weights: bytes.toString('base64') };
}
