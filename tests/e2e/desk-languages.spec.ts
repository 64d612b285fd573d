import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import '../../src/main/words/every-language'
import type { HandoutLanguage } from '../../src/shared/register/vocabulary'
import { setWordsLanguage } from '../../src/shared/words/words-language'
import { expect, test } from './support/desk'
import { deskScreens, seedClientWithTreatment } from './support/desk-screens'
import { openRoute } from './support/navigation'
import { screenVisit, type ScreeningDialogWords } from './support/screening'
import { overflowingText } from './support/text-overflow'

// The desk in Spanish, French and German: every screen is saved as a screenshot under
// tests/e2e/screenshots/<language>/, and no word may overflow its box (German is long). The
// Electron menu cannot run here: tests/integration/electron-main.test.ts checks its words.

const SCREENSHOTS = join(import.meta.dirname, 'screenshots')
const README_PICTURES = join(import.meta.dirname, '..', '..', 'docs', 'screenshots')

/** What the register's heading says in each language: proof the screen is drawn in it. */
const REGISTER_TITLE: Record<HandoutLanguage, string> = { en: 'Register', es: 'Registro', fr: 'Registre', de: 'Kartei' }

const GERMAN_SCREENING: ScreeningDialogWords = { start: /^(Besuch abfragen|Erneut abfragen)$/, dialog: /^Abfrage für /, yes: 'Ja', no: 'Nein', check: 'Antworten prüfen' }

async function saveWindow(desk: Page, file: string): Promise<void> {
  await desk.evaluate(() => window.scrollTo(0, 0))
  await desk.screenshot({ path: file, fullPage: true, animations: 'disabled' })
}

/** Waits until the route's screen has drawn its data (nothing is loading, no spinner). */
async function settle(desk: Page): Promise<void> {
  await desk.waitForLoadState('networkidle')
  await expect(desk.locator('.p-progressspinner, .p-skeleton')).toHaveCount(0)
  await desk.waitForTimeout(300)
}

for (const language of ['es', 'fr', 'de'] as const) {
  test(`every screen in ${language}: saved as a screenshot, and no words overflow their box`, async ({ desk, register }) => {
    test.slow()
    const { client } = await seedClientWithTreatment(register)
    // This computer chose the language earlier: the desk opens in it.
    await desk.evaluate((chosen) => localStorage.setItem('aftercare-desk-language', chosen), language)
    await desk.reload()
    await expect(desk.getByRole('heading', { name: REGISTER_TITLE[language], level: 1 })).toBeVisible()
    expect(await desk.evaluate(() => document.documentElement.lang)).toBe(language)

    const folder = join(SCREENSHOTS, language)
    mkdirSync(folder, { recursive: true })
    const overflowing: string[] = []
    for (const screen of deskScreens(client.id)) {
      await openRoute(desk, screen.route)
      await settle(desk)
      await saveWindow(desk, join(folder, `${screen.name}.png`))
      overflowing.push(...(await overflowingText(desk)).map((box) => `${screen.name}: ${box}`))
    }
    expect(overflowing).toEqual([])
  })
}

test('a language chosen in Settings applies at once: words, numbers, the calendar and the page language', async ({ desk, register }) => {
  test.slow()
  const { client } = await seedClientWithTreatment(register)
  await openRoute(desk, '/settings/clinic')
  await desk.getByRole('combobox', { name: 'Language of the desk' }).click()
  await desk.getByRole('option', { name: 'Deutsch' }).click()

  await expect(desk.getByRole('heading', { name: 'Praxiseinstellungen', level: 1 })).toBeVisible()
  await expect(desk.getByRole('link', { name: 'Kartei' })).toBeVisible()
  expect(await desk.evaluate(() => document.documentElement.lang)).toBe('de')

  await openRoute(desk, `/clients/${client.id}`)
  await expect(desk.getByRole('heading', { name: 'Behandlungsverlauf' })).toBeVisible()
  await expect(desk.getByText('1,50 mm').first()).toBeVisible()

  // PrimeVue's calendar speaks German too: its label and month names.
  await openRoute(desk, `/clients/${client.id}/treatments/new`)
  await desk.getByLabel('Datum', { exact: true }).click()
  const datePicker = desk.getByRole('dialog', { name: 'Datum wählen' })
  await expect(datePicker).toContainText(/Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember/)
  await desk.keyboard.press('Escape')
  await expect(datePicker).toBeHidden()
  // The devices offered are named in German, beside those the register already holds.
  await desk.getByRole('button', { name: 'Frühere Angaben für Gerät anzeigen' }).click()
  await expect(desk.getByRole('option', { name: 'Dermaroller', exact: true })).toBeVisible()
  await expect(desk.getByRole('option', { name: 'RF-Microneedling', exact: true })).toBeVisible()
  await desk.keyboard.press('Escape')
  // PrimeVue closes the list on a timer and then gives the focus back to the device field:
  // typing the depth before then would land in the device field.
  await expect(desk.getByRole('option', { name: 'Dermaroller', exact: true })).toBeHidden()
  await expect(desk.getByRole('combobox', { name: 'Gerät optional' })).toBeFocused()
  // A depth is typed with the region's decimal comma, whatever the computer's own region (en-GB here).
  const depth = desk.getByLabel('Nadeltiefe in Millimetern, Zeile 1')
  await depth.fill('1,25')
  await depth.blur()
  await expect(depth).toHaveValue('1,25 mm')
  await expect(depth).toHaveAttribute('aria-valuenow', '1.25')
  // The time as the region writes it, on a 24-hour clock, whatever the computer's own language.
  const time = desk.getByLabel('Uhrzeit')
  await expect(time).toHaveValue(/^\d{1,2}:\d{2}$/)
  await time.fill('21.05')
  await time.blur()
  await expect(time).toHaveValue('21:05')

  // Kept for this computer: the next start is in German.
  await desk.reload()
  await expect(desk.getByRole('heading', { name: 'Behandlung erfassen', level: 1 })).toBeVisible()
  await expect(desk.getByRole('link', { name: 'Kartei' })).toBeVisible()
})

test('a German desk asks the screening questions in German and is told, and keeps, a STOP reason in German', async ({ desk, register, saveScreenshot }) => {
  test.slow()
  const { client } = await seedClientWithTreatment(register)
  await desk.evaluate(() => localStorage.setItem('aftercare-desk-language', 'de'))
  await desk.reload()
  // Main says its words in the desk's language (it follows the choice at once); here main's
  // calls run in this test's process, so the test makes that choice for it.
  setWordsLanguage('de')
  try {
    await openRoute(desk, `/clients/${client.id}/treatments/new`)
    await desk.getByRole('combobox', { name: 'Zone, Zeile 1' }).click()
    await desk.getByRole('option', { name: 'Kinn', exact: true }).click()
    await desk.getByLabel('Nadeltiefe in Millimetern, Zeile 1').fill('1')
    await desk.getByLabel('Nadeltiefe in Millimetern, Zeile 1').press('Tab')

    await desk.getByRole('button', { name: 'Besuch abfragen' }).click()
    const dialog = desk.getByRole('dialog', { name: /^Abfrage für / })
    await expect(dialog.getByText('Sind Sie schwanger, oder könnten Sie es sein?')).toBeVisible()
    await expect(dialog.getByText('Wann haben Sie zuletzt Isotretinoin eingenommen', { exact: false })).toBeVisible()
    await saveScreenshot('screening-questions-de')
    await dialog.getByRole('button', { name: 'Abbrechen' }).click()

    await screenVisit(desk, { 'Sind Sie schwanger': true }, GERMAN_SCREENING)
    const panel = desk.getByRole('region', { name: 'Abfrage vor der Nadel' })
    await expect(panel.getByText('Heute nicht behandeln', { exact: true })).toBeVisible()
    const stopReason = 'Schwangerschaft: Die Behandlung wird auf die Zeit nach der Schwangerschaft verschoben.'
    await expect(panel.getByText(stopReason)).toBeVisible()
    await saveScreenshot('screening-stop-de')
    const [kept] = await register.ok('screenings.listForClient', { clientId: client.id })
    expect(kept?.reasons[0]).toEqual({ outcome: 'stop', questionId: 'pregnant', text: stopReason })
  } finally {
    setWordsLanguage('en')
  }
})

test("the README's pictures, in English: the register, a client with a treatment, the protocol editor, a handout page and the schedule", async ({
  desk,
  register
}) => {
  test.slow()
  const { client, treatment } = await seedClientWithTreatment(register)
  mkdirSync(README_PICTURES, { recursive: true })
  await desk.setViewportSize({ width: 1280, height: 800 })
  // The page opened before the clients were added: it starts again to show them.
  await desk.reload()
  await expect(desk.getByRole('link', { name: 'Zoë Łukasiewicz' }).or(desk.getByText('Zoë Łukasiewicz'))).toBeVisible()
  for (const [name, route] of [
    ['register', '/'],
    ['client', `/clients/${client.id}`],
    ['protocol-editor', '/settings/protocol']
  ] as const) {
    await openRoute(desk, route)
    await settle(desk)
    // The protocol editor's preview is drawn last.
    await expect(desk.getByText('Updating the preview…')).toHaveCount(0)
    await desk.evaluate(() => window.scrollTo(0, 0))
    await desk.screenshot({ path: join(README_PICTURES, `${name}.png`), animations: 'disabled' })
  }
  const scratch = mkdtempSync(join(tmpdir(), 'readme-pictures-'))
  for (const [name, kind] of [
    ['handout', 'handout'],
    ['schedule', 'calendar']
  ] as const) {
    const produced = await register.ok('handouts.produce', { treatmentId: treatment.id, kind, language: 'en', producedBy: 'Front desk' })
    const pdf = join(scratch, `${name}.pdf`)
    writeFileSync(pdf, produced.bytes)
    // The first page, as the patient sees it.
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(README_PICTURES, name)])
  }
})
