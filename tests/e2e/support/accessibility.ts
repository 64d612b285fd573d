import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Scans the page as it is now with axe-core; fails on any serious or critical violation. */
export async function expectNoSeriousAxeViolations(page: Page, screen: string): Promise<void> {
  // Colours are judged as they rest: a toast caught half faded in reads as too faint.
  await page.evaluate(() => Promise.allSettled(document.getAnimations().map((animation) => animation.finished)))
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(serious, `serious or critical accessibility problems on ${screen}`).toEqual([])
}
