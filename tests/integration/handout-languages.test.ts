import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { labelsFor } from '../../src/main/handouts/printed/handout-labels'
import { CALENDAR_WORDS } from '../../src/main/handouts/printed/calendar-words'
import { DEFAULT_PROTOCOL } from '../../src/shared/aftercare/default-protocol'
import { formatDay, formatMilestoneDate } from '../../src/shared/aftercare/format-date'
import type { HandoutTexts } from '../../src/shared/aftercare/handout-texts'
import type { HandoutLanguage } from '../../src/shared/register/vocabulary'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'
import { HARBOUR_CLINIC, recordStandardTreatment } from '../support/handout-fixtures'
import { readPdf } from '../support/pdf-read-back'
import { setWordsLanguage } from '../../src/shared/words/words-language'

/** Handouts, calendars and .ics files in Spanish, French and German, read back as a patient gets them. */

let register: TempRegister
beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock() })
  await register.ok('settings.update', HARBOUR_CLINIC)
})
afterEach(async () => {
  setWordsLanguage('en')
  await register.close()
})

type Translated = Exclude<HandoutLanguage, 'en'>

/** What only that language's handout says, written out so a fallback to English can't pass. */
const SAMPLES: Record<
  Translated,
  { treatedAt: string; cheeks: string; phrases: string[]; calendarPhrases: string[] }
> = {
  es: {
    treatedAt: 'viernes, 20 de noviembre, 14:30',
    cheeks: 'Mejillas 1,50 mm',
    phrases: ['Tus fechas', 'Así se recupera tu piel', 'Primer lavado suave', 'Diez consejos para el mejor resultado', 'Llámanos al 0117 496 0123'],
    calendarPhrases: ['Tus primeros 14 días', 'Tu tratamiento', 'desde las 14:30']
  },
  fr: {
    treatedAt: 'vendredi 20 novembre, 14:30',
    cheeks: 'Joues 1,50 mm',
    phrases: ['Vos dates clés', 'Comment votre peau va cicatriser', 'Premier nettoyage en douceur', 'Dix conseils pour un beau résultat', 'Appelez-nous au 0117 496 0123'],
    calendarPhrases: ['Vos 14 premiers jours', 'Votre traitement', 'dès 14:30']
  },
  de: {
    treatedAt: 'Freitag, 20. November, 14:30',
    cheeks: 'Wangen 1,50 mm',
    phrases: ['Ihr Zeitplan', 'So heilt Ihre Haut', 'Erste sanfte Reinigung', 'Zehn Tipps für ein schönes Ergebnis', 'Rufen Sie uns an: 0117 496 0123'],
    calendarPhrases: ['Ihre ersten 14 Tage', 'Ihre Behandlung', 'ab 14:30']
  }
}
const LANGUAGES = Object.keys(SAMPLES) as Translated[]

/** What each file is called in that language: the patient's own document, whatever the desk's language. */
const FILE_NAMES: Record<Translated, { handout: RegExp; calendar: RegExp; ics: RegExp }> = {
  es: { handout: /-hoja-de-cuidados-\d{4}-\d{2}-\d{2}\.pdf$/, calendar: /-calendario-\d{4}-\d{2}-\d{2}\.pdf$/, ics: /-calendario-\d{4}-\d{2}-\d{2}\.ics$/ },
  fr: { handout: /-fiche-de-soins-\d{4}-\d{2}-\d{2}\.pdf$/, calendar: /-calendrier-\d{4}-\d{2}-\d{2}\.pdf$/, ics: /-calendrier-\d{4}-\d{2}-\d{2}\.ics$/ },
  de: { handout: /-Merkblatt-\d{4}-\d{2}-\d{2}\.pdf$/, calendar: /-Kalender-\d{4}-\d{2}-\d{2}\.pdf$/, ics: /-Kalender-\d{4}-\d{2}-\d{2}\.ics$/ }
}
const DEPTHS = [0.25, 1, 1.5, 2.5]
const PAPERS = ['A4', 'Letter'] as const

/** Whitespace folded, as readPdf folds it; French puts no-break spaces before its colons. */
const folded = (text: string) => text.replace(/\s+/g, ' ').trim()

/** A TEXT value as RFC 5545 writes it: commas, semicolons and backslashes escaped. */
const icsText = (text: string) => text.replace(/[\\,;]/g, (sign) => `\\${sign}`)

function treatmentIn(language: HandoutLanguage, depthMm = 1.5) {
  return recordStandardTreatment(register, { givenName: 'Maximiliane', familyName: 'Oberhausen-Wittgenstein', language }, { depthMm })
}

function produce(treatmentId: string, kind: 'handout' | 'calendar' | 'ics', paper: 'A4' | 'Letter' = 'A4') {
  return register.ok('handouts.produce', { treatmentId, kind, paper, producedBy: 'Reception' })
}

describe.each(LANGUAGES)('the handout in %s', (language) => {
  const sample = SAMPLES[language]
  const labels = labelsFor(language)
  const texts = DEFAULT_PROTOCOL.texts[language] as HandoutTexts

  it('is written in that language, labels and areas included, and logged as such', async () => {
    const treatment = await treatmentIn(language)
    const plan = await register.ok('aftercare.plan', { treatmentId: treatment.id })
    expect(plan.language).toBe(language)
    expect(plan.deepestZone.label).toBe(sample.cheeks.split(' ')[0])

    const produced = await produce(treatment.id, 'handout')
    expect(produced.entry.language).toBe(language)
    const { text } = await readPdf(produced.bytes)
    for (const phrase of sample.phrases) expect(text).toContain(phrase)
    for (const label of [labels.documentTitle, labels.zones, labels.band, labels.practitioner, labels.patientAcknowledgement]) {
      expect(text).toContain(folded(label))
    }
    expect(text).toContain(sample.cheeks)
    for (const milestone of plan.milestones) expect(text).toContain(folded(`${milestone.label}. ${milestone.advice}`))
    for (const tip of texts.tips.items) expect(text).toContain(folded(tip))
    for (const sign of texts.callTheClinic.signs) expect(text).toContain(folded(sign))
    for (const english of ['Your dates', 'How your skin will heal', 'Call us on', 'Cheeks', 'Book your next session']) {
      expect(text).not.toContain(english)
    }
  })

  it('names its files in that language, whatever language the desk is in', async () => {
    const treatment = await treatmentIn(language)
    setWordsLanguage(language === 'de' ? 'fr' : 'de')
    for (const kind of ['handout', 'calendar', 'ics'] as const) {
      expect((await produce(treatment.id, kind)).fileName).toMatch(new RegExp(`^Oberhausen-Wittgenstein-Maximiliane${FILE_NAMES[language][kind].source}`))
    }
  })

  it('gives every date and weekday as that language writes them', async () => {
    const treatment = await treatmentIn(language)
    const plan = await register.ok('aftercare.plan', { treatmentId: treatment.id })
    const { text } = await readPdf((await produce(treatment.id, 'handout')).bytes)
    expect(formatMilestoneDate(plan.performedAt, labels.locale)).toBe(sample.treatedAt)
    expect(text).toContain(sample.treatedAt)
    for (const milestone of plan.milestones) {
      expect(text).toContain(folded(formatMilestoneDate(milestone.start, labels.locale)))
    }
    for (const stage of plan.stages) expect(text).toContain(folded(formatDay(stage.firstDay, labels.locale)))
    expect(text).toContain(folded(`${labels.between} ${formatDay(plan.nextSession.earliest, labels.locale)}`))
  })

  it.each(DEPTHS)('fits on two pages at %s mm, on A4 and on Letter', async (depthMm) => {
    const treatment = await treatmentIn(language, depthMm)
    for (const paper of PAPERS) {
      expect((await readPdf((await produce(treatment.id, 'handout', paper)).bytes)).pages, paper).toBeLessThanOrEqual(2)
    }
  })

  it.each(DEPTHS)('prints the 14-day calendar in that language on one page at %s mm', async (depthMm) => {
    const treatment = await treatmentIn(language, depthMm)
    const plan = await register.ok('aftercare.plan', { treatmentId: treatment.id })
    const words = CALENDAR_WORDS[language]
    for (const paper of PAPERS) {
      const { bytes } = await produce(treatment.id, 'calendar', paper)
      expect((await readPdf(bytes)).pages, paper).toBe(1)
      const { text } = await readPdf(bytes)
      for (const phrase of sample.calendarPhrases) expect(text).toContain(phrase)
      expect(text).toContain(words.changes.toLocaleUpperCase(words.locale))
      expect(text).toContain(formatDay(plan.performedAt, words.locale))
      expect(text).toContain(plan.nextSession.title)
    }
  })

  it('names the .ics events in that language, and reprints every file identically', async () => {
    const treatment = await treatmentIn(language)
    const ics = await produce(treatment.id, 'ics')
    const calendarFile = new TextDecoder().decode(ics.bytes).replace(/\r\n[ \t]/g, '')
    for (const milestone of Object.values(texts.milestones)) expect(calendarFile).toContain(`SUMMARY:${icsText(milestone.label)}`)
    expect(calendarFile).toContain(`SUMMARY:${icsText(texts.nextSession.title)}`)

    const handout = await produce(treatment.id, 'handout', 'Letter')
    for (const original of [ics, handout]) {
      const reprint = await register.ok('handouts.reprint', { entryId: original.entry.id, producedBy: 'Reception' })
      expect(Buffer.from(reprint.bytes).equals(Buffer.from(original.bytes))).toBe(true)
      expect(reprint.entry.language).toBe(language)
    }
  })
})

describe('the default texts', () => {
  const shape = (texts: HandoutTexts) => ({
    bands: Object.keys(texts.bands),
    milestones: Object.keys(texts.milestones),
    stages: Object.keys(texts.stages),
    lists: [texts.about.paragraphs, texts.safeToUse.items, texts.avoid.items, texts.tips.items, texts.precautions.items, texts.callTheClinic.signs, texts.questions.items].map(
      (list) => list.length
    )
  })

  it.each(LANGUAGES)('say in %s everything the English ones say, line for line', (language) => {
    expect(shape(DEFAULT_PROTOCOL.texts[language] as HandoutTexts)).toEqual(shape(DEFAULT_PROTOCOL.texts.en))
  })
})
