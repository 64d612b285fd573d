import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EN_WORDS } from '../../src/shared/words/en'
import { readPdf } from '../support/pdf-read-back'
import { nothingToDeclare } from '../support/screening-answers'
import { signedConsent } from '../support/signed-consent'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'
import { textIn } from '../../src/shared/text/translated-text'

// A client's data document is read by the client: it comes in their handout language, with
// dates, depths, zones and the audit log's activity as that language writes them.

let register: TempRegister
beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock() })
})
afterEach(() => register.close())

/** A client in `language` with a treatment, a screening with a dated answer, a signed consent and a handout. */
async function exportedIn(language: 'es' | 'fr' | 'de') {
  const client = await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz', language, email: 'zoe@example.com' })
  const treatment = await register.ok('treatments.create', {
    clientId: client.id,
    performedAt: '2026-11-20T14:30',
    timeZone: 'Europe/Madrid',
    zones: [{ zone: 'cheeks', depthMm: 1.5 }]
  })
  await register.ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
  const { version, questionnaire } = await register.ok('screening.current', {})
  const screening = await register.ok('screenings.record', {
    clientId: client.id,
    visitAt: '2026-11-20T14:00',
    timeZone: 'Europe/Madrid',
    zones: ['cheeks'],
    questionnaireVersion: version,
    answers: { ...nothingToDeclare(questionnaire), dermal_filler: '2026-11-10' },
    recordedBy: 'Reception'
  })
  await register.ok('consents.sign', signedConsent(client.id, screening.id))
  const files = await register.ok('clients.exportData', { id: client.id })
  // Asked in the client's language: the shipped questionnaire has every question in all four.
  const dermalFiller = textIn(questionnaire.questions.find((question) => question.id === 'dermal_filler')!.text, language)
  return { files, text: (await readPdf(files.pdf)).text, dermalFiller }
}

/** What each language must say: its headings, a date and time, a zone with its depth, the client's creation in the audit log's words. */
const EXPECTED = {
  es: {
    headings: ['Todos los datos que conservamos sobre usted', 'Sus datos', 'Tratamientos (1)', 'Cuestionarios previos al tratamiento (1)', 'Consentimientos firmados (1)', 'Actividad en su ficha'],
    performed: '20 de noviembre de 2026, 14:30',
    answerDate: '10 de noviembre de 2026',
    zone: 'Mejillas 1,5 mm',
    activity: 'Añadió un cliente',
    fileWord: 'datos'
  },
  fr: {
    headings: ['Toutes les données que nous détenons à votre sujet', 'Vos données personnelles', 'Soins (1)', 'Questionnaires avant le soin (1)', 'Consentements signés (1)', 'Activité sur votre dossier'],
    performed: '20 novembre 2026, 14:30',
    answerDate: '10 novembre 2026',
    zone: 'Joues 1,5 mm',
    activity: 'A ajouté un client',
    fileWord: 'données'
  },
  de: {
    headings: ['Alle Daten, die wir über Sie gespeichert haben', 'Ihre Angaben', 'Behandlungen (1)', 'Gesundheitsfragebögen vor der Behandlung (1)', 'Unterschriebene Einwilligungen (1)', 'Vorgänge in Ihrer Akte'],
    performed: '20. November 2026, 14:30',
    answerDate: '10. November 2026',
    zone: 'Wangen 1,5 mm',
    activity: 'Kunde angelegt',
    fileWord: 'Daten'
  }
} as const

/** The English document's headings and field names, none of which may be left in another language's. */
const ENGLISH = [
  'Everything we hold about you',
  'Your details',
  'Treatments (',
  'Screenings before treatment',
  'Consents signed',
  'Activity on your record',
  'Calls about your next session',
  'None recorded',
  'First name',
  'Date of birth',
  'Practitioner',
  'Prepared by'
]

describe("a client's data document in the client's language", () => {
  // Each records a visit, a consent and a handout and draws two PDFs; the first also loads the
  // fonts, which took 40 s on PostgreSQL with the machine shared.
  it.each(['es', 'fr', 'de'] as const)('is written in %s, with its dates, depths, zones and activity', async (language) => {
    const { files, text, dermalFiller } = await exportedIn(language)
    const expected = EXPECTED[language]
    for (const heading of expected.headings) expect(text).toContain(heading)
    expect(text).toContain(expected.performed)
    expect(text).toContain(expected.zone)
    expect(text).toContain(expected.activity)
    // The screening's answer by the question's text as the questionnaire asked it, and its date the region's way.
    expect(text).toContain(`${dermalFiller} ${expected.answerDate}`)
    expect(text).not.toContain('dermal filler:')
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    for (const english of ENGLISH) expect(text).not.toContain(english)
    expect(files.baseName).toMatch(new RegExp(`^Łukasiewicz-Zoë-${expected.fileWord}-\\d{4}-\\d{2}-\\d{2}$`))
  }, 90_000)

  it('is written in English for an English client, as before', async () => {
    const client = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva', language: 'en' })
    const files = await register.ok('clients.exportData', { id: client.id })
    const { text } = await readPdf(files.pdf)
    expect(text).toContain(EN_WORDS['clientData.yourDetails'])
    expect(text).toContain('Added a client')
    expect(files.baseName).toMatch(/^Silva-Ana-data-/)
  })

  it('keeps the longest words of German inside their columns', async () => {
    const { files } = await exportedIn('de')
    const dir = mkdtempSync(join(tmpdir(), 'client-data-de-'))
    writeFileSync(join(dir, 'data.pdf'), files.pdf)
    // poppler's own reading, with each word's box: none may reach past the page's right margin (A4, 40 pt margins).
    const boxes = execFileSync('pdftotext', ['-bbox', join(dir, 'data.pdf'), '-'], { encoding: 'utf8' })
    const rightEdges = [...boxes.matchAll(/xMax="([\d.]+)"/g)].map((match) => Number(match[1]))
    expect(rightEdges.length).toBeGreaterThan(100)
    expect(Math.max(...rightEdges)).toBeLessThanOrEqual(595 - 40 + 0.5)
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', join(dir, 'data.pdf'), join(dir, 'page')])
    console.info(`German client data document drawn at ${dir}`)
  })
})
