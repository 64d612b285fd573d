import type { Page } from '@playwright/test'

/** Goes to one of the app's routes ("/clients/ID") the way its own links do, without reloading. */
export async function openRoute(desk: Page, route: string): Promise<void> {
  await desk.evaluate((path) => {
    window.location.hash = path
  }, route)
}
