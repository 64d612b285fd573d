import { z } from 'zod'
import { emailAddress, optional, phoneText } from '../register/field-rules'
import { readPhoneNumber, phoneNumberMessage } from '../register/phone-numbers'
import { clinicCountrySchema, computerCountry } from './clinic-country'
import { HANDOUT_LANGUAGES } from '../register/vocabulary'
import { retentionSettingSchema } from './record-retention'

export const PAPER_SIZES = ['A4', 'Letter'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

/** A practitioner or device the clinic offers in its pick lists; retired ones stay on old records. */
const listedName = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(100, 'A name can be at most 100 characters.'),
  retired: z.boolean().default(false)
})
export type ListedName = z.output<typeof listedName>

/** A device, and whether it uses radiofrequency: the screening then asks the radiofrequency questions too. */
const listedDevice = listedName.extend({ radiofrequency: z.boolean().default(false) })
export type ListedDevice = z.output<typeof listedDevice>

const namesOnce = <Entry extends typeof listedName>(what: string, entry: Entry) =>
  z
    .array(entry)
    .max(200, `Keep at most 200 ${what}.`)
    .refine((names) => new Set(names.map((entry) => entry.name.toLowerCase())).size === names.length, {
      error: `Each of the ${what} can be listed once.`
    })
    .default([])

/** The clinic's own details, printed on every handout, and its pick lists. */
export const clinicSettingsSchema = z.object({
  name: z
    .string({ error: 'Enter the clinic name.' })
    .trim()
    .min(1, 'Enter the clinic name.')
    .max(120, 'The clinic name can be at most 120 characters.'),
  address: z.string().trim().max(300, 'The address can be at most 300 characters.').default(''),
  phone: optional(phoneText),
  email: optional(emailAddress),
  website: optional(z.string().max(200, 'The website can be at most 200 characters.')),
  outOfHoursPhone: optional(phoneText),
  /** Where the clinic is: how phone numbers are read and shown, spreadsheets written, records kept. */
  country: clinicCountrySchema.default(computerCountry),
  paper: z.enum(PAPER_SIZES, 'Paper size must be A4 or Letter.').default('A4'),
  defaultLanguage: z.enum(HANDOUT_LANGUAGES, 'Handouts can be printed in English, Spanish, French or German.').default('en'),
  /** Who works at the desk: the handout log names one of them. */
  deskUsers: z
    .array(z.string().trim().min(1, 'Enter a name.').max(100, 'A name can be at most 100 characters.'))
    .max(100, 'Keep at most 100 desk users.')
    .default([]),
  practitioners: namesOnce('practitioners', listedName),
  devices: namesOnce('devices', listedDevice),
  /** Every treatment recorded for today needs a screening of the visit first; the owner may turn it off. */
  screeningRequired: z.boolean({ error: 'Say whether treatments need a screening.' }).default(true),
  /** How long a signed consent covers a course, in months, while its form, device type and screening outcome stay the same. */
  consentValidMonths: z
    .number({ error: 'Enter how many months a signed consent lasts.' })
    .int('Enter a whole number of months.')
    .min(1, 'A consent lasts at least 1 month.')
    .max(36, 'A consent can last at most 36 months.')
    .default(12),
  /** How long client records are kept after the last treatment (record-retention.ts). */
  retention: retentionSettingSchema.default({ years: null }),
  /** The stored logo printed in the handout header, by its SHA-256; set with settings.setLogo. */
  logoSha256: z.string().regex(/^[0-9a-f]{64}$/, 'Set the logo with a logo file.').nullable().default(null)
})
export type ClinicSettings = z.output<typeof clinicSettingsSchema>
export type ClinicSettingsInput = z.input<typeof clinicSettingsSchema>

const CLINIC_PHONES = ['phone', 'outOfHoursPhone'] as const

/** The settings a person saves: the clinic's phone numbers read in its country, as E.164. */
export const clinicSettingsInputSchema = clinicSettingsSchema.transform((settings, context) => {
  const read = { ...settings }
  for (const field of CLINIC_PHONES) {
    const typed = settings[field]
    if (typed === null) continue
    const number = readPhoneNumber(typed, settings.country)
    if ('e164' in number) read[field] = number.e164
    else context.addIssue({ code: 'custom', path: [field], message: phoneNumberMessage(number.problem, settings.country) })
  }
  return read
})

/** A change of the settings as it travels to main: left out, the country stays as it is. */
export const clinicSettingsChangeSchema = clinicSettingsSchema.extend({ country: clinicCountrySchema.optional() })

/** What a new install prints until the welcome step or `clinic set` names the clinic. */
export const UNNAMED_CLINIC: ClinicSettings = clinicSettingsSchema.parse({ name: 'Your clinic' })

/** Whether the clinic lists this device as using radiofrequency (its screening and consent then say so). */
export function usesRadiofrequency(settings: Pick<ClinicSettings, 'devices'>, device: string | null): boolean {
  if (!device) return false
  const wanted = device.trim().toLowerCase()
  return settings.devices.some((listed) => listed.radiofrequency && listed.name.toLowerCase() === wanted)
}
