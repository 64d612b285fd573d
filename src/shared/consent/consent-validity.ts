import { Temporal } from 'temporal-polyfill'
import { compareIsoDates } from '../dates/calendar-date'
import type { ScreeningOutcome } from '../screening/questionnaire'
import type { ConsentEntry, ConsentValidity } from './consent-record'

/** What a consent must still match for a visit: the form's current version, the kind of device and the screening's outcome. */
export interface PlannedVisit {
  /** The visit's local date, YYYY-MM-DD. */
  date: string
  radiofrequency: boolean
  outcome: ScreeningOutcome
  currentFormVersion: number
}

const OUTCOME_WORDS: Record<ScreeningOutcome, string> = {
  clear: 'clear',
  review: 'a practitioner’s review',
  defer: 'a wait before treating',
  stop: 'not to treat'
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
  if (compareIsoDates(visit.date, signedOn) < 0) return refuse(`The consent was signed on ${signedOn}, after this visit.`)
  if (compareIsoDates(visit.date, validUntil) > 0) {
    return refuse(`The consent signed on ${signedOn} ran out on ${validUntil} (a consent lasts ${validMonths} months).`)
  }
  if (consent.formVersion !== visit.currentFormVersion) {
    return refuse(`The consent form has changed since the client signed version ${consent.formVersion} on ${signedOn}.`)
  }
  if (consent.radiofrequency !== visit.radiofrequency) {
    return refuse(
      consent.radiofrequency
        ? `The consent signed on ${signedOn} was for a radiofrequency device, and this visit’s device is not one.`
        : `The consent signed on ${signedOn} was for microneedling without radiofrequency, and this visit’s device uses radiofrequency.`
    )
  }
  if (consent.screeningOutcome !== visit.outcome) {
    return refuse(
      `The screening now says ${OUTCOME_WORDS[visit.outcome]}; the consent signed on ${signedOn} was given when it said ${OUTCOME_WORDS[consent.screeningOutcome]}.`
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
  return newest ?? { valid: false, reason: 'The client has not signed a consent form yet.', consent: null }
}

/** The desk's message when a treatment for today has no valid consent. */
export const SIGN_CONSENT_FIRST = 'Ask the client to sign the consent form before recording the treatment: nothing was saved.'
