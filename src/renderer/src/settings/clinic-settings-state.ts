import type { ClinicCountry } from '@shared/clinic/clinic-country'
import type { ClinicSettings, PaperSize } from '@shared/clinic/clinic-settings'
import { phoneAsWritten } from '@shared/register/phone-numbers'
import type { HandoutLanguage } from '@shared/register/vocabulary'

/** The settings form's values: every text field a string, the way the inputs hold them. */
export interface ClinicSettingsForm {
  name: string
  address: string
  country: ClinicCountry
  phone: string
  email: string
  website: string
  outOfHoursPhone: string
  paper: PaperSize
  defaultLanguage: HandoutLanguage
  deskUsers: string[]
  practitioners: { name: string; retired: boolean }[]
  devices: { name: string; retired: boolean; radiofrequency: boolean }[]
  screeningRequired: boolean
}

export function settingsFormFrom(settings: ClinicSettings): ClinicSettingsForm {
  return {
    name: settings.name,
    address: settings.address,
    country: settings.country,
    // The numbers as people write them in the clinic's country; main keeps them as E.164.
    phone: phoneAsWritten(settings.phone, settings.country) ?? '',
    email: settings.email ?? '',
    website: settings.website ?? '',
    outOfHoursPhone: phoneAsWritten(settings.outOfHoursPhone, settings.country) ?? '',
    paper: settings.paper,
    defaultLanguage: settings.defaultLanguage,
    deskUsers: [...settings.deskUsers],
    practitioners: settings.practitioners.map((entry) => ({ ...entry })),
    devices: settings.devices.map((entry) => ({ ...entry })),
    screeningRequired: settings.screeningRequired
  }
}

/** Reads a chosen file as base64, without the data: URL's prefix. */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'))
    reader.readAsDataURL(file)
  })
}
