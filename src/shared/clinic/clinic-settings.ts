import { z } from 'zod'
import { emailAddress, optional, phoneNumber } from '../register/field-rules'
import { HANDOUT_LANGUAGES } from '../register/vocabulary'

export const PAPER_SIZES = ['A4', 'Letter'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

/** The clinic's own details, printed on every handout. */
export const clinicSettingsSchema = z.object({
  name: z
    .string({ error: 'Enter the clinic name.' })
    .trim()
    .min(1, 'Enter the clinic name.')
    .max(120, 'The clinic name can be at most 120 characters.'),
  address: z.string().trim().max(300, 'The address can be at most 300 characters.').default(''),
  phone: optional(phoneNumber),
  email: optional(emailAddress),
  website: optional(z.string().max(200, 'The website can be at most 200 characters.')),
  outOfHoursPhone: optional(phoneNumber),
  paper: z.enum(PAPER_SIZES, 'Paper size must be A4 or Letter.').default('A4'),
  defaultLanguage: z.enum(HANDOUT_LANGUAGES, 'Handouts can be printed in English, Spanish, French or German.').default('en')
})
export type ClinicSettings = z.output<typeof clinicSettingsSchema>
export type ClinicSettingsInput = z.input<typeof clinicSettingsSchema>

/** What a new install prints until the welcome step or `clinic set` names the clinic. */
export const UNNAMED_CLINIC: ClinicSettings = clinicSettingsSchema.parse({ name: 'Your clinic' })
