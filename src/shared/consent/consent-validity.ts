import { Temporal } from 'temporal-polyfill'
import { compareIsoDates } from '../dates/calendar-date'
import type { ScreeningOutcome } from '../screening/questionnaire'
import type { ConsentEntry, ConsentValidity } from './consent-record'
import { words, type WordId } from '../words/words'

/** What a consent must still match for a visit: the form's current version, the kind of device and the screening's outcome. */
export interface PlannedVisit {
  /** The visit's local date, YYYY-MM-DD. */
  date: string
  radiofrequency: boolean
  outcome: ScreeningOutcome
  currentFormVersion: number
}

const OUTCOME_WORDS: Record<ScreeningOutcome, WordId> = {
  clear: 'consent.outcome.clear',
  review: 'consent.outcome.review',
  defer: 'consent.outcome.defer',
  stop: 'consent.outcome.stop'
}

/**
 * Whether one signed consent covers a planned visit. A consent holds for one course: from the
 * day it is signed until the same day `validMonths` later (that day not included), counted in
 * calendar months in the zone it was signed in; and only while the form, the kind of device
 * (radiofrequency or not) and the screening's outcome are those it was signed under.
 */
export function consentValidity(consent: ConsentEntry, visit: PlannedVisit, validMonths: number): ConsentValidity {
  const signedOn = consent.signedAt.slice(0, 10)
  const validUntil = Temporal.PlainDate.from(signedOn).add({ months: validMonths }).subtract({ days: 1 }).toString()
  const refuse = (reason: string): ConsentValidity => ({ valid: false, reason, consent })
  if (compareIsoDates(visit.date, signedOn) < 0) return refuse(words('consent.signedAfterVisit', { signedOn }))
  if (compareIsoDates(visit.date, validUntil) > 0) {
    return refuse(words('consent.ranOut', { signedOn, validUntil, months: validMonths }))
  }
  if (consent.formVersion !== visit.currentFormVersion) {
    return refuse(words('consent.formChanged', { version: consent.formVersion, signedOn }))
  }
  if (consent.radiofrequency !== visit.radiofrequency) {
    return refuse(words(consent.radiofrequency ? 'consent.wasForRadiofrequency' : 'consent.wasWithoutRadiofrequency', { signedOn }))
  }
  if (consent.screeningOutcome !== visit.outcome) {
    return refuse(
      words('consent.outcomeChanged', { now: words(OUTCOME_WORDS[visit.outcome]), signedOn, then: words(OUTCOME_WORDS[consent.screeningOutcome]) })
    )
  }
  return { valid: true, consent, validUntil }
}

/**
 * The newest of a client's consents (newest first) that covers the visit; else why the newest
 * does not, or that none was signed.
 */
export function validConsentFor(consents: readonly ConsentEntry[], visit: PlannedVisit, validMonths: number): ConsentValidity {
  let newest: ConsentValidity | undefined
  for (const consent of consents) {
    const validity = consentValidity(consent, visit, validMonths)
    if (validity.valid) return validity
    newest ??= validity
  }
  return newest ?? { valid: false, reason: words('consent.none'), consent: null }
}
