import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Scans the page as it is now with axe-core; fails on any serious or critical violation. */
export async function expectNoSeriousAxeViolations(page: Page, screen: string): Promise<void> {
  let serious = await seriousViolations(page)
  // A toast whose time ran out while axe was reading the page was judged half faded out. It
  // is judged again once it has settled (gone, or at rest); one that fails at rest still fails.
  if (serious.length > 0 && serious.every((violation) => violation.inToast)) serious = await seriousViolations(page)
  expect(serious.map((violation) => violation.text), `serious or critical accessibility problems on ${screen}`).toEqual([])
}

async function seriousViolations(page: Page): Promise<{ text: string; inToast: boolean }[]> {
  // Colours are judged as they rest: a toast caught half faded in reads as too faint.
  await page.evaluate(() => Promise.allSettled(document.getAnimations().map((animation) => animation.finished)))
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(' '))
      return {
        text: `${violation.id} (${violation.impact}): ${violation.help} at ${targets.join(', ')}`,
        inToast: targets.every((target) => target.includes('p-toast'))
      }
    })
}
