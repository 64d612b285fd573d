import { readFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import { Temporal } from 'temporal-polyfill'
import type { CallInput } from '@shared/contract/calls'
import { machineTimeZone } from '@shared/dates/calendar-date'
import { findZone, TREATMENT_ZONES } from '@shared/register/vocabulary'
import { words } from '@shared/words/words'
import { CliFailure } from './cli-failure'
import type { Call, CliCommand } from './commands'
import { versionedDocumentCommands } from './document-commands'
import { string, strings, unreadableBecause } from './option-values'

/** The screening questionnaire's versions, and a visit screened from a file of answers. */
export const SCREENING_COMMANDS: CliCommand[] = [
  ...versionedDocumentCommands({
    word: 'screening',
    refusals: { saveWhere: 'cli.screening.saveWhere', importWhich: 'cli.screening.importWhich', notAFile: 'cli.screening.notAFile' },
    current: (call) => call('screening.current', {}),
    get: (call, version) => call('screening.get', { version }),
    versions: (call) => call('screening.versions', {}),
    documentOf: (version) => version.questionnaire,
    save: (call, document, note, createdBy) =>
      call('screening.save', { questionnaire: document as CallInput<'screening.save'>['questionnaire'], note, createdBy })
  }),
  {
    words: ['screening', 'record'],
    usage: 'screening record --client ID --answers F.json --zone ZONE [--zone ...] [--device D] [--at YYYY-MM-DDTHH:MM] [--by NAME]',
    options: { client: { type: 'string' }, answers: { type: 'string' }, zone: { type: 'string', multiple: true }, device: { type: 'string' }, at: { type: 'string' }, by: { type: 'string' } },
    async run({ call, values }) {
      const file = string(values.answers)
      if (!file) throw new CliFailure(words('cli.answersWhich'))
      let answers: unknown
      try {
        answers = JSON.parse(readFileSync(file, 'utf8'))
      } catch (error) {
        throw new CliFailure(words('cli.notAnswersFile', { file, problem: unreadableBecause(error) }))
      }
      const { version } = await call('screening.current', {})
      const screening = await call('screenings.record', {
        clientId: string(values.client) ?? '',
        visitAt: string(values.at) ?? nowHere(),
        timeZone: machineTimeZone(),
        device: string(values.device),
        zones: strings(values.zone).map(zoneNamed),
        questionnaireVersion: version,
        answers: answers as CallInput<'screenings.record'>['answers'],
        recordedBy: string(values.by) ?? userInfo().username
      })
      const { id, outcome, reasons, notBefore } = screening
      return { id, outcome, reasons: reasons.map((reason) => reason.text), ...(notBefore && { notBefore }) }
    }
  }
]

/**
 * The screening a `treatment add` is recorded under: the one named, else the newest of the
 * client's screenings for the treatment's day; none when the client has none that day.
 */
export async function screeningForVisit(call: Call, clientId: string, performedAt: string, named: string | undefined): Promise<string | undefined> {
  if (named) return named
  if (!clientId || performedAt.length < 10) return undefined
  const screenings = await call('screenings.listForClient', { clientId })
  return screenings.find((screening) => screening.visitAt.slice(0, 10) === performedAt.slice(0, 10))?.id
}

function zoneNamed(name: string): (typeof TREATMENT_ZONES)[number] {
  const zone = findZone(name)
  if (!zone) throw new CliFailure(words('cli.notAZone', { name, zones: TREATMENT_ZONES.join(', ') }))
  return zone
}

/** Now on this computer's clock, as YYYY-MM-DDTHH:MM. */
function nowHere(): string {
  return Temporal.Now.plainDateTimeISO(machineTimeZone()).toString({ smallestUnit: 'minute' })
}
