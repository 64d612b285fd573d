import type { AftercareProtocol } from '@shared/aftercare/protocol'
import { planAftercare } from '@shared/aftercare/plan'
import type { ClinicSettings, PaperSize } from '@shared/clinic/clinic-settings'
import type { HandoutKind } from '@shared/handouts/handout-kinds'
import type { Client } from '@shared/register/client'
import type { Treatment } from '@shared/register/treatment'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import { phoneAsWritten } from '@shared/register/phone-numbers'
import { calendarContent } from './calendar-content'
import { calendarFileContent } from './calendar-file'
import { handoutContent, type HandoutSource } from './handout-content'
import type { HandoutContent } from './printed-content'

/** What a file is made of when it is first given. */
export interface PrintSource {
  kind: HandoutKind
  treatment: Treatment
  client: Client
  clinic: ClinicSettings
  protocol: AftercareProtocol
  /** The language asked for; the plan falls back to English when the protocol lacks it. */
  language: HandoutLanguage
  paper: PaperSize
  producedAt: string
  datesInOrder: HandoutSource['datesInOrder']
}

/** The content of a handout, calendar or calendar file: the plan of the treatment, in words. */
export function printedContentOf(source: PrintSource): HandoutContent {
  const client = { ...source.client, language: source.language }
  const plan = planAftercare(source.treatment, client, source.protocol)
  const { clinic, paper, producedAt } = source
  switch (source.kind) {
    case 'ics':
      return calendarFileContent({ plan, client, clinicName: clinic.name, producedAt })
    case 'calendar':
      return calendarContent({ plan, client, clinic: { name: clinic.name, phone: phoneAsWritten(clinic.phone, clinic.country) }, paper, producedAt })
    case 'handout':
      return handoutContent({ plan, treatment: source.treatment, client, clinic, paper, producedAt, datesInOrder: source.datesInOrder })
  }
}
