// Intl formatters are costly to make (about 170 µs each, against under 2 µs to use one): every
// date, time and "3 days ago" the renderer shows goes through one made once per region and style.

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()
const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>()

export function dateTimeFormat(region: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${region}|${JSON.stringify(options)}`
  let format = dateTimeFormats.get(key)
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(region, options)))
  return format
}

/** "yesterday", "3 days ago": numeric only where the language has no word for it. */
export function relativeTimeFormat(region: string): Intl.RelativeTimeFormat {
  let format = relativeTimeFormats.get(region)
  if (!format) relativeTimeFormats.set(region, (format = new Intl.RelativeTimeFormat(region, { numeric: 'auto' })))
  return format
}

const numberFormats = new Map<string, Intl.NumberFormat>()

export function numberFormat(region: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${region}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(region, options)))
  return format
}
