import { numberFormat } from './intl-formats'
import { currentRegion } from './region'

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const

/** A file's size as people read it: "820 kB", "4.2 MB". */
export function formatFileSize(bytes: number, region: string = currentRegion()): string {
  let size = bytes
  let unit = 0
  while (size >= 1000 && unit < UNITS.length - 1) {
    size /= 1000
    unit += 1
  }
  return numberFormat(region, { style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: size < 10 ? 1 : 0 }).format(size)
}
