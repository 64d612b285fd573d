import { numberFormat } from './intl-formats'
import { currentRegion } from './region'

/** A needle depth always with two decimals, as the region writes numbers: 1.50 or 1,50. */
export function formatDepth(depthMm: number, region: string = currentRegion()): string {
  return numberFormat(region, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(depthMm)
}

/** A band's limit in millimetres with only the decimals it has, as the region writes numbers: 0.5 or 0,5. */
export function formatMillimetres(mm: number, region: string = currentRegion()): string {
  return numberFormat(region, { maximumFractionDigits: 2 }).format(mm)
}
