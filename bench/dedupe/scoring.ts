/** Pairwise precision, recall and F1 of predicted clusters against true entities (FEBRL's measure). */

export interface Score {
  predictedPairs: number;
  truePairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a},${b}` : `${b},${a}`;
}

/** `clusters` hold spreadsheet rows; `entityOfRow(row)` gives the true entity of a spreadsheet row. */
export function scoreClusters(clusters: number[][], entities: ArrayLike<number | string>, firstRow = 2): Score {
  const predicted = new Set<string>();
  for (const rows of clusters)
    for (let x = 0; x < rows.length; x++)
      for (let y = x + 1; y < rows.length; y++) predicted.add(pairKey(rows[x]!, rows[y]!));
  const byEntity = new Map<number | string, number[]>();
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    const list = byEntity.get(e) ?? [];
    list.push(k + firstRow);
    byEntity.set(e, list);
  }
  let truePairs = 0;
  let correctPairs = 0;
  for (const rows of byEntity.values()) {
    for (let x = 0; x < rows.length; x++) {
      for (let y = x + 1; y < rows.length; y++) {
        truePairs++;
        if (predicted.has(pairKey(rows[x]!, rows[y]!))) correctPairs++;
      }
    }
  }
  const precision = predicted.size === 0 ? 1 : correctPairs / predicted.size;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { predictedPairs: predicted.size, truePairs, correctPairs, precision, recall, f1 };
}

/** What Remove Duplicates finds: rows identical on every column. */
export function exactDuplicateClusters(values: unknown[][]): number[][] {
  const groups = new Map<string, number[]>();
  for (let r = 1; r < values.length; r++) {
    const key = JSON.stringify(values[r]);
    const list = groups.get(key) ?? [];
    list.push(r + 1);
    groups.set(key, list);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
