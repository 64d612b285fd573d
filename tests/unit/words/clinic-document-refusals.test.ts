import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../../src/shared/aftercare/default-protocol'
import { aftercareProtocolSchema, type AftercareProtocol } from '../../../src/shared/aftercare/protocol'
import { DEFAULT_CONSENT_FORMS } from '../../../src/shared/consent/default-consent-forms'
import { consentFormsSchema, type ConsentForms } from '../../../src/shared/consent/consent-form'
import { signConsentSchema } from '../../../src/shared/consent/consent-record'
import { DEFAULT_QUESTIONNAIRE } from '../../../src/shared/screening/default-questionnaire'
import { answerProblems } from '../../../src/shared/screening/screening-answers'
import { parseInLanguage } from '../../../src/shared/words/parse-in-language'
import { setWordsLanguage } from '../../../src/shared/words/words-language'

afterEach(() => setWordsLanguage('en'))

type Refused = { error?: { issues: { path: PropertyKey[]; message: string }[] } }

/** The message a refusal gives at `path`. */
const messageAt = (result: Refused, path: string): string | undefined =>
  result.error?.issues.find((issue) => issue.path.join('.') === path)?.message

function protocolWith(change: (protocol: AftercareProtocol) => void): AftercareProtocol {
  const protocol = structuredClone(DEFAULT_PROTOCOL)
  change(protocol)
  return protocol
}

describe("the clinic documents' checks across fields", () => {
  it('say a protocol’s overlapping bands in German, depths written the German way', () => {
    const overlapping = protocolWith((protocol) => {
      protocol.bands[1]!.overMm = 0.4
    })
    expect(messageAt(parseInLanguage(aftercareProtocolSchema, overlapping, 'de'), 'bands.1.overMm')).toBe(
      'Die Bereiche „bis 0,5 mm“ und „über 0,4 mm bis 1,0 mm“ überschneiden sich zwischen 0,4 mm und 0,5 mm: Eine Tiefe kann nur zu einem Bereich gehören. Lassen Sie jeden Bereich dort beginnen, wo der vorherige endet (0,5 mm).'
    )
  })

  it('say a deeper band’s shorter timing in Spanish and its texts missing in French, naming the language', () => {
    const shorter = protocolWith((protocol) => {
      protocol.bands[2]!.timings.retinoids = { amount: 6, unit: 'days' }
    })
    expect(messageAt(parseInLanguage(aftercareProtocolSchema, shorter, 'es'), 'bands.2.timings.retinoids')).toBe(
      'Retinol y retinoides: la franja "más de 1,0 mm hasta 1,5 mm" tiene 6 días, menos que la franja menos profunda "más de 0,5 mm hasta 1,0 mm", que tiene 7 días. Un tratamiento más profundo necesita al menos el mismo tiempo.'
    )
    const withoutText = protocolWith((protocol) => {
      delete protocol.texts.en.bands[protocol.bands[3]!.id]
    })
    expect(parseInLanguage(aftercareProtocolSchema, withoutText, 'fr').error?.issues[0]?.message).toBe(
      `Rédigez en anglais le nom et la description de la cicatrisation de la tranche « plus de 1,5 mm jusqu’à 3,0 mm » (id « ${DEFAULT_PROTOCOL.bands[3]!.id} »).`
    )
  })

  it('say a consent form in French missing a language or a section', () => {
    const withoutSpanish: Partial<ConsentForms> = structuredClone(DEFAULT_CONSENT_FORMS)
    delete withoutSpanish.es
    expect(messageAt(parseInLanguage(consentFormsSchema, withoutSpanish, 'fr'), 'es')).toBe(
      'Le formulaire en espagnol manque : un formulaire de consentement a un texte en anglais, espagnol, français et allemand.'
    )
    const withoutRisks = structuredClone(DEFAULT_CONSENT_FORMS)
    withoutRisks.de.sections = withoutRisks.de.sections.filter((section) => section.id !== 'risks')
    expect(messageAt(parseInLanguage(consentFormsSchema, withoutRisks, 'fr'), 'de.sections')).toBe(
      'Dans le formulaire en allemand, la section « Risques » (risks) manque : chaque formulaire doit avoir les neuf sections.'
    )
  })

  it('say a consent to sign in German: the zones, the practitioner and a signature left out', () => {
    const consent = {
      clientId: '01JDK9Z5R8W3V6Y2T4Q7N1M0PX',
      screeningId: '01JDK9Z5R8W3V6Y2T4Q7N1M0PY',
      zones: [],
      photoConsent: 'record',
      patientSignature: new Uint8Array(),
      practitioner: ' ',
      practitionerSignature: new Uint8Array(),
      timeZone: 'Europe/Berlin',
      producedBy: 'Anna'
    }
    const refused = parseInLanguage(signConsentSchema, consent, 'de')
    expect(messageAt(refused, 'zones')).toBe('Bitte fügen Sie die geplanten Zonen hinzu, jede mit ihrer Nadeltiefe.')
    expect(messageAt(refused, 'practitioner')).toBe('Bitte geben Sie den Namen der behandelnden Person ein.')
    expect(messageAt(refused, 'patientSignature')).toBe('Die Unterschrift fehlt (Die Kundin bzw. der Kunde): Es wurde nichts gespeichert.')
  })

  it('say what is wrong with a visit’s answers in Spanish', () => {
    setWordsLanguage('es')
    const problems = answerProblems(DEFAULT_QUESTIONNAIRE, { no_such_question: true }, { date: '2026-11-30', radiofrequency: false })
    expect(problems[0]).toBe('No hay ninguna pregunta "no_such_question" en este cuestionario.')
    expect(problems[1]).toMatch(/^Responda a la pregunta "/)
  })
})
