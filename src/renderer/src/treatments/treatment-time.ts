import { useI18n } from 'vue-i18n'
import type { Treatment } from '@shared/register/treatment'
import { formatIsoDate, formatWallTime } from '../format/calendar'
import { machineTimeZone } from '../format/machine-time-zone'

/** "Monday 30 November 2026 at 14:30", naming the time zone only when it is not this computer's. */
export function useTreatmentTime() {
  const { t } = useI18n()
  const date = (treatment: Treatment): string => formatIsoDate(treatment.performedAt.slice(0, 10), 'full')
  const time = (treatment: Treatment): string => {
    const clock = formatWallTime(treatment.performedAt.slice(11, 16))
    return treatment.timeZone === machineTimeZone() ? clock : t('client.history.timeInZone', { time: clock, zone: treatment.timeZone })
  }
  const dateAndTime = (treatment: Treatment): string =>
    t('client.history.dateAndTime', { date: date(treatment), time: time(treatment) })
  return { date, time, dateAndTime }
}
