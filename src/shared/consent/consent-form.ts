import { z } from 'zod'
import type { HandoutLanguage } from '../register/vocabulary'

/**
 * The clinic's consent form: one text per handout language, versioned like the aftercare
 * protocol, so a signed consent names the very words the client read. Each language has the
 * same sections, in the order a consent discussion goes (the research notes' part (c)); a
 * section may add lines that are printed only when the device uses radiofrequency.
 */

export const CONSENT_SECTIONS = [
  'identity',
  'procedure',
  'risks',
  'alternatives',
  'history',
  'aftercare',
  'photos',
  'decision',
  'signatures'
] as const
export type ConsentSectionId = (typeof CONSENT_SECTIONS)[number]

/** How a section is named in a message about the form. */
export const CONSENT_SECTION_NAMES: Record<ConsentSectionId, string> = {
  identity: 'You and your treatment plan',
  procedure: 'What the treatment is',
  risks: 'Risks',
  alternatives: 'Alternatives',
  history: 'Medical history',
  aftercare: 'Aftercare',
  photos: 'Photographs',
  decision: 'Your decision',
  signatures: 'Signatures'
}

export const LANGUAGE_NAMES: Record<HandoutLanguage, string> = { en: 'English', es: 'Spanish', fr: 'French', de: 'German' }

/** The client's separate choice about photographs: for their record only, also for marketing, or none. */
export const PHOTO_CONSENTS = ['record', 'marketing', 'no'] as const
export type PhotoConsent = (typeof PHOTO_CONSENTS)[number]

const line = (what: string, most: number) =>
  z
    .string({ error: `Write the ${what}.` })
    .trim()
    .min(1, `Write the ${what}: it cannot be empty.`)
    .max(most, `Keep the ${what} under ${most} characters.`)

const paragraphs = z.array(line('paragraph', 2000)).max(20, 'Keep a section to at most 20 paragraphs.')

const sectionSchema = z.object({
  id: z.enum(CONSENT_SECTIONS, `A section is one of: ${CONSENT_SECTIONS.join(', ')}.`),
  heading: line('section heading', 150),
  paragraphs: paragraphs.min(1, 'Write at least one paragraph in every section.'),
  /** Printed after the paragraphs when the device uses radiofrequency. */
  radiofrequency: paragraphs.default([])
})
export type ConsentSection = z.output<typeof sectionSchema>

/** The form in one language; messages name the language, since a version holds all four. */
function consentFormIn(language: HandoutLanguage) {
  const where = `In the ${LANGUAGE_NAMES[language]} form,`
  return z
    .object(
      {
        title: line('form title', 150),
        sections: z.array(sectionSchema, `${where} list the sections.`),
        photoChoices: z.object(
          {
            record: line('photo choice "record only"', 300),
            marketing: line('photo choice "also marketing"', 300),
            no: line('photo choice "no photographs"', 300)
          },
          `${where} write the three photo choices.`
        )
      },
      `The ${LANGUAGE_NAMES[language]} form is missing: a consent form has a text in English, Spanish, French and German.`
    )
    .superRefine((form, context) => {
      const ids = form.sections.map((section) => section.id)
      for (const id of CONSENT_SECTIONS) {
        const count = ids.filter((each) => each === id).length
        const name = `the section "${CONSENT_SECTION_NAMES[id]}" (${id})`
        if (count === 0) context.addIssue({ code: 'custom', path: ['sections'], message: `${where} ${name} is missing: every form needs all nine sections.` })
        if (count > 1) context.addIssue({ code: 'custom', path: ['sections'], message: `${where} ${name} appears ${count} times: keep one.` })
      }
      const complete = ids.length === CONSENT_SECTIONS.length && new Set(ids).size === ids.length
      if (complete && ids.some((id, index) => id !== CONSENT_SECTIONS[index])) {
        context.addIssue({ code: 'custom', path: ['sections'], message: `${where} keep the sections in this order: ${CONSENT_SECTIONS.join(', ')}.` })
      }
    })
}

export const consentFormSchema = consentFormIn('en')
export type ConsentForm = z.output<typeof consentFormSchema>

/** The consent form in every handout language: a version changes them together. */
export const consentFormsSchema = z.object(
  { en: consentFormIn('en'), es: consentFormIn('es'), fr: consentFormIn('fr'), de: consentFormIn('de') },
  'A consent form has a text in every language: English, Spanish, French and German.'
)
export type ConsentForms = z.output<typeof consentFormsSchema>
