import type { Page } from '@playwright/test'

/** Goes to one of the app's routes ("/clients/ID") the way its own links do, without reloading. */
export async function openRoute(desk: Page, route: string): Promise<void> {
  await desk.evaluate((path) => {
    window.location.hash = path
  }, route)
}

/**
 * What closing the window asks of the page: may it unload? True when the page holds it (unsaved
 * changes). In the app, main then asks the desk (see electron-main.test.ts); here the page's own
 * answer is read.
 */
export function holdsTheWindow(desk: Page): Promise<boolean> {
  return desk.evaluate(() => {
    const closing = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(closing)
    return closing.defaultPrevented
  })
}
