import { expect, test } from './support/desk'

test('the app opens on the register with the search box focused', async ({ desk, register }) => {
  await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz' })
  await expect(desk.getByRole('heading', { name: 'Aftercare Desk' })).toBeVisible()
  await desk.keyboard.type('zoe')
  await expect(desk.getByText('Zoë Łukasiewicz')).toBeVisible()
})
