import type { Page } from '@playwright/test'
import { Temporal } from 'temporal-polyfill'
import type { TempRegister } from '../support/temp-register'
import { expectNoSeriousAxeViolations } from './support/accessibility'
import { expect, test } from './support/desk'
import { openRoute } from './support/navigation'
import { signConsentInForm } from './support/consent'
import { screenVisit } from './support/screening'

// Screening before the needle, at the desk: the questions asked with the client, the outcome
// the answers give, and what it takes to record the treatment after a review or a stop.

test.use({ firstStartAsks: true })

// The browser runs in Europe/London (playwright.config.ts).
const LONDON = 'Europe/London'
const OWNER = { name: 'Amara Okafor', pin: '2468' }
const RECEPTION = { name: 'Ben Carter', pin: '1357' }

/** A clinic whose staff sign in, and a client: made through the tests' own desk, which acts as the owner until sign-in is on. */
async function staffedClinic(register: TempRegister, desk: Page) {
  const client = await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz', phone: '+44 7700 900123' })
  const mark = await register.ok('clients.create', { givenName: 'Mark', familyName: 'Benson' })
  await register.ok('staff.create', { name: OWNER.name, role: 'owner', pin: OWNER.pin })
  await register.ok('staff.create', { name: RECEPTION.name, role: 'reception', pin: RECEPTION.pin })
  await register.ok('desk.updateAccess', { signIn: 'staff', idleLockMinutes: 5 })
  await desk.reload()
  return { client, mark }
}

async function signIn(desk: Page, person: { name: string; pin: string }): Promise<void> {
  const pin = desk.getByLabel('PIN', { exact: true })
  await desk.getByRole('button', { name: new RegExp(person.name) }).click()
  await pin.fill(person.pin)
  await pin.press('Enter')
  await expect(desk.getByTestId('desk-person')).toHaveText(person.name)
}

async function switchTo(desk: Page, person: { name: string; pin: string }): Promise<void> {
  await desk.getByRole('button', { name: 'Switch' }).click()
  await signIn(desk, person)
}

async function startTreatment(desk: Page, clientId: string, zone = 'Cheeks'): Promise<void> {
  await openRoute(desk, `/clients/${clientId}/treatments/new`)
  await desk.getByRole('combobox', { name: 'Zone, row 1' }).click()
  await desk.getByRole('option', { name: zone, exact: true }).click()
  await desk.getByLabel('Needle depth in millimetres, row 1').fill('1')
  // The depth counts once its field is left: the form below settles then.
  await desk.getByLabel('Needle depth in millimetres, row 1').press('Tab')
  await expect(desk.getByText(/Deepest:\s*1\.00 mm/)).toBeVisible()
}

/** The client's treatments, asked for by the window (the tests' own desk is locked once staff sign in). */
async function treatmentsOf(desk: Page, clientId: string) {
  const result = await desk.evaluate((id) => window.clinic.treatments.listForClient({ clientId: id }), clientId)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const fourMonthsAgo = (): string => {
  const day = Temporal.Now.plainDateISO(LONDON).subtract({ months: 4 })
  return `${String(day.day).padStart(2, '0')}/${String(day.month).padStart(2, '0')}/${day.year}`
}

test('a client who took isotretinoin four months ago cannot be recorded by reception; the owner lets the visit go ahead by name', async ({ desk, register, saveScreenshot }) => {
  test.slow()
  const { client } = await staffedClinic(register, desk)
  await signIn(desk, RECEPTION)
  await startTreatment(desk, client.id)

  // Saving before any screening says what to do, and saves nothing.
  await desk.getByRole('button', { name: 'Save treatment' }).click()
  await expect(desk.getByText('Screen the client for today’s visit first.')).toBeVisible()

  await desk.getByRole('button', { name: 'Screen this visit' }).click()
  const dialog = desk.getByRole('dialog', { name: 'Screening for Zoë Łukasiewicz' })
  await expect(dialog.getByText('Ask the questions marked “Ask aloud” out loud', { exact: false })).toBeVisible()
  await expect(dialog.getByText('Ask aloud').first()).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Check the answers' })).toBeDisabled()
  await saveScreenshot('screening-questions')
  await expectNoSeriousAxeViolations(desk, 'screening questions')
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await screenVisit(desk, { isotretinoin: fourMonthsAgo() })
  const panel = desk.getByRole('region', { name: 'Screening before the needle' })
  await expect(panel.getByText('Do not treat today', { exact: true })).toBeVisible()
  await expect(panel.getByText(/Isotretinoin in the last 6 months/)).toBeVisible()
  await expect(panel.getByText(/^Not before /)).toBeVisible()
  await expect(panel.getByText('Only the clinic owner or a doctor can let this visit go ahead. Offer the client another date.')).toBeVisible()
  await expect(panel.getByLabel('I let this visit go ahead')).toHaveCount(0)
  await saveScreenshot('screening-stop-reception')
  await desk.getByRole('button', { name: 'Save treatment' }).click()
  await expect(desk.getByText(/The screening says not to treat today/).first()).toBeVisible()
  expect(await treatmentsOf(desk, client.id)).toEqual([])

  // The owner, at the same desk: the override needs their reason; their own name is recorded.
  await switchTo(desk, OWNER)
  await startTreatment(desk, client.id)
  await screenVisit(desk, { isotretinoin: fourMonthsAgo() })
  await panel.getByLabel('I let this visit go ahead').check()
  await expect(panel.getByText(`Decided by ${OWNER.name}, signed in at this desk`)).toBeVisible()
  await desk.getByRole('button', { name: 'Save treatment' }).click()
  await expect(panel.getByText('Write why the treatment can go ahead.')).toBeVisible()
  await panel.getByLabel(/Why the treatment can go ahead/).fill('Dermatologist’s letter: the course was stopped after two weeks.')
  await saveScreenshot('screening-stop-owner-override')
  await signConsentInForm(desk)
  await desk.getByRole('button', { name: 'Save treatment' }).click()
  const recorded = desk.locator('article[aria-current="true"]')
  await expect(recorded).toContainText(`Do not treat today: let through by ${OWNER.name}`)
  const [treatment] = await treatmentsOf(desk, client.id)
  expect(treatment?.screening).toMatchObject({ outcome: 'stop', decidedBy: OWNER.name })
})

test('a review needs the practitioner’s name and reason; a clear screening needs nothing more', async ({ desk, register, saveScreenshot }) => {
  // Two visits, each screened and its consent signed on the pads.
  test.slow()
  const { client, mark } = await staffedClinic(register, desk)
  await signIn(desk, OWNER)
  await startTreatment(desk, client.id)
  await screenVisit(desk, { 'blood thinners': true })
  const panel = desk.getByRole('region', { name: 'Screening before the needle' })
  await expect(panel.getByText('Needs a practitioner’s review', { exact: true })).toBeVisible()
  await panel.getByLabel('Reviewed by').fill('')
  await desk.getByRole('button', { name: 'Save treatment' }).click()
  await expect(panel.getByText('Enter the name of the person who decides.')).toBeVisible()
  await panel.getByLabel('Reviewed by').fill('Dr Sam Cole')
  await panel.getByLabel('Why the treatment can go ahead').fill('Prescribed aspirin 75 mg: gentle pressure, shallow depth.')
  await saveScreenshot('screening-review')
  await expectNoSeriousAxeViolations(desk, 'screening review')
  await signConsentInForm(desk)
  await desk.getByRole('button', { name: 'Save treatment' }).click()
  await expect(desk.locator('article[aria-current="true"]')).toContainText('let through by Dr Sam Cole')

  // The next client, nothing to declare: clear, and saved at once.
  await startTreatment(desk, mark.id, 'Forehead')
  await screenVisit(desk)
  await expect(panel.getByText('Clear to treat', { exact: true })).toBeVisible()
  await signConsentInForm(desk)
  await desk.getByRole('button', { name: 'Save treatment' }).click()
  await expect(desk.locator('article[aria-current="true"]')).toContainText('Clear to treat')
})
