import { z } from 'zod'
import type { HandoutLanguage } from '../register/vocabulary'
import { refusal } from '../words/refusal'
import { languageName, words, type WordId, type WordValues } from '../words/words'

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

/** The client's separate choice about photographs: for their record only, also for marketing, or none. */
export const PHOTO_CONSENTS = ['record', 'marketing', 'no'] as const
export type PhotoConsent = (typeof PHOTO_CONSENTS)[number]

/** A line of the form, named in its messages by `what` (a word list's name of the field). */
const line = (what: WordId, most: number) => {
  // The limit as text: written as the form counts it, 2000, with no thousands separator.
  const field = () => ({ what: words(what), most: String(most) })
  return z
    .string(refusal('consentForm.text.missing', field))
    .trim()
    .min(1, refusal('consentForm.text.empty', field))
    .max(most, refusal('consentForm.text.tooLong', field))
}

const paragraphs = z.array(line('consentForm.field.paragraph', 2000)).max(20, refusal('consentForm.paragraphs.tooMany'))

const sectionSchema = z.object({
  id: z.enum(CONSENT_SECTIONS, refusal('consentForm.section.id', { ids: CONSENT_SECTIONS.join(', ') })),
  heading: line('consentForm.field.heading', 150),
  paragraphs: paragraphs.min(1, refusal('consentForm.paragraphs.none')),
  /** Printed after the paragraphs when the device uses radiofrequency. */
  radiofrequency: paragraphs.default([])
})
export type ConsentSection = z.output<typeof sectionSchema>

/** The form in one language; messages name the language, since a version holds all four. */
function consentFormIn(language: HandoutLanguage) {
  const thisForm = () => ({ language: languageName(language) })
  const sectionsProblem = (id: WordId, values: WordValues) =>
    ({ code: 'custom' as const, path: ['sections'], message: words(id, { ...thisForm(), ...values }) })
  return z
    .object(
      {
        title: line('consentForm.field.title', 150),
        sections: z.array(sectionSchema, refusal('consentForm.sections.missing', thisForm)),
        photoChoices: z.object(
          {
            record: line('consentForm.field.photoRecord', 300),
            marketing: line('consentForm.field.photoMarketing', 300),
            no: line('consentForm.field.photoNo', 300)
          },
          refusal('consentForm.photoChoices.missing', thisForm)
        )
      },
      refusal('consentForm.form.missing', thisForm)
    )
    .superRefine((form, context) => {
      const ids = form.sections.map((section) => section.id)
      for (const id of CONSENT_SECTIONS) {
        const count = ids.filter((each) => each === id).length
        const section = { section: words(`consentForm.sectionName.${id}`), id }
        if (count === 0) context.addIssue(sectionsProblem('consentForm.section.absent', section))
        if (count > 1) context.addIssue(sectionsProblem('consentForm.section.repeated', { ...section, count }))
      }
      const complete = ids.length === CONSENT_SECTIONS.length && new Set(ids).size === ids.length
      if (complete && ids.some((id, index) => id !== CONSENT_SECTIONS[index])) {
        context.addIssue(sectionsProblem('consentForm.sections.order', { order: CONSENT_SECTIONS.join(', ') }))
      }
    })
}

export const consentFormSchema = consentFormIn('en')
export type ConsentForm = z.output<typeof consentFormSchema>

/** The consent form in every handout language: a version changes them together. */
export const consentFormsSchema = z.object(
  { en: consentFormIn('en'), es: consentFormIn('es'), fr: consentFormIn('fr'), de: consentFormIn('de') },
  refusal('consentForm.forms.missing')
)
export type ConsentForms = z.output<typeof consentFormsSchema>
