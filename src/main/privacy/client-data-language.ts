import { Temporal } from 'temporal-polyfill'
import { formatFullDate, formatFullDateTime } from '@shared/aftercare/format-date'
import { zoneLabel } from '@shared/aftercare/zone-labels'
import { formatMm } from '@shared/aftercare/protocol'
import type { TreatedZone } from '@shared/register/treatment'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import { wordsIn, type WordId, type WordValues } from '@shared/words/words'
import { consentLabelsFor } from '../consent/consent-labels'
import { labelsFor } from '../handouts/printed/handout-labels'

type ClientDataWord = WordId extends infer Id ? (Id extends `clientData.${infer Name}` ? Name : never) : never

/**
 * How a client's data document speaks in the client's language: its own words (the word
 * catalog's clientData ids), the words their consent and handouts already use for the same
 * fields, and dates, times and depths written the way the language's region writes them.
 */
export function clientDataLanguage(language: HandoutLanguage, timeZone: string) {
  const consent = consentLabelsFor(language)
  const handout = labelsFor(language)
  const { locale } = handout
  const atClinic = (utcIso: string) => Temporal.Instant.from(utcIso).toZonedDateTimeISO(timeZone)
  return {
    language,
    locale,
    timeZone,
    say: (id: ClientDataWord, values?: WordValues): string => wordsIn(language, `clientData.${id}`, values),
    /** A field as the client's consent and handouts name it. */
    labels: { ...consent, practitioner: handout.practitioner, colon: handout.colon },
    /** "14 April 1988" */
    date: (localIsoDate: string): string => formatFullDate(localIsoDate, locale),
    /** "20 November 2026, 14:30", a local time as it was recorded. */
    localTime: (localIsoDateTime: string): string => formatFullDateTime(localIsoDateTime, locale),
    /** An instant the register keeps in UTC, at the clinic's wall-clock time. */
    instant: (utcIso: string): string => formatFullDateTime(atClinic(utcIso).toPlainDateTime().toString(), locale),
    /** The day of an instant at the clinic: "6 December 2026". */
    instantDate: (utcIso: string): string => formatFullDate(atClinic(utcIso).toPlainDate().toString(), locale),
    /** "Wangen 1,5 mm" */
    zones: (zones: TreatedZone[]): string[] => zones.map((zone) => `${zoneLabel(zone.zone, language)} ${formatMm(zone.depthMm, language)}`)
  }
}

export type ClientDataLanguage = ReturnType<typeof clientDataLanguage>
