import { writeFileSync, mkdirSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import ICAL from 'ical.js'
import { Temporal } from 'temporal-polyfill'
import { formatDay } from '../../src/shared/aftercare/format-date'
import { readPdf } from '../support/pdf-read-back'
import { expectNoSeriousAxeViolations } from './support/accessibility'
import { expect, test } from './support/desk'
import { openRoute } from './support/navigation'

// The browser runs in Europe/London (playwright.config.ts): the appointment is London's time.
const LONDON = 'Europe/London'

interface HandedFile {
  action: string
  fileName: string
  mimeType: string
  bytes: number[]
}

async function lastHanded(desk: Page, count: number): Promise<HandedFile> {
  const handed = () =>
    desk.evaluate(() => window.__deskFiles.map(({ action, file }) => ({ action, fileName: file.fileName, mimeType: file.mimeType, bytes: Array.from(file.bytes) })))
  await expect.poll(async () => (await handed()).length).toBe(count)
  return (await handed())[count - 1] as HandedFile
}

/** dd/mm/yyyy, as the British date picker reads a typed date. */
const typedDate = (day: Temporal.PlainDate) => `${String(day.day).padStart(2, '0')}/${String(day.month).padStart(2, '0')}/${day.year}`

/** Types the appointment's date and 14:00, once the dialog has filled in its own suggestion (a week ahead, 10:00). */
async function chooseAppointment(dialog: Locator, day: Temporal.PlainDate): Promise<void> {
  const date = dialog.getByLabel('Appointment date')
  const time = dialog.getByLabel('Appointment time')
  await expect(time).toHaveValue('10:00')
  await expect(date).not.toHaveValue('')
  // PrimeVue's calendar opens on focus and, when it renders twice in a row, moves focus onto its
  // selected day a moment later: text sent in that moment goes nowhere, so typing is tried again.
  await expect(async () => {
    await date.fill(typedDate(day))
    await expect(date).toHaveValue(typedDate(day), { timeout: 1000 })
  }).toPass()
  await time.fill('14:00')
  await dialog.getByText('A one-page sheet').click()
  await expect(date).toHaveValue(typedDate(day))
  await expect(time).toHaveValue('14:00')
}

test('the client page prints “Before your appointment” for a chosen date and time, with the right dates, and saves it as a calendar file', async ({
  desk,
  register,
  saveScreenshot
}) => {
  test.slow()
  await register.ok('settings.update', { name: 'Harbour Skin Clinic', phone: '0117 496 0000', paper: 'A4' })
  const client = await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz', language: 'en' })
  await desk.reload()
  await openRoute(desk, `/clients/${client.id}`)

  await desk.getByRole('button', { name: 'Before your appointment…' }).click()
  const dialog = desk.getByRole('dialog', { name: 'Before your appointment' })
  await expect(dialog).toBeVisible()
  // Three weeks from today, at 14:00: every step of the default preparation is still ahead.
  const appointment = Temporal.Now.plainDateISO(LONDON).add({ days: 21 })
  await chooseAppointment(dialog, appointment)
  await expect(dialog.getByText(`Times in ${LONDON}`)).toBeVisible()
  await desk.screenshot({ path: 'tests/e2e/screenshots/prep-sheet-01-dialog.png', animations: 'disabled' })
  await expectNoSeriousAxeViolations(desk, 'the preparation sheet dialog')

  await dialog.getByRole('button', { name: 'Print' }).click()
  const printed = await lastHanded(desk, 1)
  expect(printed.action).toBe('print')
  expect(printed.mimeType).toBe('application/pdf')
  mkdirSync('test-results', { recursive: true })
  writeFileSync('test-results/prep-sheet-en.pdf', Uint8Array.from(printed.bytes))
  const { text, pages } = await readPdf(Uint8Array.from(printed.bytes))
  expect(pages).toBe(1)
  const day = (daysBefore: number) => formatDay(appointment.subtract({ days: daysBefore }).toString(), 'en-GB')
  expect(text).toContain('Before your appointment')
  expect(text).toContain('Zoë Łukasiewicz')
  expect(text).toContain(`${formatDay(appointment.toString(), 'en-GB')}, 14:00`)
  expect(text).toContain(`From ${day(14)} Keep the skin from burning`)
  expect(text).toContain(`From ${day(7)} Stop retinol, tretinoin`)
  expect(text).toContain('From 14:00 the day before No alcohol')
  expect(text).toContain('Call us on 0117 496 0000')
  await expect(dialog).toBeHidden()

  // Again, in German, as a calendar file for her phone.
  await desk.getByRole('button', { name: 'Before your appointment…' }).click()
  await chooseAppointment(dialog, appointment)
  await dialog.getByText('A one-page sheet').click()
  await dialog.getByRole('combobox', { name: 'Language' }).click()
  await desk.getByRole('option', { name: 'German', exact: true }).click()
  await dialog.getByRole('button', { name: 'Save calendar file (.ics)' }).click()
  const ics = await lastHanded(desk, 2)
  expect(ics.action).toBe('save')
  expect(ics.mimeType).toBe('text/calendar')
  const events = new ICAL.Component(ICAL.parse(new TextDecoder().decode(Uint8Array.from(ics.bytes))))
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent))
  const retinol = events.find((event) => event.summary.includes('Retinol'))
  expect(retinol?.summary).toMatch(/^Vor Ihrem Termin: /)
  expect(retinol?.startDate.toString()).toBe(appointment.subtract({ days: 7 }).toString())

  const entries = await register.ok('prepSheets.listForClient', { clientId: client.id })
  expect(entries.map((entry) => [entry.format, entry.language, entry.appointmentAt])).toEqual([
    ['ics', 'de', `${appointment.toString()}T14:00`],
    ['pdf', 'en', `${appointment.toString()}T14:00`]
  ])
  await saveScreenshot('prep-sheet-02-client-page')
})

test('record keeping follows the clinic’s country: the owner sets the years, and reviews the clients whose keeping period has ended', async ({ desk, register, saveScreenshot }) => {
  test.slow()
  await register.ok('settings.update', { name: 'Harbour Skin Clinic', paper: 'A4' })
  const old = await register.ok('clients.create', { givenName: 'Ada', familyName: 'Byron' })
  await register.ok('treatments.create', { clientId: old.id, performedAt: '2016-05-10T11:00', timeZone: LONDON, zones: [{ zone: 'cheeks', depthMm: 1 }] })
  const recent = await register.ok('clients.create', { givenName: 'Ben', familyName: 'Okafor' })
  await register.ok('treatments.create', { clientId: recent.id, performedAt: '2021-05-10T11:00', timeZone: LONDON, zones: [{ zone: 'cheeks', depthMm: 1 }] })
  await desk.reload()
  await openRoute(desk, '/data')

  const panel = desk.getByRole('region', { name: 'Record keeping' })
  await expect(panel.getByTestId('retention-rules')).toHaveText('Rules of: United Kingdom (8 years). They follow the clinic’s country (United Kingdom), set in Clinic settings.')
  const table = panel.getByRole('table', { name: 'Keeping period ended' })
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table).toContainText('Ada Byron')
  await expect(table).toContainText('last treatment, 10 May 2016')
  await expect(table).toContainText('10 May 2024')
  await expect(table).not.toContainText('Ben Okafor')
  await saveScreenshot('prep-sheet-03-record-keeping')
  await expectNoSeriousAxeViolations(desk, 'the record keeping panel')

  // Twelve years chosen: Ada's records are now kept until 10 May 2028.
  await panel.getByLabel('Years after the last treatment').fill('12')
  await panel.getByRole('button', { name: 'Save' }).click()
  await expect(desk.getByText('Record keeping saved: 12 years')).toBeVisible()
  await expect(panel.getByText('No client’s keeping period has ended.')).toBeVisible()
  expect((await register.ok('settings.get', {})).retention).toEqual({ years: 12 })

  // Erasing Ben, whose records are kept until 2033, asks why; the reason cannot name him.
  await openRoute(desk, `/clients/${recent.id}`)
  await desk.getByRole('button', { name: 'Erase this client…' }).click()
  const dialog = desk.getByRole('dialog', { name: 'Erase Ben Okafor for good?' })
  await expect(dialog.getByText(/Their records are to be kept until 10 May 2033 \(12 years after the last treatment\)/)).toBeVisible()
  await dialog.getByLabel(/To confirm, type the client's full name/).fill('Okafor')
  const eraseButton = dialog.getByRole('button', { name: 'Erase for good' })
  await expect(eraseButton).toBeDisabled()
  await dialog.getByLabel('Reason for erasing before 10 May 2033').fill('Ben asked us to')
  await eraseButton.click()
  await expect(dialog.getByText('Leave out the client’s name and contact details.')).toBeVisible()
  await desk.screenshot({ path: 'tests/e2e/screenshots/prep-sheet-04-erase-within-retention.png', animations: 'disabled' })
  await expectNoSeriousAxeViolations(desk, 'the erase dialog within the keeping period')
  await dialog.getByLabel('Reason for erasing before 10 May 2033').fill('Right to erasure request, checked with our adviser')
  await eraseButton.click()
  await expect(desk).toHaveURL(/#\/$/)
  const [tombstone] = await register.ok('audit.list', { action: 'erase' })
  expect(tombstone?.details).toMatchObject({ withinRetention: true, retentionEndsOn: '2033-05-10', reason: 'Right to erasure request, checked with our adviser' })
})
