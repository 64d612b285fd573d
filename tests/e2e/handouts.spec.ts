import type { Page } from '@playwright/test'
import { Temporal } from 'temporal-polyfill'
import { readPdf } from '../support/pdf-read-back'
import type { TempRegister } from '../support/temp-register'
import { expectNoSeriousAxeViolations } from './support/accessibility'
import { expect, test } from './support/desk'
import { openRoute } from './support/navigation'
import { recordScreenedTreatment } from '../support/screening-answers'

// The browser runs in Europe/London (playwright.config.ts): "today" is London's today.
const BROWSER_TIME_ZONE = 'Europe/London'

interface HandedFile {
  action: string
  fileName: string
  mimeType: string
  bytes: number[]
}

/** What the page has handed the desktop (viewer, print dialog, save dialog) so far. */
function handedFiles(desk: Page): Promise<HandedFile[]> {
  return desk.evaluate(() =>
    window.__deskFiles.map(({ action, file }) => ({
      action,
      fileName: file.fileName,
      mimeType: file.mimeType,
      bytes: Array.from(file.bytes)
    }))
  )
}

async function lastHanded(desk: Page, count: number): Promise<HandedFile> {
  await expect.poll(async () => (await handedFiles(desk)).length).toBe(count)
  const files = await handedFiles(desk)
  return files[count - 1] as HandedFile
}

const pdfText = async (file: HandedFile): Promise<string> => (await readPdf(Uint8Array.from(file.bytes))).text
const startsAsPdf = (file: HandedFile): string => String.fromCharCode(...file.bytes.slice(0, 5))

/** Names the clinic (no first-start welcome then) and loads the app afresh on it. */
async function nameClinic(desk: Page, register: TempRegister, deskUsers: string[] = []): Promise<void> {
  await register.ok('settings.update', { name: 'Harbour Skin Clinic', phone: '0117 496 0000', paper: 'A4', deskUsers })
  await desk.reload()
}

async function seedVisit(register: TempRegister, givenName: string, familyName: string, language: 'en' | 'es' | 'fr' | 'de' = 'en') {
  const client = await register.ok('clients.create', { givenName, familyName, phone: '+44 7700 900123', language })
  const treatment = await recordScreenedTreatment(register, {
    clientId: client.id,
    performedAt: Temporal.Now.plainDateTimeISO(BROWSER_TIME_ZONE).toString({ smallestUnit: 'minute' }),
    timeZone: BROWSER_TIME_ZONE,
    practitioner: 'Dr Amara Okafor',
    device: 'Microneedling pen',
    concerns: ['acne_scars'],
    zones: [
      { zone: 'cheeks', depthMm: 1.5 },
      { zone: 'forehead', depthMm: 0.5 }
    ],
    sessionNumber: 1
  })
  return { client, treatment }
}

test('a treatment card previews, prints and saves the handout, and the log reprints the same file', async ({
  desk,
  register,
  saveScreenshot
}) => {
  test.slow()
  await nameClinic(desk, register, ['Priya', 'Sam'])
  const { client, treatment } = await seedVisit(register, 'Zoë', 'Łukasiewicz')

  await openRoute(desk, `/clients/${client.id}?treatment=${treatment.id}`)
  await expect(desk.getByRole('heading', { name: 'Treatment history' })).toBeVisible()
  const card = desk.locator(`#treatment-${treatment.id}`)
  await expect(card.getByRole('button', { name: 'Print handout' })).toBeVisible()
  await expect(desk.getByText('Nothing given yet.', { exact: false })).toBeVisible()

  // Several desk users: the desk says once who is giving handouts.
  await desk.getByRole('combobox', { name: 'Given by' }).click()
  await desk.getByRole('option', { name: 'Sam', exact: true }).click()
  await saveScreenshot('handouts-01-client-actions')
  await expectNoSeriousAxeViolations(desk, 'the client page with handout actions')

  // Preview: a real PDF, about this patient.
  await card.getByRole('button', { name: 'Preview' }).click()
  const previewed = await lastHanded(desk, 1)
  expect(previewed.action).toBe('preview')
  expect(previewed.mimeType).toBe('application/pdf')
  expect(startsAsPdf(previewed)).toBe('%PDF-')
  expect(await pdfText(previewed)).toContain('Zoë Łukasiewicz')

  // Print, in Spanish this time.
  await card.getByRole('combobox', { name: 'Handout language' }).click()
  await desk.getByRole('option', { name: 'Spanish', exact: true }).click()
  await card.getByRole('button', { name: 'Print handout' }).click()
  const printed = await lastHanded(desk, 2)
  expect(printed.action).toBe('print')
  expect(startsAsPdf(printed)).toBe('%PDF-')
  expect(await pdfText(printed)).toContain('Zoë Łukasiewicz')

  // Save the .ics from the Save menu.
  await card.getByRole('button', { name: 'Save' }).click()
  // A popup menu closes when the window scrolls: this screenshot is taken where the menu is.
  await desk.screenshot({ path: 'tests/e2e/screenshots/handouts-02-save-menu.png', animations: 'disabled' })
  await desk.getByRole('menuitem', { name: 'Save calendar (.ics)…' }).click()
  const ics = await lastHanded(desk, 3)
  expect(ics.action).toBe('save')
  expect(ics.mimeType).toBe('text/calendar')
  expect(ics.fileName).toMatch(/\.ics$/)
  expect(String.fromCharCode(...ics.bytes.slice(0, 15))).toBe('BEGIN:VCALENDAR')

  // And the 14-day calendar PDF.
  await card.getByRole('button', { name: 'Save' }).click()
  await desk.getByRole('menuitem', { name: 'Save 14-day calendar PDF…' }).click()
  const calendar = await lastHanded(desk, 4)
  expect(calendar.action).toBe('save')
  expect(startsAsPdf(calendar)).toBe('%PDF-')

  // The log lists what was given, by whom, in which language.
  const log = desk.getByRole('region', { name: 'Handouts given' })
  await expect(log.getByRole('listitem')).toHaveCount(4)
  await expect(log.getByText('Spanish · A4').first()).toBeVisible()
  await expect(log.getByText(/by Sam$/).first()).toBeVisible()
  await expect(log.getByText('Calendar file (.ics)')).toBeVisible()
  await saveScreenshot('handouts-03-log')

  // Reprinting the Spanish handout hands over the very same bytes.
  const spanish = log
    .getByRole('listitem')
    .filter({ hasText: 'Spanish' })
    .filter({ has: desk.getByText('Handout', { exact: true }) })
  await spanish.getByRole('button', { name: /^Reprint/ }).click()
  const reprinted = await lastHanded(desk, 5)
  expect(reprinted.action).toBe('print')
  expect(reprinted.bytes).toEqual(printed.bytes)
  await expect(log.getByRole('listitem')).toHaveCount(5)
  await expect(log.getByText('Spanish · A4 · reprint, identical to the original')).toBeVisible()
  await saveScreenshot('handouts-04-reprinted')
})

test('a paper size changed in Settings is the one the next handout prints on, with no restart', async ({ desk, register }) => {
  await nameClinic(desk, register)
  const { client, treatment } = await seedVisit(register, 'Zoë', 'Łukasiewicz')
  const printHandout = async () => {
    await openRoute(desk, `/clients/${client.id}?treatment=${treatment.id}`)
    await desk.locator(`#treatment-${treatment.id}`).getByRole('button', { name: 'Print handout' }).click()
  }

  await printHandout()
  expect((await readPdf(Uint8Array.from((await lastHanded(desk, 1)).bytes))).pageSize).toEqual({ width: 595, height: 842 })

  await desk.getByRole('link', { name: 'Settings' }).click()
  await desk.getByRole('combobox', { name: 'Paper size' }).click()
  await desk.getByRole('option', { name: 'Letter' }).click()
  await desk.getByRole('button', { name: 'Save settings' }).click()
  await expect(desk.getByText('Clinic settings saved')).toBeVisible()

  await printHandout()
  expect((await readPdf(Uint8Array.from((await lastHanded(desk, 2)).bytes))).pageSize).toEqual({ width: 612, height: 792 })
})

test('a name the handout fonts cannot print is refused with a readable message', async ({ desk, register }) => {
  await nameClinic(desk, register)
  // Entered after the visit: a treatment for today would need a signed consent, whose PDF cannot print this name either.
  const client = await register.ok('clients.create', { givenName: 'สมชาย', familyName: 'ใจดี' })
  const yesterday = Temporal.Now.plainDateISO(BROWSER_TIME_ZONE).subtract({ days: 1 })
  const treatment = await register.ok('treatments.create', {
    clientId: client.id,
    performedAt: `${yesterday.toString()}T10:00`,
    timeZone: BROWSER_TIME_ZONE,
    zones: [{ zone: 'cheeks', depthMm: 1.5 }]
  })
  await openRoute(desk, `/clients/${client.id}`)
  await desk.locator(`#treatment-${treatment.id}`).getByRole('button', { name: 'Print handout' }).click()
  await expect(desk.getByText('Check the form')).toBeVisible()
  expect(await handedFiles(desk)).toEqual([])
})

test("Today prints every visit's handout into one PDF, with a progress bar", async ({ desk, register, saveScreenshot }) => {
  test.slow()
  await nameClinic(desk, register)
  await seedVisit(register, 'Zoë', 'Łukasiewicz', 'fr')
  await seedVisit(register, 'Mark', 'Benson')

  await openRoute(desk, '/today')
  await expect(desk.getByRole('heading', { name: 'Mark Benson' })).toBeVisible()
  const visitsInOrder = await desk.locator('.today-visit__name').allInnerTexts()

  // Each handout waits for the test's word, so the bar can be seen part way; both are asked
  // for at once (main draws them on two workers), and the one asked for second is let through first.
  await desk.evaluate(() => {
    const produce = window.clinic.handouts.produce
    const gate = window as unknown as { __waiting?: (() => void)[] }
    gate.__waiting = []
    window.clinic.handouts.produce = async (input) => {
      await new Promise<void>((resolve) => gate.__waiting?.push(resolve))
      return produce(input)
    }
  })
  const waiting = () => desk.evaluate(() => (window as unknown as { __waiting: unknown[] }).__waiting.length)
  const release = (index: number) => desk.evaluate((index) => (window as unknown as { __waiting: (() => void)[] }).__waiting[index]?.(), index)

  await desk.getByRole('button', { name: 'Print all handouts' }).click()
  await expect(desk.getByRole('progressbar', { name: 'Making handouts' })).toBeVisible()
  await expect(desk.getByText('0 of 2')).toBeVisible()
  await expect.poll(waiting).toBe(2)
  await release(1)
  await expect(desk.getByText('1 of 2')).toBeVisible()
  await saveScreenshot('handouts-04-today-printing')
  await release(0)

  const combined = await lastHanded(desk, 1)
  expect(combined.action).toBe('print')
  expect(startsAsPdf(combined)).toBe('%PDF-')
  const text = await pdfText(combined)
  // In the visits' order, whichever handout was made first.
  const positions = visitsInOrder.map((name) => text.indexOf(name.trim()))
  expect(positions.every((position) => position >= 0)).toBe(true)
  expect(positions).toEqual([...positions].sort((a, b) => a - b))
  await expect(desk.getByRole('progressbar')).toBeHidden()
  await saveScreenshot('handouts-05-today-done')
})
