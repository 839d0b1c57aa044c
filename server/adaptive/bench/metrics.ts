// Figures and the printed table.

export interface Row {
  metric: string;
  value: string;
  target: string;
  /** null: informational. */
  pass: boolean | null;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Area under the ROC curve (rank statistic, ties count half). */
export function auc(scores: readonly number[], labels: readonly number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let rankSum = 0;
  let positives = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]!] === scores[idx[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (labels[idx[k]!]) {
      rankSum += rank;
      positives++;
    }
    i = j + 1;
  }
  const negatives = idx.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Expected calibration error over equal-width bins, weighted by bin size. */
export function calibrationError(predicted: readonly number[], labels: readonly number[], bins = 10): number {
  const sumP = new Array<number>(bins).fill(0);
  const sumY = new Array<number>(bins).fill(0);
  const count = new Array<number>(bins).fill(0);
  predicted.forEach((p, i) => {
    const b = Math.min(bins - 1, Math.floor(p * bins));
    sumP[b]! += p;
    sumY[b]! += labels[i]!;
    count[b]!++;
  });
  let err = 0;
  for (let b = 0; b < bins; b++) if (count[b]) err += Math.abs(sumP[b]! - sumY[b]!);
  return err / predicted.length;
}

export function table(rows: readonly Row[]): string {
  const w = [Math.max(6, ...rows.map((r) => r.metric.length)), Math.max(5, ...rows.map((r) => r.value.length)), Math.max(6, ...rows.map((r) => r.target.length))];
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(w[0]!)}  ${b.padStart(w[1]!)}  ${c.padEnd(w[2]!)}  ${d}`;
  const out = [line('metric', 'value', 'target', 'result'), line('-'.repeat(w[0]!), '-'.repeat(w[1]!), '-'.repeat(w[2]!), '------')];
  for (const r of rows) out.push(line(r.metric, r.value, r.target, r.pass === null ? '' : r.pass ? 'PASS' : 'MISS'));
  return out.join('\n');
}
