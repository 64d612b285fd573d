import { Temporal } from 'temporal-polyfill'
import type { ClientData, ClientDataFiles } from '@shared/register/client-data'
import type { ScreeningRecord } from '@shared/screening/screening-record'
import type { AuditLog } from '../audit/audit-log'
import type { ClinicSettingsRepository } from '../clinic/clinic-settings-repository'
import type { HandoutService } from '../handouts/handout-service'
import type { PdfRenderer } from '../handouts/pdf-renderer'
import type { PrepSheetService } from '../prep-sheets/prep-sheet-service'
import type { RecallRepository } from '../recalls/recall-repository'
import type { ClientRepository, Clock } from '../register/client-repository'
import type { TreatmentRepository } from '../register/treatment-repository'
import type { QuestionnaireRepository } from '../screening/questionnaire-repository'
import type { ScreeningRepository } from '../screening/screening-repository'
import type { ConsentService } from '../consent/consent-service'
import { clientDataDocument, type QuestionTexts } from './client-data-document'
import { clientDataLanguage } from './client-data-language'
import { printedFileBase } from '../handouts/printed/printed-file-name'
import { textIn } from '@shared/text/translated-text'
import type { HandoutLanguage } from '@shared/register/vocabulary'

export interface ClientDataSources {
  clients: ClientRepository
  treatments: TreatmentRepository
  screenings: ScreeningRepository
  /** The questionnaires the screenings answered, for their questions' texts. */
  questionnaires: Pick<QuestionnaireRepository, 'get'>
  consents: Pick<ConsentService, 'listForClient'>
  handouts: HandoutService
  prepSheets: PrepSheetService
  recalls: Pick<RecallRepository, 'contactsForClient'>
  audit: AuditLog
  clinic: ClinicSettingsRepository
  renderer: () => Promise<PdfRenderer>
  clock?: Clock
  /** The clinic's time zone, in which the register's UTC times are written; this computer's unless given. */
  timeZone?: string
}

/** Everything held about a client, as JSON and as a readable PDF of the same in the client's language. */
export async function exportClientData(sources: ClientDataSources, clientId: string): Promise<ClientDataFiles> {
  const exportedAt = (sources.clock ?? (() => new Date()))()
  const client = await sources.clients.get(clientId)
  const data: ClientData = {
    exportedAt: exportedAt.toISOString(),
    client,
    treatments: await sources.treatments.listForClient(clientId),
    screenings: await sources.screenings.listForClient(clientId),
    consents: await sources.consents.listForClient(clientId),
    handoutsGiven: await sources.handouts.listForClient(clientId),
    prepSheetsGiven: await sources.prepSheets.listForClient(clientId),
    recallCalls: await sources.recalls.contactsForClient(clientId),
    activity: await sources.audit.list({ subjectId: clientId, limit: 10_000 })
  }
  const clinic = await sources.clinic.get()
  const renderer = await sources.renderer()
  const words = clientDataLanguage(client.language, sources.timeZone ?? Temporal.Now.timeZoneId())
  const document = clientDataDocument(data, clinic.name, words, await questionTexts(sources.questionnaires, data.screenings, client.language))
  return {
    // Named as the client's printed documents are, in their language: "Müller-Jürgen-Daten-…".
    baseName: printedFileBase(`${client.familyName}-${client.givenName}`, 'clientData.fileName', client.language, data.exportedAt.slice(0, 10)),
    json: JSON.stringify(data, null, 2),
    pdf: await renderer.render(document, exportedAt)
  }
}

/** The questions' texts of each questionnaire version the client's screenings answered, in the client's language where the version has it. */
async function questionTexts(questionnaires: ClientDataSources['questionnaires'], screenings: ScreeningRecord[], language: HandoutLanguage): Promise<QuestionTexts> {
  const versions = [...new Set(screenings.map((screening) => screening.questionnaireVersion))]
  const texts = new Map<number, ReadonlyMap<string, string>>()
  for (const version of versions) {
    const { questionnaire } = await questionnaires.get(version)
    texts.set(version, new Map(questionnaire.questions.map((question) => [question.id, textIn(question.text, language)])))
  }
  return texts
}
