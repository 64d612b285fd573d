import { todayIn } from '../../src/shared/dates/calendar-date'
import type { TreatedZone } from '../../src/shared/register/treatment'
import { DEFAULT_QUESTIONNAIRE } from '../../src/shared/screening/default-questionnaire'
import type { ScreeningAnswers } from '../../src/shared/screening/screening-answers'
import type { RecordScreeningInput } from '../../src/shared/screening/screening-record'
import type { TempRegister } from './temp-register'
import { nothingToDeclare } from './screening-answers'
import { consentForVisit } from './signed-consent'

export { signaturePng, signedConsent } from './signed-consent'

export interface VisitReady {
  screeningId: string
  consentId: string
}

/**
 * What a treatment for today needs before it can be recorded: a clear screening of the visit
 * and a consent signed for it. For suites that record treatments for today; `answers`, `zones`
 * and `device` as the treatment will have them.
 */
export async function screenAndConsent(
  register: Pick<TempRegister, 'ok'>,
  clientId: string,
  visit: { device?: string | null; zones?: TreatedZone[]; at?: string; timeZone?: string; answers?: ScreeningAnswers; radiofrequency?: boolean } = {}
): Promise<VisitReady> {
  const timeZone = visit.timeZone ?? 'Europe/London'
  const zones = visit.zones ?? [{ zone: 'cheeks', depthMm: 1 }]
  const screening = await register.ok('screenings.record', {
    ...visitScreening(clientId, { zones: zones.map((zone) => zone.zone), device: visit.device ?? null, timeZone }),
    ...(visit.at && { visitAt: visit.at }),
    questionnaireVersion: (await register.ok('screening.current', {})).version,
    answers: visit.answers ?? nothingToDeclare(DEFAULT_QUESTIONNAIRE, visit.radiofrequency ?? false)
  })
  const consentId = await consentForVisit(register, { clientId, screeningId: screening.id, device: visit.device ?? null, zones, timeZone })
  return { screeningId: screening.id, consentId }
}

/** The input of screenings.record for a visit today at 09:00, with nothing to declare under the shipped questionnaire. */
export function visitScreening(clientId: string, changes: Partial<RecordScreeningInput> = {}): RecordScreeningInput {
  const timeZone = changes.timeZone ?? 'Europe/London'
  return {
    clientId,
    visitAt: `${todayIn(timeZone)}T09:00`,
    timeZone,
    zones: ['cheeks'],
    questionnaireVersion: 1,
    answers: nothingToDeclare(DEFAULT_QUESTIONNAIRE, false),
    recordedBy: 'Front desk',
    ...changes
  }
}

