import type { CallName } from '../../shared/contract/call-names'
import type { CallOutput, ParsedCallInput } from '../../shared/contract/calls'
import type { RegisterDatabase } from '../db/connection'
import { ClientRepository, type Clock } from '../register/client-repository'
import { searchClients } from '../register/client-search'
import { TreatmentRepository } from '../register/treatment-repository'
import { ClinicSettingsRepository } from '../clinic/clinic-settings-repository'
import { HandoutService } from '../handouts/handout-service'
import { PdfRenderer } from '../handouts/pdf-renderer'

/** One function per call of the contract; its input is already parsed by the shared schema. */
export type HandlerTable = {
  [N in CallName]: (input: ParsedCallInput<N>) => Promise<CallOutput<N>>
}

export interface HandlerContext {
  database: RegisterDatabase
  appName: string
  appVersion: string
  /** The bundled handout fonts (resources/fonts). */
  fontsDir: string
  clock?: Clock
}

/** The whole contract, implemented once; IPC, the admin CLI and the e2e loopback all call this. */
export function createHandlerTable({ database, appName, appVersion, fontsDir, clock }: HandlerContext): HandlerTable {
  const { db } = database
  const clients = new ClientRepository(db, clock)
  const treatments = new TreatmentRepository(db, clients, clock)
  const clinic = new ClinicSettingsRepository(db)
  let renderer: Promise<PdfRenderer> | undefined
  // Built on first use: the CLI's register commands never pay for loading pdfmake.
  const pdfRenderer = (): Promise<PdfRenderer> => (renderer ??= PdfRenderer.create(fontsDir))
  const handouts = new HandoutService(db, clients, treatments, clinic, pdfRenderer, clock)
  return {
    'app.info': async () => ({
      name: appName,
      version: appVersion,
      databasePath: database.file,
      clientCount: await clients.count()
    }),
    'clients.create': (fields) => clients.create(fields),
    'clients.update': ({ id, fields }) => clients.update(id, fields),
    'clients.get': ({ id }) => clients.get(id),
    'clients.list': (options) => clients.list(options),
    'clients.count': (options) => clients.count(options),
    'clients.setArchived': ({ id, archived }) => clients.setArchived(id, archived),
    'clients.search': (options) => searchClients(db, options),
    'treatments.create': (fields) => treatments.create(fields),
    'treatments.get': ({ id }) => treatments.get(id),
    'treatments.listForClient': ({ clientId }) => treatments.listForClient(clientId),
    'treatments.listForDay': ({ date, timeZone }) => treatments.listForDay(date, timeZone),
    'treatments.suggestions': () => treatments.suggestions(),
    'aftercare.plan': ({ treatmentId }) => handouts.plan(treatmentId),
    'handouts.produce': (input) => handouts.produce(input),
    'handouts.reprint': ({ entryId, producedBy }) => handouts.reprint(entryId, producedBy),
    'handouts.listForClient': async ({ clientId }) => {
      await clients.get(clientId)
      return handouts.listForClient(clientId)
    },
    'clinic.get': () => clinic.get(),
    'clinic.update': (settings) => clinic.save(settings)
  }
}
