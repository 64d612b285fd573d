import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { Temporal } from 'temporal-polyfill'
import { ulid } from 'ulid'
import type { z } from 'zod'
import { localDateTimeToInstant } from '@shared/dates/calendar-date'
import { preparationSchedule } from '@shared/preparation/preparation-dates'
import type { PrepSheetLogEntry, ProducedPrepSheet, producePrepSheetSchema } from '@shared/preparation/prep-sheets'
import { words } from '@shared/words/words'
import { AppError } from '../api/app-error'
import type { ClinicSettingsRepository } from '../clinic/clinic-settings-repository'
import type { Database } from '../db/schema'
import type { RenderFile } from '../handouts/handout-service'
import { unprintableNameReason } from '../handouts/name-scripts'
import { CURRENT_LAYOUTS } from '../handouts/printed/layout-versions'
import { prepCalendarFileContent, prepSheetContent, type PrepSheetSource } from '../handouts/printed/prep-sheet-content'
import { PREP_CALENDAR_LAYOUT_VERSION, PREP_SHEET_LAYOUT_VERSION } from '../handouts/printed/prep-sheet-layout'
import { contentSha256, packContent } from '../handouts/printed/stored-content'
import { printedFileBase } from '../handouts/printed/printed-file-name'
import type { ClientRepository, Clock } from '../register/client-repository'
import type { QuestionnaireRepository } from '../screening/questionnaire-repository'
import { PrepSheetLogRepository } from './prep-sheet-log-repository'

export type ProducePrepSheetInput = z.output<typeof producePrepSheetSchema>

/** Runs with each log entry, in the same transaction: the caller's audit entry. */
export type OnPrepSheetLogged = (entry: PrepSheetLogEntry) => Promise<void>

type InOneTransaction = <T>(work: () => Promise<T>) => Promise<T>

/**
 * Makes "Before your appointment" for a client and an appointment, from the preparation rules of
 * the current questionnaire, drawn on the handouts' render pool, and logs each one given with its
 * file's hash and its content. The file is made before the log's transaction opens.
 */
export class PrepSheetService {
  private readonly log: PrepSheetLogRepository

  constructor(
    db: Kysely<Database>,
    private readonly clients: ClientRepository,
    private readonly clinic: ClinicSettingsRepository,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly renderFile: RenderFile,
    private readonly inOneTransaction: InOneTransaction,
    private readonly clock: Clock = () => new Date()
  ) {
    this.log = new PrepSheetLogRepository(db)
  }

  async produce(input: ProducePrepSheetInput, onLogged: OnPrepSheetLogged): Promise<ProducedPrepSheet> {
    const now = this.clock()
    // Checked before anything is read: a register's first questionnaire is stored when first read.
    if (Temporal.Instant.compare(Temporal.Instant.from(localDateTimeToInstant(input.appointmentAt, input.timeZone)), Temporal.Instant.from(now.toISOString())) <= 0) {
      throw new AppError('invalid_input', words('prepSheet.appointment.past'), { appointmentAt: words('prepSheet.appointment.pastField') })
    }
    const client = await this.clients.get(input.clientId)
    const clinic = await this.clinic.get()
    const { version, questionnaire } = await this.questionnaires.current()
    const schedule = preparationSchedule(questionnaire.preparation, input.appointmentAt, input.timeZone, now.toISOString())
    const unprintable = input.format === 'pdf' ? unprintableNameReason(`${client.givenName} ${client.familyName}`) : undefined
    if (unprintable) throw new AppError('invalid_input', unprintable)
    const source: PrepSheetSource = {
      schedule,
      preparation: questionnaire.preparation,
      client,
      clinic,
      language: input.language ?? client.language,
      paper: input.paper ?? clinic.paper,
      producedAt: now.toISOString()
    }
    const content = input.format === 'pdf' ? prepSheetContent(source) : prepCalendarFileContent(source)
    const logo = content.kind === 'prep-sheet' && content.clinic.logoSha256 ? await this.clinic.logo(content.clinic.logoSha256) : undefined
    const bytes = await this.renderFile({ content, layouts: CURRENT_LAYOUTS, ...(logo && { logo }) })
    const given: PrepSheetLogEntry = {
      id: ulid(now.getTime()),
      clientId: client.id,
      format: input.format,
      appointmentAt: input.appointmentAt,
      timeZone: input.timeZone,
      questionnaireVersion: version,
      language: content.language,
      paper: content.paper,
      producedAt: content.producedAt,
      producedBy: input.producedBy,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      contentSha256: contentSha256(content),
      layoutVersion: input.format === 'pdf' ? PREP_SHEET_LAYOUT_VERSION : PREP_CALENDAR_LAYOUT_VERSION
    }
    const entry = await this.inOneTransaction(async () => {
      const added = await this.log.add(given, packContent(content))
      await onLogged(added)
      return added
    })
    const base = printedFileBase(content.fileNamePatient, 'fileName.preparation', content.language, input.appointmentAt.slice(0, 10))
    return input.format === 'pdf'
      ? { entry, fileName: `${base}.pdf`, mimeType: 'application/pdf', bytes }
      : { entry, fileName: `${base}.ics`, mimeType: 'text/calendar', bytes }
  }

  listForClient(clientId: string): Promise<PrepSheetLogEntry[]> {
    return this.log.listForClient(clientId)
  }
}
