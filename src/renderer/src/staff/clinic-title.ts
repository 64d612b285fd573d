import { UNNAMED_CLINIC_NAME } from '@shared/clinic/unnamed-clinic'

/** What the window and the lock screen call the desk: the clinic's name once it has one, else the app's. */
export function clinicTitle(clinicName: string | undefined, appName: string): string {
  return clinicName && clinicName !== UNNAMED_CLINIC_NAME ? clinicName : appName
}
