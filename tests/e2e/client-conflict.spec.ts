import { expect, test } from './support/desk'

// Two desks edit one client: the second save is refused, and the desk sees both versions.
test('an edit saved at another desk meanwhile is shown beside what was typed, and nothing typed is lost', async ({ desk, register, saveScreenshot }) => {
  const client = await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz', phone: '0117 496 0000' })
  await desk.goto(`${desk.url().split('#')[0]}#/clients/${client.id}/edit`)
  await expect(desk.getByRole('heading', { name: 'Edit client' })).toBeVisible()
  await desk.getByLabel('Phone').fill('+44 7700 900999')

  // Meanwhile, another desk adds a note.
  await register.ok('clients.update', {
    id: client.id,
    fields: { givenName: 'Zoë', familyName: 'Łukasiewicz', phone: '0117 496 0000', notes: 'Prefers mornings' },
    version: client.version
  })

  await desk.getByRole('button', { name: 'Save changes' }).click()
  const conflict = desk.getByRole('alert').filter({ hasText: 'Saved at another desk while you were editing' })
  await expect(conflict).toContainText(/Changed at another desk by Test desk at .+ Nothing was saved/)
  await expect(conflict.getByRole('row', { name: /^Phone/ })).toContainText('0117 496 0000+44 7700 900999')
  await expect(conflict.getByRole('row', { name: /^Notes/ })).toContainText('Prefers mornings—')
  // What was typed is still in the form.
  await expect(desk.getByLabel('Phone')).toHaveValue('+44 7700 900999')
  await saveScreenshot('client-form-conflict')

  // Taking theirs fills the form with what the other desk saved; then one more change saves over it.
  await conflict.getByRole('button', { name: 'Use theirs' }).click()
  await expect(conflict).toBeHidden()
  await expect(desk.getByLabel('Notes')).toHaveValue('Prefers mornings')
  await desk.getByLabel('Phone').fill('+44 7700 900999')
  await desk.getByRole('button', { name: 'Save changes' }).click()
  await expect(desk.getByRole('heading', { level: 1, name: 'Zoë Łukasiewicz' })).toBeVisible()
  expect(await register.ok('clients.get', { id: client.id })).toMatchObject({ phone: '+447700900999', notes: 'Prefers mornings', version: 3 })
})

test('keeping one’s own version saves it over the other desk’s, once it has been seen', async ({ desk, register }) => {
  const client = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
  await desk.goto(`${desk.url().split('#')[0]}#/clients/${client.id}/edit`)
  await desk.getByLabel('Family name').fill('Silva Costa')
  await register.ok('clients.update', { id: client.id, fields: { givenName: 'Ana', familyName: 'Silva-Costa' }, version: client.version })
  await desk.getByRole('button', { name: 'Save changes' }).click()
  await desk.getByRole('alert').getByRole('button', { name: 'Save mine instead' }).click()
  await expect(desk.getByRole('heading', { level: 1, name: 'Ana Silva Costa' })).toBeVisible()
  expect(await register.ok('clients.get', { id: client.id })).toMatchObject({ familyName: 'Silva Costa', version: 3 })
})
