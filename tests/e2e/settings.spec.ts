import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Temporal } from 'temporal-polyfill'
import { formatDay } from '../../src/shared/aftercare/format-date'
import { readPdf } from '../support/pdf-read-back'
import { expectNoSeriousAxeViolations } from './support/accessibility'
import { expect, test } from './support/desk'
import { holdsTheWindow, openRoute } from './support/navigation'
import { recordScreenedTreatment } from '../support/screening-answers'

// The browser runs in Europe/London (playwright.config.ts).
const BROWSER_TIME_ZONE = 'Europe/London'
const ICON = join(import.meta.dirname, '..', '..', 'resources', 'icon.png')

test.describe('first start', () => {
  test.use({ clinicName: null })

  test('a new install asks for the clinic name and paper size, and "Later" puts it off', async ({ desk, register, saveScreenshot }) => {
    const welcome = desk.getByRole('dialog', { name: 'Welcome to Aftercare Desk' })
    await expect(welcome).toBeVisible()
    await saveScreenshot('settings-01-welcome')
    await welcome.getByRole('button', { name: 'Start' }).click()
    await expect(welcome.getByText('Enter the clinic name.')).toBeVisible()
    await welcome.getByLabel('Clinic name').fill('Harbour Skin Clinic')
    await welcome.getByText('Letter', { exact: true }).click()
    // Handouts print in the desk's language unless the clinic says otherwise.
    const language = welcome.getByRole('combobox', { name: 'Default handout language' })
    await expect(language).toHaveText('English')
    await language.click()
    await desk.getByRole('option', { name: 'Spanish', exact: true }).click()
    await welcome.getByRole('button', { name: 'Start' }).click()
    await expect(welcome).toBeHidden()
    const clinic = await register.ok('settings.get', {})
    expect(clinic).toMatchObject({ name: 'Harbour Skin Clinic', paper: 'Letter', defaultLanguage: 'es' })

    // A new client starts in the clinic's language; the desk may still choose another.
    await openRoute(desk, '/clients/new')
    await expect(desk.getByRole('combobox', { name: 'Handout language' })).toHaveText('Spanish')

    await desk.reload()
    await expect(desk.getByRole('heading', { name: 'Register', level: 1 }).or(desk.getByRole('heading', { level: 1 }))).toBeVisible()
    await expect(desk.getByRole('dialog', { name: 'Welcome to Aftercare Desk' })).toBeHidden()
  })

  test('"Later" closes the welcome without naming the clinic', async ({ desk, register }) => {
    const welcome = desk.getByRole('dialog', { name: 'Welcome to Aftercare Desk' })
    await welcome.getByRole('button', { name: 'Later' }).click()
    await expect(welcome).toBeHidden()
    expect((await register.ok('settings.get', {})).name).toBe('Your clinic')
  })
})

test('the clinic sets itself up: details, paper, a desk user, a logo, and a message for a bad phone', async ({
  desk,
  register,
  saveScreenshot
}) => {
  await desk.getByRole('link', { name: 'Settings' }).click()
  await expect(desk.getByRole('heading', { name: 'Clinic settings', level: 1 })).toBeVisible()

  await desk.getByLabel('Clinic name').fill('Harbour Skin Clinic')
  await desk.getByLabel('Address').fill('12 Quay Street, Bristol BS1 4DB')
  const phone = desk.locator('#clinic-phone')
  await phone.fill('call me')
  await phone.blur()
  await expect(desk.getByText('This is not a valid phone number for the clinic’s country (United Kingdom)', { exact: false })).toBeVisible()
  await phone.fill('0117 496 0000')
  await expect(desk.getByText('This is not a valid phone number', { exact: false })).toBeHidden()
  await desk.getByLabel('Email').fill('desk@harbourskin.example')

  await desk.getByRole('combobox', { name: 'Paper size' }).click()
  await desk.getByRole('option', { name: 'Letter' }).click()

  await desk.getByRole('textbox', { name: 'Desk users: New name' }).fill('Priya')
  await desk.getByRole('button', { name: 'Add: Desk users' }).click()
  await desk.getByRole('textbox', { name: 'Practitioners: New name' }).fill('Dr Amara Okafor')
  await desk.getByRole('button', { name: 'Add: Practitioners' }).click()

  await desk.locator('#clinic-logo').setInputFiles({ name: 'icon.png', mimeType: 'image/png', buffer: readFileSync(ICON) })
  await expect(desk.getByRole('img', { name: 'The clinic’s logo' })).toBeVisible()

  await expectNoSeriousAxeViolations(desk, 'clinic settings')
  await desk.getByRole('button', { name: 'Save settings' }).click()
  await expect(desk.getByText('Clinic settings saved')).toBeVisible()
  await saveScreenshot('settings-02-clinic')

  const clinic = await register.ok('settings.get', {})
  expect(clinic).toMatchObject({
    name: 'Harbour Skin Clinic',
    country: 'GB',
    phone: '+441174960000',
    paper: 'Letter',
    deskUsers: ['Priya'],
    practitioners: [{ name: 'Dr Amara Okafor', retired: false }]
  })
  expect(clinic.logoSha256).toMatch(/^[0-9a-f]{64}$/)

  // On a later visit the stored logo itself is shown, not a placeholder.
  await desk.reload()
  await expect(desk.getByRole('img', { name: 'The clinic’s logo' })).toHaveJSProperty('naturalWidth', 512)
})

test('the protocol editor: a longer retinoid pause shows in the preview, saves, and prints on a new handout', async ({
  desk,
  register,
  saveScreenshot
}) => {
  test.slow()
  await register.ok('settings.update', { name: 'Harbour Skin Clinic', deskUsers: ['Priya'] })
  await openRoute(desk, '/settings/protocol')
  await expect(desk.getByRole('heading', { name: 'Aftercare protocol', level: 1 })).toBeVisible()

  const preview = desk.getByTestId('preview')
  await expect(preview).toHaveAttribute('src', /^blob:/)
  const firstUrl = (await preview.getAttribute('src')) ?? ''

  // Each band has a tab of its own.
  await desk.getByRole('tab', { name: /^Band 4/ }).click()
  const veryDeep = desk.locator('[data-band="very_deep"]')
  const retinoids = veryDeep.getByRole('textbox', { name: 'Retinol and retinoids: amount' })
  await expect(retinoids).toHaveValue('14')
  await retinoids.fill('21')
  await desk.getByLabel('Sample depth (mm)').fill('2.5')
  await expect(preview).not.toHaveAttribute('src', firstUrl)
  // Headless Chromium may not draw a PDF in a frame: the new blob: URL and its size say it was redrawn.
  await expect(preview).toHaveAttribute('data-bytes', /^[1-9]\d+$/)
  await expectNoSeriousAxeViolations(desk, 'protocol editor')
  await saveScreenshot('settings-03-protocol-editor')

  await desk.getByLabel('What changed (a short note)').fill('Longer retinoid pause after very deep treatments')
  await desk.getByRole('button', { name: 'Save as a new version' }).click()
  await expect(desk.getByText('Version 2 saved')).toBeVisible()
  const versions = await register.ok('protocol.versions', {})
  expect(versions[0]).toMatchObject({ version: 2, createdBy: 'Priya', note: 'Longer retinoid pause after very deep treatments' })

  // Compare with the shipped first version: the one change, side by side.
  await desk.getByRole('button', { name: 'Compare with current: Version 1' }).click()
  const compare = desk.getByRole('dialog', { name: 'Version 1 → version 2' })
  await expect(compare.getByRole('row')).toHaveCount(2)
  await expect(compare.getByRole('cell', { name: '21' })).toBeVisible()
  await saveScreenshot('settings-04-compare')
  await desk.keyboard.press('Escape')

  // A new treatment at 2.5 mm prints the new date: 21 days, not 14.
  const performed = Temporal.Now.plainDateTimeISO(BROWSER_TIME_ZONE).round({ smallestUnit: 'minute', roundingMode: 'floor' })
  const client = await register.ok('clients.create', { givenName: 'Zoe', familyName: 'Adams', phone: '020 7946 0000' })
  const treatment = await recordScreenedTreatment(register, {
    clientId: client.id,
    performedAt: performed.toString({ smallestUnit: 'minute' }),
    timeZone: BROWSER_TIME_ZONE,
    practitioner: 'Dr Amara Okafor',
    device: 'Microneedling pen',
    concerns: ['acne_scars'],
    zones: [{ zone: 'cheeks', depthMm: 2.5 }],
    sessionNumber: 1
  })
  const bytes = await desk.evaluate(async (treatmentId) => {
    const produced = await window.clinic.handouts.produce({ treatmentId, producedBy: 'Priya' })
    if (!produced.ok) throw new Error(produced.error.message)
    return Array.from(produced.value.bytes)
  }, treatment.id)
  const text = (await readPdf(Uint8Array.from(bytes))).text
  expect(text).toContain(formatDay(performed.toPlainDate().add({ days: 21 }).toString(), 'en-GB'))
})

test('a deeper band shorter than a shallower one shows why, and Save is refused', async ({ desk, register }) => {
  await openRoute(desk, '/settings/protocol')
  await desk.getByRole('tab', { name: /^Band 4/ }).click()
  const veryDeep = desk.locator('[data-band="very_deep"]')
  await veryDeep.getByRole('textbox', { name: 'Retinol and retinoids: amount' }).fill('3')
  await expect(veryDeep.getByText('A deeper treatment needs at least as long.', { exact: false })).toBeVisible()
  await expect(desk.getByTestId('problem-count')).toContainText('1 problem to fix')
  // The band's tab says so too, for when another band is showing.
  await desk.getByRole('tab', { name: /^Band 1/ }).click()
  await expect(desk.getByRole('tab', { name: 'Band 4 · up to 3 mm 1 problem to fix' })).toBeVisible()
  await desk.getByRole('tab', { name: /^Band 4/ }).click()
  await desk.getByRole('button', { name: 'Save as a new version' }).click()
  await expect(desk.getByText('Not saved: fix the messages first.')).toBeVisible()
  expect(await register.ok('protocol.versions', {})).toHaveLength(1)

  // An empty sentence is refused too, beside the sentence.
  await veryDeep.getByRole('textbox', { name: 'Retinol and retinoids: amount' }).fill('14')
  await desk.getByRole('button', { name: 'Dates heading' }).click()
  await desk.locator('#text-texts-en-milestonesTitle').fill('')
  await expect(desk.getByText("This text can't be empty", { exact: false })).toBeVisible()
  // Closed, its part still says it has a problem.
  await desk.getByRole('button', { name: 'Dates heading' }).click()
  await expect(desk.getByRole('button', { name: 'Dates heading 1 problem to fix' })).toBeVisible()
})

test('a bad protocol file changes nothing', async ({ desk, register }) => {
  await openRoute(desk, '/settings/protocol')
  await expect(desk.getByRole('heading', { name: 'Aftercare protocol', level: 1 })).toBeVisible()
  const current = await register.ok('protocol.current', {})
  const bad = structuredClone(current.protocol)
  bad.bands[3]!.overMm = 1.0
  await desk.locator('#protocol-import').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad))
  })
  await expect(desk.getByRole('alert').filter({ hasText: 'That file was not imported' })).toContainText('overlap')
  expect(await register.ok('protocol.versions', {})).toHaveLength(1)
})

test('closing the window with an unsaved protocol change is held for a question, and not once it is saved', async ({ desk }) => {
  await openRoute(desk, '/settings/protocol')
  await desk.locator('[data-band="light"]').getByRole('textbox', { name: 'Retinol and retinoids: amount' }).fill('6')
  await expect(desk.getByText('Unsaved changes')).toBeVisible()
  expect(await holdsTheWindow(desk)).toBe(true)
  await desk.getByLabel('Saved by').fill('Priya')
  await desk.getByRole('button', { name: 'Save as a new version' }).click()
  await expect(desk.getByText('Version 2 saved')).toBeVisible()
  expect(await holdsTheWindow(desk)).toBe(false)
})

test('the clinic’s country is found by typing part of its name, and a name no country has says so', async ({ desk }) => {
  await desk.getByRole('link', { name: 'Settings' }).click()
  await desk.locator('#clinic-country').click()
  const filter = desk.locator('.p-select-filter')
  await filter.fill('Ire')
  await expect(desk.getByRole('option', { name: 'Ireland' })).toBeVisible()
  await filter.fill('Atlantis')
  await expect(desk.getByRole('option', { name: 'Nothing in the list matches what you typed' })).toBeVisible()
  await expect(desk.getByText('what you typed will be used')).toHaveCount(0)
})
