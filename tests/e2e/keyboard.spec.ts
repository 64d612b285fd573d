import { expect, test } from './support/desk'

test('find and open a client with the keyboard alone', async ({ desk, register }) => {
  await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz' })
  await register.ok('clients.create', { givenName: 'Zoe', familyName: 'Adams' })
  await desk.reload()

  // The search box has the focus when the app opens: type, move down one, open.
  await desk.keyboard.type('zoe')
  const options = desk.getByRole('option')
  await expect(options).toHaveCount(2)
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
  await desk.keyboard.press('ArrowDown')
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  const second = (await options.nth(1).textContent()) ?? ''
  const name = second.includes('Łukasiewicz') ? 'Zoë Łukasiewicz' : 'Zoe Adams'
  await desk.keyboard.press('Enter')
  await expect(desk.getByRole('heading', { level: 1, name })).toBeVisible()

  // End and Home, from the search box, go to the last and the first row.
  await desk.keyboard.press('Control+f')
  await desk.keyboard.type('zoe')
  await expect(options).toHaveCount(2)
  await desk.keyboard.press('End')
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  await desk.keyboard.press('Home')
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')

  // Find client (Ctrl+F) goes back to the search, its text selected for the next search.
  await desk.keyboard.press('Control+f')
  await expect(desk.getByRole('combobox', { name: 'Find a client' })).toBeFocused()
  await desk.keyboard.type('adams')
  await expect(options).toHaveCount(1)
  await desk.keyboard.press('Enter')
  await expect(desk.getByRole('heading', { level: 1, name: 'Zoe Adams' })).toBeVisible()
})

test('New client from the keyboard and from the menu; Esc closes dialogs and keeps what was typed', async ({ desk }) => {
  await desk.keyboard.press('Control+n')
  await expect(desk.getByRole('heading', { name: 'New client' })).toBeVisible()
  await expect(desk.getByLabel('First name')).toBeFocused()

  // Tab order follows the form.
  for (const field of ['Family name', 'Date of birth', 'Phone', 'Email']) {
    await desk.keyboard.press('Tab')
    await expect(desk.getByLabel(field)).toBeFocused()
  }

  await desk.getByLabel('First name').fill('Ada')
  // Leaving unsaved changes asks first; Esc answers "keep editing".
  await desk.evaluate(() => window.__deskMenu('find-client'))
  const leave = desk.getByRole('alertdialog', { name: 'Leave without saving?' })
  await expect(leave).toBeVisible()
  await desk.keyboard.press('Escape')
  await expect(leave).toBeHidden()
  await expect(desk.getByLabel('First name')).toHaveValue('Ada')

  await desk.evaluate(() => window.__deskMenu('find-client'))
  await leave.getByRole('button', { name: 'Leave without saving' }).click()
  await expect(desk.getByRole('heading', { name: 'Welcome to Aftercare Desk' })).toBeVisible()
  await desk.evaluate(() => window.__deskMenu('new-client'))
  await expect(desk.getByRole('heading', { name: 'New client' })).toBeVisible()
})

test('zone rows are added with one key press', async ({ desk, register }) => {
  const client = await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz' })
  await desk.evaluate((id) => (window.location.hash = `/clients/${id}/treatments/new`), client.id)
  await expect(desk.getByRole('button', { name: 'Add zone Alt+Z' })).toBeVisible()

  await desk.getByRole('combobox', { name: 'Zone, row 1' }).focus()
  await desk.keyboard.type('cheeks')
  await desk.keyboard.press('Enter')
  // PrimeVue closes the list a moment after Enter; Tab before that would go into the list.
  await expect(desk.getByRole('listbox')).toBeHidden()
  await desk.keyboard.press('Tab')
  await desk.keyboard.type('1.25')
  await desk.keyboard.press('Enter')
  await expect(desk.getByRole('combobox', { name: 'Zone, row 2' })).toBeFocused()
  await desk.keyboard.press('Alt+z')
  await expect(desk.getByRole('combobox', { name: 'Zone, row 3' })).toBeFocused()
  await expect(desk.getByText(/Deepest:\s*1\.25 mm/)).toBeVisible()
})
