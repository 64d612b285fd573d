import { expect, test } from './support/desk'

test('a future date of birth is refused beside the field, and everything typed stays', async ({ desk, register, saveScreenshot }) => {
  await desk.getByRole('button', { name: 'Add your first client' }).click()
  await desk.getByLabel('First name').fill('Zoë')
  await desk.getByLabel('Family name').fill('Łukasiewicz')
  await desk.getByLabel('Date of birth').fill('01/01/2090')
  await desk.getByLabel('Phone').fill('+44 7700 900123')
  await desk.getByRole('button', { name: 'Add client' }).click()

  const dateOfBirth = desk.getByLabel('Date of birth')
  const message = desk.getByText("The date of birth can't be in the future.")
  await expect(message).toBeVisible()
  // Next to the field: announced with it, and focused so the receptionist can correct it.
  await expect(dateOfBirth).toHaveAccessibleDescription(/The date of birth can't be in the future\./)
  await expect(dateOfBirth).toBeFocused()
  await expect(dateOfBirth).toHaveValue('01/01/2090')
  await expect(desk.getByLabel('First name')).toHaveValue('Zoë')
  await expect(desk.getByLabel('Family name')).toHaveValue('Łukasiewicz')
  await expect(desk.getByLabel('Phone')).toHaveValue('+44 7700 900123')
  await saveScreenshot('10-client-form-future-date-of-birth')
  expect(await register.ok('clients.count', { includeArchived: true })).toBe(0)

  // Corrected, it saves.
  await dateOfBirth.fill('01/01/1990')
  await expect(message).toBeHidden()
  await desk.getByRole('button', { name: 'Add client' }).click()
  await expect(desk.getByRole('heading', { level: 1, name: 'Zoë Łukasiewicz' })).toBeVisible()
})

test('text that is no date is explained in the desk’s own terms', async ({ desk }) => {
  await desk.getByRole('button', { name: 'Add your first client' }).click()
  await desk.getByLabel('Date of birth').fill('27 March')
  await desk.getByLabel('Phone').focus()
  await expect(desk.getByText('Type the date of birth as DD/MM/YYYY or YYYY-MM-DD, with the year in full.')).toBeVisible()
  await desk.getByLabel('Date of birth').fill('1985-03-27')
  await expect(desk.getByText(/Understood as Wednesday,? 27 March 1985/)).toBeVisible()
})

test("main's own field messages appear beside the field they are about", async ({ desk }) => {
  // The form checks with the same schema as main, so to see main answer "invalid_input"
  // the page's call sends main a phone number the form never saw.
  await desk.evaluate(() => {
    const create = window.clinic.clients.create
    window.clinic.clients.create = (input) => create({ ...input, phone: '12' })
  })
  await desk.getByRole('button', { name: 'Add your first client' }).click()
  await desk.getByLabel('First name').fill('Zoë')
  await desk.getByLabel('Family name').fill('Łukasiewicz')
  await desk.getByRole('button', { name: 'Add client' }).click()
  const message = desk.getByText('This is not a valid phone number for the clinic’s country (United Kingdom)', { exact: false })
  await expect(message).toBeVisible()
  await expect(desk.getByLabel('Phone')).toHaveAccessibleDescription(/This is not a valid phone number for the clinic’s country/)
  await expect(desk.getByLabel('First name')).toHaveValue('Zoë')
  // Changing the field clears main's message about it.
  await desk.getByLabel('Phone').fill('020 7946 0000')
  await expect(message).toBeHidden()
})
