/** Splits rows into runs of at most `size`, for multi-row inserts within SQLite's parameter limit. */
export function* batches<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size)
}
