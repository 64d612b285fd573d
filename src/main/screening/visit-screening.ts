import { usesRadiofrequency } from '@shared/clinic/clinic-settings'
import { compareIsoDates, todayIn } from '@shared/dates/calendar-date'
import type { RecordScreeningInput, ScreeningRecord } from '@shared/screening/screening-record'
import type { ScreeningDecision, TreatmentScreening } from '@shared/screening/screening-decision'
import type { recordScreeningSchema } from '@shared/screening/screening-record'
import { answerProblems } from '@shared/screening/screening-answers'
import { screeningOutcome, type ScreeningResult } from '@shared/screening/screening-outcome'
import { words } from '@shared/words/words'
import type { z } from 'zod'
import { AppError } from '../api/app-error'
import type { ClinicSettingsRepository } from '../clinic/clinic-settings-repository'
import type { ProtocolRepository } from '../handouts/protocol-repository'
import type { ClientRepository } from '../register/client-repository'
import type { TreatmentFieldValues, TreatmentRepository } from '../register/treatment-repository'
import type { DeskSession } from '../staff/desk-session'
import type { QuestionnaireRepository } from './questionnaire-repository'
import type { ScreeningRepository } from './screening-repository'

/**
 * Screening before the needle: a visit's answers are screened and kept, and a treatment for
 * today is recorded only under a screening of that visit whose outcome allows it, or with the
 * decision it asks for (a practitioner's review; the owner's or a doctor's named override).
 */
export class VisitScreening {
  constructor(
    private readonly parts: {
      clients: ClientRepository
      treatments: TreatmentRepository
      screenings: ScreeningRepository
      questionnaires: QuestionnaireRepository
      protocols: ProtocolRepository
      clinic: ClinicSettingsRepository
      session: DeskSession
    }
  ) {}

  /** Screens a visit's answers and keeps them; answers that cannot be screened are refused with nothing kept. */
  async record(input: z.output<typeof recordScreeningSchema>): Promise<ScreeningRecord> {
    const { clients, screenings, questionnaires, clinic } = this.parts
    await clients.get(input.clientId)
    const { questionnaire } = await questionnaires.get(input.questionnaireVersion)
    const radiofrequency = usesRadiofrequency(await clinic.get(), input.device)
    const visit = { date: input.visitAt.slice(0, 10), radiofrequency, zones: input.zones }
    const problems = answerProblems(questionnaire, input.answers, visit)
    if (problems.length > 0) {
      throw new AppError('invalid_input', words('screening.answers.unscreenable', { problems: problems.join(' ') }), {
        answers: problems.join(' ')
      })
    }
    const result = await this.outcomeFor(input.clientId, input.questionnaireVersion, input.answers, visit)
    return screenings.add({
      clientId: input.clientId,
      visitAt: input.visitAt,
      timeZone: input.timeZone,
      device: input.device,
      radiofrequency,
      zones: input.zones,
      questionnaireVersion: input.questionnaireVersion,
      answers: input.answers,
      outcome: result.outcome,
      reasons: result.reasons,
      notBefore: result.notBefore ?? null,
      recordedBy: input.recordedBy
    })
  }

  /**
   * The screening a treatment is recorded under, checked: its visit, its device, and its
   * outcome for the treatment's own zones and date with the decision that outcome needs. Null
   * for a treatment dated before today (entered after the fact) or where the clinic turned
   * screening off. Refuses, in words for the desk, a treatment the screening does not allow.
   */
  async forTreatment(fields: TreatmentFieldValues): Promise<TreatmentScreening | null> {
    const { screenings, clinic } = this.parts
    const settings = await clinic.get()
    const date = fields.performedAt.slice(0, 10)
    const backEntered = compareIsoDates(date, todayIn(fields.timeZone)) < 0
    if (!fields.screeningId) {
      if (backEntered || !settings.screeningRequired) return null
      throw new AppError('invalid_input', words('screening.visit.missing'), { screeningId: words('screening.visit.missingField') })
    }
    const screening = await screenings.get(fields.screeningId)
    if (screening.clientId !== fields.clientId || screening.visitAt.slice(0, 10) !== date) {
      throw new AppError('invalid_input', words('screening.visit.another'))
    }
    if (usesRadiofrequency(settings, fields.device) && !screening.radiofrequency) {
      throw new AppError('invalid_input', words('screening.radiofrequency.unasked', { device: fields.device ?? words('device.this') }))
    }
    const zones = fields.zones.map((treated) => treated.zone)
    const result = await this.outcomeFor(fields.clientId, screening.questionnaireVersion, screening.answers, {
      date,
      radiofrequency: screening.radiofrequency,
      zones
    })
    const decision = await this.checkDecision(result, fields.screeningDecision)
    return { screeningId: screening.id, outcome: result.outcome, decidedBy: decision?.by ?? null, decisionReason: decision?.reason ?? null }
  }

  private async outcomeFor(
    clientId: string,
    questionnaireVersion: number,
    answers: RecordScreeningInput['answers'],
    visit: { date: string; radiofrequency: boolean; zones: ScreeningRecord['zones'] }
  ): Promise<ScreeningResult> {
    const { treatments, questionnaires, protocols } = this.parts
    // One after another: inside a save's transaction, PostgreSQL runs one query at a time on its connection.
    const { questionnaire } = await questionnaires.get(questionnaireVersion)
    const { protocol } = await protocols.current()
    const earlier = await treatments.listForClient(clientId)
    return screeningOutcome(questionnaire, answers, visit, earlier, protocol)
  }

  /** The decision an outcome needs, with the name it is recorded under; refuses when it is missing or not theirs to make. */
  private async checkDecision(result: ScreeningResult, decision: ScreeningDecision | null): Promise<ScreeningDecision | null> {
    if (result.outcome === 'clear') return null
    const firstReason = result.reasons[0]?.text ?? ''
    if (result.outcome === 'review') {
      if (decision) return decision
      throw new AppError('invalid_input', words('screening.review.needed', { reason: firstReason }), {
        screeningDecision: words('screening.review.field')
      })
    }
    const override = await this.parts.session.stopOverride()
    if (!override.allowed) {
      throw new AppError('forbidden', words('screening.stop.notAllowed', { reason: firstReason }))
    }
    if (!decision) {
      throw new AppError('invalid_input', words('screening.stop.decisionMissing', { reason: firstReason }), {
        screeningDecision: words('screening.stop.field')
      })
    }
    return { by: override.signedInName ?? decision.by, reason: decision.reason }
  }
}
