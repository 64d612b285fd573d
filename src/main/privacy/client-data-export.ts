import type { ClientData, ClientDataFiles } from '@shared/register/client-data'
import type { AuditLog } from '../audit/audit-log'
import type { ClinicSettingsRepository } from '../clinic/clinic-settings-repository'
import type { HandoutService } from '../handouts/handout-service'
import type { PdfRenderer } from '../handouts/pdf-renderer'
import type { PrepSheetService } from '../prep-sheets/prep-sheet-service'
import type { RecallRepository } from '../recalls/recall-repository'
import type { ClientRepository, Clock } from '../register/client-repository'
import type { TreatmentRepository } from '../register/treatment-repository'
import type { ScreeningRepository } from '../screening/screening-repository'
import type { ConsentService } from '../consent/consent-service'
import { clientDataDocument } from './client-data-document'

export interface ClientDataSources {
  clients: ClientRepository
  treatments: TreatmentRepository
  screenings: ScreeningRepository
  consents: Pick<ConsentService, 'listForClient'>
  handouts: HandoutService
  prepSheets: PrepSheetService
  recalls: Pick<RecallRepository, 'contactsForClient'>
  audit: AuditLog
  clinic: ClinicSettingsRepository
  renderer: () => Promise<PdfRenderer>
  clock?: Clock
}

/** Everything held about a client, as JSON and as a readable PDF of the same. */
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
  return {
    baseName: `${client.familyName}-${client.givenName}-data-${data.exportedAt.slice(0, 10)}`.replace(/[^\p{L}\p{N}-]+/gu, '-'),
    json: JSON.stringify(data, null, 2),
    pdf: await renderer.render(clientDataDocument(data, clinic.name), exportedAt)
  }
}
