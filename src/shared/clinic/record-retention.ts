import { Temporal } from 'temporal-polyfill'
import { z } from 'zod'
import { refusal } from '../words/refusal'
import type { ClinicCountry } from './clinic-country'

/**
 * How long the clinic keeps a client's records after their last treatment, by the rules of the
 * clinic's country: 8 years in the United Kingdom (the NHS records code, and aesthetics guidance),
 * 10 in Germany (doctors' records), and 10 elsewhere until the clinic says otherwise, the longer
 * of the two, as erasing too early cannot be undone. The owner may set other years.
 */
export const RETENTION_COUNTRIES = ['GB', 'DE', 'other'] as const
export type RetentionCountry = (typeof RETENTION_COUNTRIES)[number]

const MAX_RETENTION_YEARS = 50

export const DEFAULT_RETENTION_YEARS: Record<RetentionCountry, number> = { GB: 8, DE: 10, other: 10 }

/** The country comes from the clinic's own (clinic-settings.ts); the owner may set other years. */
export const retentionSettingSchema = z.object({
  /** Null: the country's default. */
  years: z
    .number(refusal('retention.years.missing'))
    .int(refusal('retention.years.whole'))
    .min(1, refusal('retention.years.tooFew'))
    .max(MAX_RETENTION_YEARS, refusal('retention.years.tooMany', { max: MAX_RETENTION_YEARS }))
    .nullable()
    .default(null)
})
export type RetentionSetting = z.output<typeof retentionSettingSchema>

/** The retention that applies: the rules of the clinic's country, and its years. */
export interface Retention {
  country: RetentionCountry
  years: number
}

/** Whose record-keeping rules a clinic in this country follows. */
export function retentionCountryOf(country: ClinicCountry): RetentionCountry {
  return country === 'GB' || country === 'DE' ? country : 'other'
}

export function retentionOf(clinic: { retention: RetentionSetting; country: ClinicCountry }): Retention {
  const country = retentionCountryOf(clinic.country)
  return { country, years: clinic.retention.years ?? DEFAULT_RETENTION_YEARS[country] }
}

/**
 * The first day a record may be erased without a reason: `years` after the day it counts from.
 * A record from 29 February counts to 1 March in a year with no 29th, never to the 28th.
 */
export function retentionEndsOn(countsFrom: string, years: number): string {
  const from = Temporal.PlainDate.from(countsFrom)
  const ends = from.add({ years })
  return (Temporal.PlainDate.compare(ends.subtract({ years }), from) < 0 ? ends.add({ days: 1 }) : ends).toString()
}

/**
 * The last day from which a record's period has ended by `today`: a record counting from this day
 * or earlier may be reviewed for erasure. Agrees with retentionEndsOn: ended exactly when
 * retentionEndsOn(day) is today or earlier.
 */
export function retentionCutoff(today: string, years: number): string {
  return Temporal.PlainDate.from(today).subtract({ years }).toString()
}

/** What the register says of one client's retention period. */
export interface ClientRetention {
  retention: Retention
  /** The day the period counts from: the last treatment, or the day the record was made when there is none. */
  countsFrom: string
  countsFromTreatment: boolean
  endsOn: string
  ended: boolean
}

/** A client whose retention period has ended, for the owner to review. */
export interface RetentionEndedClient {
  id: string
  name: string
  countsFrom: string
  countsFromTreatment: boolean
  endedOn: string
}

export interface RetentionReview {
  retention: Retention
  clients: RetentionEndedClient[]
  /** More clients are due than were listed. */
  more: boolean
}
