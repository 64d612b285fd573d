import { seedDemoRegister } from '../../src/main/cli/seed-demo'
import { expect, test } from './support/desk'

test('a register of 2,000 clients is one smooth list, fetched a page at a time', async ({ desk, register, saveScreenshot }) => {
  await seedDemoRegister(register.database, { clients: 2000, seed: 7 })
  const [last] = await register.ok('clients.list', { offset: 1999, limit: 1 })
  await desk.reload()

  await expect(desk.getByText('2,000 clients, most recently active first')).toBeVisible()
  const list = desk.getByRole('listbox', { name: 'Clients' })
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
  // Virtualised: only the rows on screen (and a few either side) are in the page.
  expect(await list.getByRole('option').count()).toBeLessThan(60)
  await saveScreenshot('11-register-2000-clients')

  // The far end of the list: its page is fetched when it scrolls into view.
  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }))
  await expect(desk.locator('#register-list-option-1999')).toContainText(`${last?.givenName} ${last?.familyName}`)
  expect(await list.getByRole('option').count()).toBeLessThan(60)
  await saveScreenshot('12-register-2000-clients-end')

  // The selection moves a screenful at a time with Page Down, and the list follows it.
  await desk.getByRole('combobox', { name: 'Find a client' }).focus()
  await desk.keyboard.press('PageDown')
  await desk.keyboard.press('PageDown')
  await expect(desk.locator('#register-list-option-20')).toHaveAttribute('aria-selected', 'true')
  await expect(desk.locator('#register-list-option-20')).toBeInViewport()

  // End goes to the last client, fetching its page, and Home back to the first.
  await desk.keyboard.press('End')
  await expect(desk.locator('#register-list-option-1999')).toHaveAttribute('aria-selected', 'true')
  await expect(desk.locator('#register-list-option-1999')).toContainText(`${last?.givenName} ${last?.familyName}`)
  await expect(desk.locator('#register-list-option-1999')).toBeInViewport()
  await desk.keyboard.press('Home')
  await expect(desk.locator('#register-list-option-0')).toBeInViewport()
})
