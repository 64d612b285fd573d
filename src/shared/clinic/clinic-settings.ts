import { z } from 'zod'
import { emailAddress, optional, phoneText } from '../register/field-rules'
import { readPhoneNumber, phoneNumberMessage } from '../register/phone-numbers'
import { clinicCountrySchema, computerCountry } from './clinic-country'
import { HANDOUT_LANGUAGES } from '../register/vocabulary'
import { retentionSettingSchema } from './record-retention'
import { refusal } from '../words/refusal'
import { UNNAMED_CLINIC_NAME } from './unnamed-clinic'

export const PAPER_SIZES = ['A4', 'Letter'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

/** A practitioner or device the clinic offers in its pick lists; retired ones stay on old records. */
const listedName = z.object({
  name: z.string().trim().min(1, refusal('clinic.listedName.missing')).max(100, refusal('clinic.listedName.tooLong', { max: 100 })),
  retired: z.boolean().default(false)
})
export type ListedName = z.output<typeof listedName>

/** A device, and whether it uses radiofrequency: the screening then asks the radiofrequency questions too. */
const listedDevice = listedName.extend({ radiofrequency: z.boolean().default(false) })
export type ListedDevice = z.output<typeof listedDevice>

const namesOnce = <Entry extends typeof listedName>(what: 'practitioners' | 'devices', entry: Entry) =>
  z
    .array(entry)
    .max(200, refusal(`clinic.${what}.tooMany`, { max: 200 }))
    .refine((names) => new Set(names.map((entry) => entry.name.toLowerCase())).size === names.length, refusal(`clinic.${what}.twice`))
    .default([])

/** The clinic's own details, printed on every handout, and its pick lists. */
export const clinicSettingsSchema = z.object({
  name: z
    .string(refusal('clinic.name.missing'))
    .trim()
    .min(1, refusal('clinic.name.missing'))
    .max(120, refusal('clinic.name.tooLong', { max: 120 })),
  address: z.string().trim().max(300, refusal('clinic.address.tooLong', { max: 300 })).default(''),
  phone: optional(phoneText),
  email: optional(emailAddress),
  website: optional(z.string().max(200, refusal('clinic.website.tooLong', { max: 200 }))),
  outOfHoursPhone: optional(phoneText),
  /** Where the clinic is: how phone numbers are read and shown, spreadsheets written, records kept. */
  country: clinicCountrySchema.default(computerCountry),
  paper: z.enum(PAPER_SIZES, refusal('clinic.paper.invalid')).default('A4'),
  defaultLanguage: z.enum(HANDOUT_LANGUAGES, refusal('client.language.invalid')).default('en'),
  /** Who works at the desk: the handout log names one of them. */
  deskUsers: z
    .array(z.string().trim().min(1, refusal('clinic.listedName.missing')).max(100, refusal('clinic.listedName.tooLong', { max: 100 })))
    .max(100, refusal('clinic.deskUsers.tooMany', { max: 100 }))
    .default([]),
  practitioners: namesOnce('practitioners', listedName),
  devices: namesOnce('devices', listedDevice),
  /** Every treatment recorded for today needs a screening of the visit first; the owner may turn it off. */
  screeningRequired: z.boolean(refusal('clinic.screeningRequired.missing')).default(true),
  /** How long a signed consent covers a course, in months, while its form, device type and screening outcome stay the same. */
  consentValidMonths: z
    .number(refusal('clinic.consentMonths.missing'))
    .int(refusal('clinic.consentMonths.whole'))
    .min(1, refusal('clinic.consentMonths.tooFew'))
    .max(36, refusal('clinic.consentMonths.tooMany', { max: 36 }))
    .default(12),
  /** How long client records are kept after the last treatment (record-retention.ts). */
  retention: retentionSettingSchema.default({ years: null }),
  /** The stored logo printed in the handout header, by its SHA-256; set with settings.setLogo. */
  logoSha256: z.string().regex(/^[0-9a-f]{64}$/, refusal('clinic.logo.invalid')).nullable().default(null)
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
export const UNNAMED_CLINIC: ClinicSettings = clinicSettingsSchema.parse({ name: UNNAMED_CLINIC_NAME })

/** Whether the clinic lists this device as using radiofrequency (its screening and consent then say so). */
export function usesRadiofrequency(settings: Pick<ClinicSettings, 'devices'>, device: string | null): boolean {
  if (!device) return false
  const wanted = device.trim().toLowerCase()
  return settings.devices.some((listed) => listed.radiofrequency && listed.name.toLowerCase() === wanted)
}
