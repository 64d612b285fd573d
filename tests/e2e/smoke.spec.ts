import { expect, test } from './support/desk'

test('the app opens on the register with the search box focused', async ({ desk, register }) => {
  await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz' })
  await desk.reload()
  await expect(desk.getByRole('heading', { name: 'Register' })).toBeVisible()
  await expect(desk.getByRole('combobox', { name: 'Find a client' })).toBeFocused()
  await desk.keyboard.type('zoe')
  await expect(desk.getByRole('option', { name: /Zoë Łukasiewicz/ })).toBeVisible()
})
