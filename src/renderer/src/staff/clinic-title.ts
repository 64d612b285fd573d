import { UNNAMED_CLINIC } from '@shared/clinic/clinic-settings'

/** What the window and the lock screen call the desk: the clinic's name once it has one, else the app's. */
export function clinicTitle(clinicName: string | undefined, appName: string): string {
  return clinicName && clinicName !== UNNAMED_CLINIC.name ? clinicName : appName
}
