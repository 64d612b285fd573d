/** Wrong PINs in a row before a person has to wait. */
export const WRONG_PINS_BEFORE_WAIT = 5
/** The first wait; each wait after it is twice the one before, until a right PIN. */
export const FIRST_WAIT_SECONDS = 30

export interface PinTries {
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

/** The tries after one more wrong PIN: the fifth in a row starts a wait, twice as long as the last. */
export function afterWrongPin(tries: PinTries, now: Date): PinTries & { waitStarted: number | null } {
  const wrongPins = tries.wrongPins + 1
  if (wrongPins < WRONG_PINS_BEFORE_WAIT) return { wrongPins, waits: tries.waits, waitsUntil: null, waitStarted: null }
  const seconds = FIRST_WAIT_SECONDS * 2 ** tries.waits
  return { wrongPins: 0, waits: tries.waits + 1, waitsUntil: new Date(now.getTime() + seconds * 1000).toISOString(), waitStarted: seconds }
}

export const FREE_TO_TRY: PinTries = { wrongPins: 0, waits: 0, waitsUntil: null }
