/** This computer's IANA time zone, such as Europe/London: the zone treatments are recorded in. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}
