import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { userInfo } from 'node:os'
import { basename, join, resolve } from 'node:path'
import type { ParseArgsConfig } from 'node:util'
import { clinicLogoSchema } from '@shared/clinic/clinic-logo'
import type { PaperSize } from '@shared/clinic/clinic-settings'
import { retentionOf } from '@shared/clinic/record-retention'
import type { HandoutKind } from '@shared/handouts/handout-kinds'
import type { AuditAction } from '@shared/audit/audit-entry'
import type { DateOrder, ImportEncoding } from '@shared/register/client-import'
import { AuditLog } from '../audit/audit-log'
import type { DeskSession } from '../staff/desk-session'
import { asCliLine, permitAtLocation, type CliIdentity } from './cli-session'
import { readNewPin } from './read-new-pin'
import { versionedDocumentCommands } from './document-commands'
import { SCREENING_COMMANDS, screeningForVisit } from './screening-commands'
import { onePositional, string, strings, wholeNumber, writeFileAtomically } from './option-values'
import { whyNotSaved } from './why-not-saved'
import { STAFF_ROLES, type StaffRole } from '@shared/staff/staff-member'
import { AppError } from '../api/app-error'
import { serverBackupsDir } from '../app-paths'
import { loadPostgresSide, openRegister } from '../db/open-register'
import { isServerUrl, parseServerAddress } from '../db/postgres/server-address'
import { restoreIntoServer } from '../db/postgres/restore-into-server'
import { copyRegister, type CopyReport } from '../db/register-copy'
import type { CallName } from '@shared/contract/call-names'
import type { CallInput, CallOutput } from '@shared/contract/calls'
import { machineTimeZone } from '@shared/dates/calendar-date'
import { TREATMENT_ZONES, findZone, type HandoutLanguage, type TreatmentConcern } from '@shared/register/vocabulary'
import type { PostgresRegisterDatabase, RegisterDatabase, SqliteRegisterDatabase } from '../db/register-database'
import { CliFailure } from './cli-failure'
import { words, type WordId } from '@shared/words/words'
import { inspectRegisterFile, RegisterFileProblem } from '../safety/register-inspection'
import { checkOpenRegister } from '../safety/register-soundness'
import { restoreRegister } from '../safety/restore'
import { EXPORT_KINDS, type ExportKind } from '@shared/contract/desktop-calls'
import { csvConventionsFor } from '@shared/clinic/spreadsheet-region'
import { DESKTOP_ACCESS } from '@shared/staff/call-access'
import { exportToFile } from '../exchange/export-file'
import { exportEvent, exportFormatOf, type ExportFormat } from '../exchange/export-tables'

export type Call = <N extends CallName>(name: N, input: CallInput<N>) => Promise<CallOutput<N>>

export interface CommandContext {
  call: Call
  database: RegisterDatabase
  /** Who runs the command; what works on the register directly asks it first. */
  session: DeskSession
  values: Record<string, string | boolean | (string | boolean)[] | undefined>
  positionals: string[]
}

export interface LocationCommandContext {
  /** The register's file, or its server's postgres:// address. */
  location: string
  values: CommandContext['values']
  identity: CliIdentity
}

/** A command runs on the open register, or (`runOnLocation`) on the register where it is, opening it only if it must. */
export type CliCommand = {
  words: string[]
  /** Its words, options and placeholders as typed, the same in every language. */
  usage: string
  /** What the usage leaves unsaid, in the desk's language (help-text.ts puts it after the usage). */
  note?: WordId
  options: NonNullable<ParseArgsConfig['options']>
} & ({ run(context: CommandContext): Promise<unknown> } | { runOnLocation(context: LocationCommandContext): Promise<unknown> })

const text = { type: 'string' } as const
const flag = { type: 'boolean' } as const
const many = { type: 'string', multiple: true } as const

export const COMMANDS: CliCommand[] = [
  {
    words: ['client', 'add'],
    usage:
      'client add --given G --family F [--dob YYYY-MM-DD] [--phone P] [--email E] [--skin-type I..VI] [--lang CODE] [--notes N]',
    options: {
      given: text,
      family: text,
      dob: text,
      phone: text,
      email: text,
      'skin-type': text,
      lang: text,
      notes: text
    },
    run: ({ call, values }) =>
      call('clients.create', {
        givenName: string(values.given) ?? '',
        familyName: string(values.family) ?? '',
        dateOfBirth: string(values.dob),
        phone: string(values.phone),
        email: string(values.email),
        skinType: string(values['skin-type']) as CallInput<'clients.create'>['skinType'],
        language: string(values.lang) as CallInput<'clients.create'>['language'],
        notes: string(values.notes)
      })
  },
  {
    words: ['client', 'show'],
    usage: 'client show ID',
    options: {},
    run: ({ call, positionals }) => call('clients.get', { id: onePositional(positionals, 'cli.oneClientId') })
  },
  {
    words: ['client', 'list'],
    usage: 'client list [--archived] [--limit N]',
    options: { archived: flag, limit: text },
    run: ({ call, values }) =>
      call('clients.list', {
        includeArchived: values.archived === true,
        limit: wholeNumber(values.limit, 'limit') ?? 1000
      })
  },
  {
    words: ['client', 'archive'],
    usage: 'client archive ID',
    options: {},
    run: ({ call, positionals }) =>
      call('clients.setArchived', { id: onePositional(positionals, 'cli.oneClientId'), archived: true })
  },
  {
    words: ['client', 'unarchive'],
    usage: 'client unarchive ID',
    options: {},
    run: ({ call, positionals }) =>
      call('clients.setArchived', { id: onePositional(positionals, 'cli.oneClientId'), archived: false })
  },
  {
    words: ['client', 'export'],
    usage: 'client export ID --out DIR',
    options: { out: text },
    async run({ call, positionals, values }) {
      const out = string(values.out)
      if (!out) throw new CliFailure(words('cli.exportDataWhere'))
      const files = await call('clients.exportData', { id: onePositional(positionals, 'cli.oneClientId') })
      mkdirSync(out, { recursive: true })
      const json = join(resolve(out), `${files.baseName}.json`)
      const pdf = join(resolve(out), `${files.baseName}.pdf`)
      writeFileAtomically(json, new TextEncoder().encode(files.json))
      writeFileAtomically(pdf, files.pdf)
      return { json, pdf }
    }
  },
  {
    words: ['client', 'erase'],
    usage: 'client erase ID [--reason R]',
    options: { reason: text },
    run: ({ call, positionals, values }) =>
      call('clients.erase', { id: onePositional(positionals, 'cli.oneClientId'), ...(string(values.reason) !== undefined && { reason: string(values.reason) }) })
  },
  {
    words: ['search'],
    usage: 'search QUERY [--limit N] [--archived]',
    options: { limit: text, archived: flag },
    run: ({ call, values, positionals }) =>
      call('clients.search', {
        query: positionals.join(' '),
        limit: wholeNumber(values.limit, 'limit'),
        includeArchived: values.archived === true
      })
  },
  {
    words: ['treatment', 'add'],
    usage:
      'treatment add --client ID --at YYYY-MM-DDTHH:MM --zone NAME=DEPTH_MM [--zone ...] [--practitioner P] [--device D] [--concern C ...] [--products P] [--session N] [--notes N] [--screening ID] [--reviewed-by NAME --reason R]',
    options: {
      client: text,
      at: text,
      zone: many,
      screening: text,
      'reviewed-by': text,
      reason: text,
      practitioner: text,
      device: text,
      concern: many,
      products: text,
      session: text,
      notes: text
    },
    run: async ({ call, values }) =>
      call('treatments.create', {
        clientId: string(values.client) ?? '',
        performedAt: string(values.at) ?? '',
        screeningId: await screeningForVisit(call, string(values.client) ?? '', string(values.at) ?? '', string(values.screening)),
        screeningDecision: decisionOption(values),
        timeZone: machineTimeZone(),
        zones: strings(values.zone).map(parseZoneOption),
        practitioner: string(values.practitioner),
        device: string(values.device),
        concerns: strings(values.concern).map(
          (concern) => concern.trim().toLowerCase().replace(/[\s-]+/g, '_') as TreatmentConcern
        ),
        products: string(values.products),
        sessionNumber: wholeNumber(values.session, 'session'),
        notes: string(values.notes)
      })
  },
  {
    words: ['treatment', 'list'],
    usage: 'treatment list --client ID',
    options: { client: text },
    run: ({ call, values }) => call('treatments.listForClient', { clientId: string(values.client) ?? '' })
  },
  {
    words: ['plan'],
    usage: 'plan --treatment ID',
    options: { treatment: text },
    async run({ call, values }) {
      const plan = await call('aftercare.plan', { treatmentId: string(values.treatment) ?? '' })
      return {
        band: plan.band,
        milestones: plan.milestones.map(({ key, label, start, end }) => ({ key, label, start, ...(end && { end }) })),
        stages: plan.stages.map(({ key, title, firstDay, lastDay }) => ({ key, title, firstDay, ...(lastDay && { lastDay }) })),
        nextSession: { earliest: plan.nextSession.earliest, latest: plan.nextSession.latest }
      }
    }
  },
  {
    words: ['handout', 'reprint'],
    usage: 'handout reprint --entry ID --out FILE [--by NAME]',
    options: { entry: text, out: text, by: text },
    async run({ call, values }) {
      const entryId = string(values.entry)
      if (!entryId) throw new CliFailure(words('cli.reprintWhich'))
      const out = string(values.out)
      if (!out) throw new CliFailure(words('cli.reprintWhere'))
      const reprinted = await call('handouts.reprint', { entryId, producedBy: string(values.by) ?? userInfo().username })
      writeFileAtomically(out, reprinted.bytes)
      return { file: resolve(out), ...reprinted.entry }
    }
  },
  {
    words: ['handout'],
    usage: 'handout --treatment ID --out FILE.pdf [--paper A4|Letter] [--lang en|es|fr|de] [--by NAME]',
    options: { treatment: text, out: text, paper: text, lang: text, by: text },
    run: ({ call, values }) => produceFile(call, values, 'handout')
  },
  {
    words: ['schedule'],
    usage: 'schedule --treatment ID --out FILE.pdf|FILE.ics [--paper A4|Letter] [--lang en|es|fr|de] [--by NAME]',
    options: { treatment: text, out: text, paper: text, lang: text, by: text },
    run: ({ call, values }) => {
      const out = string(values.out) ?? ''
      return produceFile(call, values, out.toLowerCase().endsWith('.ics') ? 'ics' : 'calendar')
    }
  },
  {
    words: ['recall', 'contacted'],
    usage: 'recall contacted --client ID [--outcome left-message|booked|declined] [--note N]',
    options: { client: text, outcome: text, note: text },
    run: ({ call, values }) =>
      call('recalls.recordContact', {
        clientId: string(values.client) ?? '',
        // Written with a dash on the command line, as the other options are.
        outcome: (string(values.outcome)?.replaceAll('-', '_') ?? null) as CallInput<'recalls.recordContact'>['outcome'],
        note: string(values.note)
      })
  },
  {
    words: ['recall'],
    usage: 'recall [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
    options: { from: text, to: text },
    run: ({ call, values }) => call('recalls.list', { from: string(values.from), to: string(values.to) })
  },
  {
    words: ['prep-sheet'],
    usage: 'prep-sheet --client ID --appointment YYYY-MM-DDTHH:MM --out FILE.pdf|FILE.ics [--lang en|es|fr|de] [--paper A4|Letter] [--by NAME]',
    options: { client: text, appointment: text, out: text, lang: text, paper: text, by: text },
    async run({ call, values }) {
      const out = string(values.out)
      if (!out) throw new CliFailure(words('cli.prepSheetWhere'))
      const appointmentAt = string(values.appointment)
      if (!appointmentAt) throw new CliFailure(words('cli.appointmentWhen'))
      const produced = await call('prepSheets.produce', {
        clientId: string(values.client) ?? '',
        appointmentAt,
        timeZone: machineTimeZone(),
        format: out.toLowerCase().endsWith('.ics') ? 'ics' : 'pdf',
        language: string(values.lang) as HandoutLanguage | undefined,
        paper: string(values.paper) as PaperSize | undefined,
        producedBy: string(values.by) ?? userInfo().username
      })
      writeFileAtomically(out, produced.bytes)
      return { file: resolve(out), ...produced.entry }
    }
  },
  {
    words: ['consent', 'list'],
    usage: 'consent list --client ID',
    options: { client: text },
    async run({ call, values }) {
      const clientId = string(values.client)
      if (!clientId) throw new CliFailure(words('cli.consentsWhose'))
      return call('consents.listForClient', { clientId })
    }
  },
  {
    words: ['handout-log'],
    usage: 'handout-log --client ID',
    options: { client: text },
    run: ({ call, values }) => call('handouts.listForClient', { clientId: string(values.client) ?? '' })
  },
  ...SCREENING_COMMANDS,
  ...versionedDocumentCommands({
    word: 'protocol',
    refusals: { saveWhere: 'cli.protocol.saveWhere', importWhich: 'cli.protocol.importWhich', notAFile: 'cli.protocol.notAFile' },
    current: (call) => call('protocol.current', {}),
    get: (call, version) => call('protocol.get', { version }),
    versions: (call) => call('protocol.versions', {}),
    documentOf: (version) => version.protocol,
    save: (call, document, note, createdBy) =>
      call('protocol.save', { protocol: document as CallInput<'protocol.save'>['protocol'], note, createdBy })
  }),
  {
    words: ['clinic', 'show'],
    usage: 'clinic show',
    options: {},
    run: ({ call }) => call('settings.get', {})
  },
  {
    words: ['clinic', 'set'],
    usage:
      'clinic set [--name N] [--address A] [--country GB|ES|FR|DE|US|...] [--phone P] [--email E] [--website W] [--out-of-hours P] [--paper A4|Letter] [--lang CODE] [--logo FILE.png|FILE.jpg]',
    options: {
      name: text,
      address: text,
      country: text,
      phone: text,
      email: text,
      website: text,
      'out-of-hours': text,
      paper: text,
      lang: text,
      logo: text
    },
    async run({ call, values }) {
      const logoFile = string(values.logo)
      const logo = logoFile ? clinicLogoSchema.safeParse({ base64: readLogo(logoFile) }) : undefined
      // A bad logo stops the command before anything is saved.
      if (logo && !logo.success) throw new CliFailure(logo.error.issues.map((issue) => issue.message).join(' '))
      const current = await call('settings.get', {})
      const given = <T>(value: unknown, fallback: T): T | string => (typeof value === 'string' ? value : fallback)
      await call('settings.update', {
        name: given(values.name, current.name),
        address: given(values.address, current.address),
        country: given(values.country, current.country),
        phone: given(values.phone, current.phone),
        email: given(values.email, current.email),
        website: given(values.website, current.website),
        outOfHoursPhone: given(values['out-of-hours'], current.outOfHoursPhone),
        paper: given(values.paper, current.paper) as PaperSize,
        defaultLanguage: given(values.lang, current.defaultLanguage) as HandoutLanguage
      })
      return logo ? call('settings.setLogo', { base64: logo.data.base64 }) : call('settings.get', {})
    }
  },
  {
    words: ['clinic', 'retention'],
    // The rules follow the clinic's country: `clinic set --country`.
    usage: 'clinic retention [--years N | --years default]',
    options: { years: text },
    async run({ call, values }) {
      const years = string(values.years)
      if (years !== undefined) {
        await call('settings.setRetention', { years: years === 'default' ? null : (wholeNumber(years, 'years') ?? null) })
      }
      return retentionOf(await call('settings.get', {}))
    }
  },
  {
    words: ['retention', 'review'],
    usage: 'retention review [--limit N]',
    options: { limit: text },
    run: ({ call, values }) => call('privacy.retentionReview', { limit: wholeNumber(values.limit, 'limit') ?? 200 })
  },
  {
    words: ['export'],
    usage: 'export --clients FILE.csv|FILE.xlsx | --treatments FILE.csv|FILE.xlsx',
    options: { clients: text, treatments: text },
    async run({ call, database, session, values }) {
      const files = EXPORT_KINDS.flatMap((kind) => {
        const file = string(values[kind])
        if (!file) return []
        const format = exportFormatOf(file)
        if (!format) throw new CliFailure(words('cli.exportExtension', { file }))
        return [{ kind, file, format }]
      })
      if (files.length === 0) throw new CliFailure(words('cli.exportWhat'))
      const actor = await asCliLine(() => session.permit(DESKTOP_ACCESS.export))
      const conventions = csvConventionsFor(await call('settings.get', {}))
      const audit = new AuditLog(database.db)
      const written: Partial<Record<ExportKind, { file: string; format: ExportFormat; rows: number }>> = {}
      for (const { kind, file, format } of files) {
        const destination = resolve(file)
        const rows = await exportToFile(database.db, destination, {
          kind,
          format,
          conventions,
          beforeKeeping: (count) => audit.record(actor, exportEvent(kind, format, count))
        }).catch((error: unknown) => {
          // The file system's refusals (no such folder, no permission, a full disk) in one line; anything else as it is.
          if (error instanceof Error && 'syscall' in error) throw new CliFailure(words('cli.couldNotSave', { file: destination, reason: whyNotSaved(error) }))
          throw error
        })
        written[kind] = { file: destination, format, rows }
      }
      return written
    }
  },
  {
    words: ['import'],
    usage: 'import --clients FILE.csv|FILE.xlsx [--sheet NAME] [--encoding utf-8|utf-16|windows-1252] [--date-order DMY|MDY]',
    options: { clients: text, sheet: text, encoding: text, 'date-order': text },
    async run({ call, values }) {
      const file = string(values.clients)
      if (!file) throw new CliFailure(words('cli.importWhich'))
      let bytes: Uint8Array
      try {
        bytes = readFileSync(file)
      } catch {
        throw new CliFailure(words('cli.couldNotRead', { file }))
      }
      return call('imports.clientsCsv', {
        file: bytes,
        fileName: basename(file),
        sheet: string(values.sheet),
        encoding: string(values.encoding)?.toLowerCase() as ImportEncoding | undefined,
        dateOrder: string(values['date-order'])?.toUpperCase() as DateOrder | undefined
      })
    }
  },
  {
    words: ['audit'],
    usage: 'audit [--since YYYY-MM-DD] [--action A] [--client ID] [--person NAME] [--limit N]',
    options: { since: text, action: text, client: text, person: text, limit: text },
    run: ({ call, values }) =>
      call('audit.list', {
        since: string(values.since),
        action: string(values.action) as AuditAction | undefined,
        clientId: string(values.client),
        actor: string(values.person),
        limit: wholeNumber(values.limit, 'limit')
      })
  },
  {
    words: ['backup'],
    usage: 'backup --out FILE',
    options: { out: text },
    async run({ database, session, values }) {
      const actor = await asCliLine(() => session.permit('owner'))
      const out = string(values.out)
      if (!out) throw new CliFailure(words('cli.backupWhere'))
      try {
        await database.writeBackup(resolve(out))
      } catch (error) {
        // The register's own refusals (a folder gone, the register busy) are sentences in the desk's words already.
        if (error instanceof AppError) throw new CliFailure(error.message)
        throw new CliFailure(words('cli.backupNotSaved', { file: out, reason: whyNotSaved(error) }))
      }
      await new AuditLog(database.db).record(actor, { action: 'backup', subjectType: 'register' })
      return inspectRegisterFile(resolve(out))
    }
  },
  {
    words: ['restore'],
    usage: 'restore --from FILE',
    options: { from: text },
    async runOnLocation({ location, values, identity }) {
      const from = string(values.from)
      if (!from) throw new CliFailure(words('cli.restoreWhich'))
      const actor = await permitAtLocation(location, identity, 'owner')
      const recordRestore = (database: RegisterDatabase) =>
        new AuditLog(database.db).record(actor, { action: 'restore', subjectType: 'register' })
      if (isServerUrl(location)) {
        return withServerRegister(location, async (database) => {
          const result = await asCliFailure(() => restoreIntoServer(database, resolve(from)))
          await recordRestore(database)
          return result
        })
      }
      const result = await asCliFailure(() => restoreRegister(location, resolve(from)))
      await withRegister(location, recordRestore)
      return result
    }
  },
  {
    words: ['check'],
    usage: 'check',
    options: {},
    runOnLocation: ({ location }) =>
      asCliFailure(async () =>
        isServerUrl(location) ? withRegister(location, checkOpenRegister) : inspectRegisterFile(location)
      )
  },
  {
    words: ['register', 'copy'],
    usage: 'register copy --to FILE|URL',
    options: { to: text },
    async run({ database, session, values }) {
      await asCliLine(() => session.permit('owner'))
      const to = string(values.to)
      if (!to) throw new CliFailure(words('cli.copyWhere'))
      return copyToNewLocation(database, isServerUrl(to) ? to : resolve(to))
    }
  },
  {
    words: ['staff', 'add'],
    usage: 'staff add --name N --role reception|practitioner|owner [--doctor]',
    note: 'cli.usage.newPinFrom',
    options: { name: text, role: text, doctor: flag },
    async run({ call, session, values }) {
      const name = string(values.name)
      if (!name) throw new CliFailure(words('cli.staffWho'))
      const role = staffRole(values.role)
      // Refused before the PIN is asked for, not after it was typed twice.
      await asCliLine(() => session.permit('owner'))
      return call('staff.create', { name, role, doctor: values.doctor === true, pin: await readNewPin(name) })
    }
  },
  {
    words: ['staff', 'list'],
    usage: 'staff list',
    options: {},
    run: ({ call }) => call('staff.list', {})
  },
  {
    words: ['staff', 'deactivate'],
    usage: 'staff deactivate ID',
    options: {},
    async run({ call, positionals }) {
      const member = await staffMember(call, onePositional(positionals, 'cli.oneStaffId'))
      return call('staff.update', { ...member, active: false })
    }
  },
  {
    words: ['staff', 'set-pin'],
    usage: 'staff set-pin ID',
    note: 'cli.usage.newPinFrom',
    options: {},
    async run({ call, positionals }) {
      // Listing the staff is the owner's, as setting a PIN is: a refusal comes before the PIN is asked for.
      const member = await staffMember(call, onePositional(positionals, 'cli.oneStaffId'))
      return call('staff.setPin', { id: member.id, pin: await readNewPin(member.name) })
    }
  },
  {
    words: ['desk', 'access'],
    usage: 'desk access --sign-in staff|none [--lock-after MINUTES]',
    options: { 'sign-in': text, 'lock-after': text },
    async run({ call, values }) {
      const state = await call('desk.state', {})
      return call('desk.updateAccess', {
        signIn: string(values['sign-in']) as 'staff' | 'none',
        // Unchanged unless given.
        idleLockMinutes: wholeNumber(values['lock-after'], 'lock-after') ?? ('idleLockMinutes' in state ? state.idleLockMinutes : undefined)
      })
    }
  },
  {
    words: ['seed-demo'],
    usage: 'seed-demo --clients N [--seed S]',
    options: { clients: text, seed: text },
    async run({ database, session, values }) {
      await asCliLine(() => session.permit('owner'))
      const { seedDemoRegister } = await import('./seed-demo')
      const clients = wholeNumber(values.clients, 'clients')
      if (clients === undefined || clients < 1) throw new CliFailure(words('cli.demoHowMany'))
      return seedDemoRegister(database, { clients, seed: wholeNumber(values.seed, 'seed') ?? 1 })
    }
  }
]

function staffRole(value: unknown): StaffRole {
  const role = STAFF_ROLES.find((candidate) => candidate === value)
  if (!role) throw new CliFailure(words('cli.roleNeeded', { roles: STAFF_ROLES.join('|') }))
  return role
}

async function staffMember(call: Call, id: string) {
  const member = (await call('staff.list', {})).find((candidate) => candidate.id === id)
  if (!member) throw new CliFailure(words('cli.noStaffId', { id }))
  return member
}

/** --reviewed-by and --reason: who confirmed a review, or let a stopped visit go ahead, and why. */
function decisionOption(values: CommandContext['values']): { by: string; reason: string } | undefined {
  const by = string(values['reviewed-by'])
  const reason = string(values.reason)
  if (by === undefined && reason === undefined) return undefined
  if (!by || !reason) throw new CliFailure(words('cli.reviewBoth'))
  return { by, reason }
}

/** "cheeks=1.5" or "Around the eyes=0.25" into a zone row; the schema checks the depth. */
function parseZoneOption(option: string): { zone: (typeof TREATMENT_ZONES)[number]; depthMm: number } {
  const separator = option.lastIndexOf('=')
  if (separator < 0) throw new CliFailure(words('cli.zoneFormat', { option }))
  const name = option.slice(0, separator)
  const zone = findZone(name)
  if (!zone) throw new CliFailure(words('cli.notAZone', { name, zones: TREATMENT_ZONES.join(', ') }))
  const depth = option.slice(separator + 1).trim()
  return { zone, depthMm: depth === '' ? Number.NaN : Number(depth) }
}

/** Makes a handout or schedule through the handler table and writes it to --out. */
async function produceFile(call: Call, values: CommandContext['values'], kind: HandoutKind) {
  const out = string(values.out)
  if (!out) throw new CliFailure(words('cli.fileWhere'))
  const produced = await call('handouts.produce', {
    treatmentId: string(values.treatment) ?? '',
    kind,
    paper: string(values.paper) as PaperSize | undefined,
    language: string(values.lang) as HandoutLanguage | undefined,
    producedBy: string(values.by) ?? userInfo().username
  })
  writeFileAtomically(out, produced.bytes)
  return { file: resolve(out), ...produced.entry }
}

/** Runs `work` on the register at `location`, opened for it and closed after. */
function withRegister<T>(location: string, work: (database: SqliteRegisterDatabase | PostgresRegisterDatabase) => Promise<T>): Promise<T> {
  return whileOpen(openRegister(location, { serverBackupsDir: serverBackupsDir() }), work)
}

/** The same on the clinic's server at `url`, opened as one (a restore into it works on a server register only). */
async function withServerRegister<T>(url: string, work: (database: PostgresRegisterDatabase) => Promise<T>): Promise<T> {
  const { openPostgresRegister } = await loadPostgresSide()
  return whileOpen(openPostgresRegister(parseServerAddress(url), { backupsDir: serverBackupsDir() }), work)
}

async function whileOpen<D extends RegisterDatabase, T>(opening: Promise<D>, work: (database: D) => Promise<T>): Promise<T> {
  const database = await opening
  try {
    return await work(database)
  } finally {
    await database.close()
  }
}

/**
 * `register copy`: the open register into a new file, or an empty server database. A file
 * that exists is refused before anything is opened; a copy that fails leaves no new file.
 */
async function copyToNewLocation(source: RegisterDatabase, target: string): Promise<CopyReport> {
  const newFile = !isServerUrl(target)
  if (newFile && existsSync(target)) throw new CliFailure(words('cli.copyTargetExists', { target }))
  try {
    return await withRegister(target, (database) => copyRegister(source, database))
  } catch (error) {
    if (newFile) for (const file of [target, `${target}-wal`, `${target}-shm`]) rmSync(file, { force: true })
    if (error instanceof AppError) throw new CliFailure(error.message)
    throw error
  }
}

/** A register file problem, or a refusal of the copy inside a restore, is the user's to fix: one line, exit 1. */
async function asCliFailure<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    if (error instanceof RegisterFileProblem || error instanceof AppError) throw new CliFailure(error.message)
    throw error
  }
}


function readLogo(file: string): string {
  try {
    return readFileSync(file).toString('base64')
  } catch {
    throw new CliFailure(words('cli.logoUnreadable', { file }))
  }
}
