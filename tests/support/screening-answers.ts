import { questionsFor, type ScreeningAnswers } from '../../src/shared/screening/screening-answers'
import type { Questionnaire } from '../../src/shared/screening/questionnaire'
import type { TreatmentZone } from '../../src/shared/register/vocabulary'
import type { CallInput } from '../../src/shared/contract/calls'
import type { Treatment } from '../../src/shared/register/treatment'
import type { TempRegister } from './temp-register'
import { consentForVisit } from './signed-consent'

/** Every question answered "no" or "never": a client with nothing to declare. */
export function nothingToDeclare(questionnaire: Questionnaire, radiofrequency = false): ScreeningAnswers {
  return Object.fromEntries(
    questionsFor(questionnaire, radiofrequency).map((question) => [question.id, question.kind === 'yes-no' ? false : null])
  )
}

/**
 * A clear screening of a visit, kept as the desk keeps it before today's treatment: for tests
 * whose subject is not the screening. Returns its id, for the treatment's `screeningId`.
 */
export async function clearScreening(
  register: Pick<TempRegister, 'ok'>,
  visit: { clientId: string; performedAt: string; timeZone: string; zones: readonly { zone: TreatmentZone }[] }
): Promise<string> {
  const { version, questionnaire } = await register.ok('screening.current', {})
  const screening = await register.ok('screenings.record', {
    clientId: visit.clientId,
    visitAt: visit.performedAt,
    timeZone: visit.timeZone,
    zones: visit.zones.map((treated) => treated.zone),
    questionnaireVersion: version,
    answers: nothingToDeclare(questionnaire),
    recordedBy: 'Front desk'
  })
  if (screening.outcome !== 'clear') throw new Error(`The visit's screening is not clear: ${screening.reasons.map((reason) => reason.text).join(' ')}`)
  return screening.id
}

/** Records a treatment for today as the desk does: its visit screened, clear, and a consent signed for it, first. */
export async function recordScreenedTreatment(register: Pick<TempRegister, 'ok'>, fields: CallInput<'treatments.create'>): Promise<Treatment> {
  const zones = fields.zones ?? []
  const screeningId = await clearScreening(register, { ...fields, zones })
  await consentForVisit(register, { clientId: fields.clientId, screeningId, device: fields.device, zones, timeZone: fields.timeZone })
  return register.ok('treatments.create', { ...fields, screeningId })
}
