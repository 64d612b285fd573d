/** Wrong PINs in a row before a person has to wait. */
export const WRONG_PINS_BEFORE_WAIT = 5
/** The first wait; each wait after it is twice the one before, until a right PIN. */
export const FIRST_WAIT_SECONDS = 30
/**
 * The longest wait. Without a ceiling, someone at the counter keying wrong PINs on the owner's
 * name for an afternoon would lock the owner out for days at every desk.
 */
export const LONGEST_WAIT_SECONDS = 15 * 60

export interface PinTries {
  /** Tries counted since the last right PIN or the last wait: each is counted before it is checked. */
  wrongPins: number
  /** Waits imposed so far since the last right PIN. */
  waits: number
  /** ISO instant; null when the person is free to try. */
  waitsUntil: string | null
}

/** How long (whole seconds, rounded up) before the person may try again; 0 when they may now. */
export function secondsToWait(tries: PinTries, now: Date): number {
  if (!tries.waitsUntil) return 0
  return Math.max(0, Math.ceil((Date.parse(tries.waitsUntil) - now.getTime()) / 1000))
}

/** The wait that follows `waitsBefore` earlier ones: 30 seconds, then twice as long each time, at most 15 minutes. */
export function nextWaitSeconds(waitsBefore: number): number {
  return Math.min(FIRST_WAIT_SECONDS * 2 ** waitsBefore, LONGEST_WAIT_SECONDS)
}
