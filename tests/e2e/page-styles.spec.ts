import type { Page } from '@playwright/test'
import { expect, test } from './support/desk'

/** Counts, in the page, every style sheet PrimeVue adds or writes again from now on. */
async function countStyleWrites(desk: Page): Promise<void> {
  await desk.evaluate(() => {
    const writes: string[] = []
    Object.assign(window, { __styleWrites: writes })
    new MutationObserver((records) => {
      for (const record of records) {
        const style = record.target instanceof HTMLStyleElement ? record.target : record.target.parentElement
        if (style instanceof HTMLStyleElement) writes.push(style.dataset.primevueStyleId ?? '?')
        for (const added of record.addedNodes) if (added instanceof HTMLStyleElement) writes.push(added.dataset.primevueStyleId ?? '?')
      }
    }).observe(document.head, { childList: true, subtree: true, characterData: true })
  })
}

test("a form opened again writes none of PrimeVue's style sheets into the page again", async ({ desk, register }) => {
  const client = await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz' })
  await desk.evaluate((id) => (window.location.hash = `/clients/${id}/treatments/new`), client.id)
  await expect(desk.getByRole('heading', { name: 'Record treatment' })).toBeVisible()
  await desk.evaluate((id) => (window.location.hash = `/clients/${id}`), client.id)
  await expect(desk.getByRole('heading', { level: 1, name: 'Zoë Łukasiewicz' })).toBeVisible()

  await countStyleWrites(desk)
  await desk.getByRole('button', { name: 'Record treatment' }).click()
  await expect(desk.getByRole('heading', { name: 'Record treatment' })).toBeVisible()
  await expect(desk.getByLabel('Time')).toBeVisible()
  expect(await desk.evaluate(() => (window as unknown as { __styleWrites: string[] }).__styleWrites)).toEqual([])
})
