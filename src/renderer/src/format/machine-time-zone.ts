// Reading the zone makes a new Intl.DateTimeFormat, the better part of a millisecond, and a
// client's page asks once a treatment: it is read again when a minute has passed, so a
// computer moved to another zone is followed within that minute.
const ZONE_FRESH_MS = 60_000
let known: { zone: string; readAt: number } | undefined

/** This computer's IANA time zone, such as Europe/London: the zone treatments are recorded in. */
export function machineTimeZone(): string {
  const now = Date.now()
  if (!known || now - known.readAt > ZONE_FRESH_MS) known = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, readAt: now }
  return known.zone
}
