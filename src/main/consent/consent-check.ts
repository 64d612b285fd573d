import { compareIsoDates, todayIn } from '@shared/dates/calendar-date'
import type { TreatmentScreening } from '@shared/screening/screening-decision'
import { words } from '@shared/words/words'
import { AppError } from '../api/app-error'
import type { ClinicSettingsRepository } from '../clinic/clinic-settings-repository'
import type { TreatmentFieldValues } from '../register/treatment-repository'
import type { ConsentService } from './consent-service'

/**
 * The consent a treatment for today is recorded under: where the clinic requires screening,
 * a treatment for today needs a signed consent that still covers it (its form version, its
 * kind of device and its screening outcome, within the months a consent lasts). Back-entered
 * treatments need none, as they need no screening.
 */
export class ConsentCheck {
  constructor(
    private readonly consents: ConsentService,
    private readonly clinic: ClinicSettingsRepository
  ) {}

  /** The id of the consent that covers the treatment; null when none is needed. Refuses, in words for the desk, when none does. */
  async forTreatment(fields: TreatmentFieldValues, screening: TreatmentScreening | null): Promise<string | null> {
    const date = fields.performedAt.slice(0, 10)
    const backEntered = compareIsoDates(date, todayIn(fields.timeZone)) < 0
    if (backEntered || !screening || !(await this.clinic.get()).screeningRequired) return null
    const validity = await this.consents.validFor(fields.clientId, { date, device: fields.device, outcome: screening.outcome })
    if (!validity.valid) {
      const signFirst = words('consent.signFirst')
      throw new AppError('invalid_input', `${signFirst} ${validity.reason}`, { consent: signFirst })
    }
    return validity.consent.id
  }
}
