import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'

/** The register's data: the file and what its write-ahead log holds (an empty log holds nothing). */
export function fingerprint(file: string): string {
  const hash = createHash('sha256').update(readFileSync(file))
  const wal = `${file}-wal`
  if (existsSync(wal) && statSync(wal).size > 0) hash.update(readFileSync(wal))
  return hash.digest('hex')
}
