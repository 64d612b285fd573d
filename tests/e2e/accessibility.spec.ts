import type { Page } from '@playwright/test'
import { expectNoSeriousAxeViolations } from './support/accessibility'
import { expect, test } from './support/desk'
import { seedClientWithTreatment } from './support/desk-screens'
import { openRoute } from './support/navigation'

/** Saves the screen as a screenshot, then scans it with axe. */
function screenChecks(desk: Page, saveScreenshot: (name: string) => Promise<void>) {
  return async (screen: string): Promise<void> => {
    await saveScreenshot(screen)
    await expectNoSeriousAxeViolations(desk, screen)
  }
}

test('every screen passes an axe scan, and is saved as a screenshot', async ({ desk, register, saveScreenshot }) => {
  // Eleven screens, each scanned by axe-core: more than the default minute on a busy machine.
  test.slow()
  const check = screenChecks(desk, saveScreenshot)

  await expect(desk.getByRole('heading', { name: 'Welcome to Aftercare Desk' })).toBeVisible()
  await check('a11y-register-first-run')

  await openRoute(desk, '/today')
  await expect(desk.getByRole('heading', { name: 'No treatments recorded today yet' })).toBeVisible()
  await check('a11y-today-empty')

  await openRoute(desk, '/clients/new')
  await desk.getByRole('button', { name: 'Add client' }).click()
  await expect(desk.getByText("Enter the client's first name.")).toBeVisible()
  await check('a11y-client-form-messages')

  const { client: zoe } = await seedClientWithTreatment(register)

  await openRoute(desk, '/')
  await expect(desk.getByRole('option', { name: /Zoë Łukasiewicz/ })).toBeVisible()
  await check('a11y-register')

  await desk.getByRole('combobox', { name: 'Find a client' }).fill('nobody by this name')
  await expect(desk.getByRole('heading', { name: 'No clients match “nobody by this name”' })).toBeVisible()
  await check('a11y-register-no-matches')

  await openRoute(desk, `/clients/${zoe.id}`)
  await expect(desk.getByRole('heading', { name: 'Treatment history' })).toBeVisible()
  await check('a11y-client')

  await desk.getByRole('button', { name: 'Archive' }).click()
  await expect(desk.getByRole('alertdialog')).toBeVisible()
  await check('a11y-client-archive-confirm')
  await desk.keyboard.press('Escape')
  await expect(desk.getByRole('alertdialog')).toBeHidden()

  await openRoute(desk, `/clients/${zoe.id}/edit`)
  await expect(desk.getByLabel('Date of birth')).toHaveValue('27/03/1985')
  await check('a11y-client-form-edit')

  await openRoute(desk, `/clients/${zoe.id}/treatments/new`)
  await desk.getByRole('button', { name: 'Save treatment' }).click()
  await expect(desk.getByText('Add at least one zone with its needle depth.')).toBeVisible()
  await check('a11y-record-treatment-messages')

  await openRoute(desk, '/today')
  await expect(desk.getByRole('link', { name: 'Zoë Łukasiewicz' })).toBeVisible()
  await check('a11y-today')
})

test.describe('who is at the desk', () => {
  // The window's own first start, which asks who works here.
  test.use({ firstStartAsks: true })

  test('the first start, Settings → Staff, the lock screen and signing in pass an axe scan, and are saved as screenshots', async ({ desk, saveScreenshot }) => {
    test.slow()
    const check = screenChecks(desk, saveScreenshot)

    await expect(desk.getByRole('heading', { name: 'Who works here?' })).toBeVisible()
    await check('a11y-desk-first-start')
    await desk.getByRole('button', { name: 'Create the owner and sign in' }).click()
    await expect(desk.getByText('Enter the person’s name.')).toBeVisible()
    await check('a11y-desk-first-start-messages')

    await desk.getByLabel('Owner’s name').fill('Amara Okafor')
    await desk.getByLabel('PIN', { exact: true }).fill('2468')
    await desk.getByLabel('PIN again').fill('2468')
    await desk.getByRole('button', { name: 'Create the owner and sign in' }).click()
    await expect(desk.getByTestId('desk-person')).toHaveText('Amara Okafor')

    await openRoute(desk, '/settings/staff')
    await desk.getByLabel('Name', { exact: true }).fill('Ben Carter')
    await desk.getByLabel('PIN', { exact: true }).fill('1357')
    await desk.getByLabel('PIN again').fill('1357')
    await desk.getByRole('button', { name: 'Add to the staff' }).click()
    await expect(desk.getByRole('table', { name: 'Staff' }).locator('tbody tr')).toHaveCount(2)
    await expect(desk.getByText('Ben Carter added to the staff')).toBeHidden()
    await check('a11y-staff')
    await desk.getByRole('button', { name: 'Edit Ben Carter' }).click()
    await expect(desk.getByRole('dialog', { name: 'Edit Ben Carter' })).toBeVisible()
    await check('a11y-staff-edit')
    await desk.keyboard.press('Escape')
    await desk.getByRole('button', { name: 'New PIN for Ben Carter' }).click()
    await desk.getByRole('button', { name: 'Set the new PIN' }).click()
    await expect(desk.getByText('A PIN is 4 to 8 digits, numbers only.')).toBeVisible()
    await check('a11y-staff-new-pin-messages')
    await desk.keyboard.press('Escape')
    await expect(desk.getByRole('dialog')).toBeHidden()

    await desk.getByRole('button', { name: /^Lock/ }).click()
    await expect(desk.getByText('The desk is locked.')).toBeVisible()
    await check('a11y-lock-screen')
    await desk.getByRole('button', { name: /Ben Carter/ }).click()
    await desk.getByLabel('PIN', { exact: true }).fill('0000')
    await desk.getByLabel('PIN', { exact: true }).press('Enter')
    await expect(desk.getByText('That PIN is not right. 4 tries left before a wait.')).toBeVisible()
    await check('a11y-sign-in-wrong-pin')
  })
})
