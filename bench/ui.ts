import { build } from 'electron-vite'
import { chromium } from 'playwright-core'
import type { HandlerTable } from '../src/main/api/handler-table'
import { CALL_NAMES } from '../src/shared/contract/call-names'
import { connectLoopback } from '../tests/e2e/support/loopback'
import { serveBuiltRenderer } from '../tests/e2e/support/renderer-server'
import { TEST_BROWSER } from '../tests/support/test-browser'
import { openBenchRegister, ROOT } from './lib/register'
import { noteAnswers, timeInPage } from './lib/in-page-timing'
import { median, percentile, round, seededRandom } from './lib/stats'

export interface UiResult {
  ui_first_rows_ms: number
  ui_search_paint_p95_ms: number
  ui_client_open_p95_ms: number
  ui_record_form_ready_p95_ms: number
  ui_end_key_rows_ms: number
  ui_scroll_jump_p95_ms: number
  main_longest_call_ms: number
  longest_call: string
  runs: number
}

/**
 * What the receptionist feels on the benchmark register: the built renderer in Chromium,
 * driven as a person would, over the tests' loopback to the real handler table. Every call's
 * time in the handler is kept, and the longest one reported: what any other call could have
 * waited behind. Times are from the action to the first frame painted with the rows or the
 * screen, on the page's own clock (lib/in-page-timing.ts).
 */
export async function measureUi({ file, runs }: { file: string; runs: number }): Promise<UiResult> {
  await build({ root: ROOT, logLevel: 'warn' })
  const register = await openBenchRegister(file)
  const calls: { name: string; ms: number; endedAt: number }[] = []
  const server = await serveBuiltRenderer()
  const browser = await chromium.launch(TEST_BROWSER)
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/London' })
    await connectLoopback(page, timed(register.table, calls))
    // A named clinic, as at any desk after its first day: no first-start welcome in the way.
    await register.call('settings.update', { ...(await register.call('settings.get', {})), name: 'Harbour Skin Clinic' })
    const clients = await register.call('clients.count', {})
    const sample = await register.call('clients.list', { limit: runs, offset: Math.floor(clients / 3) })
    const random = seededRandom(11)

    const firstRows: number[] = []
    for (let run = 0; run < 3; run++) {
      const started = performance.now()
      await page.goto(server.url)
      await page.locator('#register-list-option-0 .register-row__name').waitFor()
      firstRows.push(performance.now() - started)
    }

    const searchBox = page.getByRole('combobox', { name: 'Find a client' })
    await noteAnswers(page, 'treatments.suggestions')
    const searchPaint: number[] = []
    const clientOpen: number[] = []
    const formReady: number[] = []
    for (const client of sample) {
      await page.evaluate(() => (window.location.hash = '/'))
      await searchBox.waitFor()
      const name = JSON.stringify(`${client.givenName} ${client.familyName}`)
      // The last key of the name: the box holds it all, and the page hears the input.
      searchPaint.push(
        await timeInPage(
          page,
          `const box = document.querySelector('input[role="combobox"]'); box.value = ${name}; box.dispatchEvent(new Event('input', { bubbles: true }))`,
          `[...document.querySelectorAll('[role="option"] .register-row__name')].some((row) => row.textContent.includes(${name}))`
        )
      )
      clientOpen.push(
        await timeInPage(
          page,
          `[...document.querySelectorAll('[role="option"]')].find((row) => row.textContent.includes(${name})).click()`,
          `[...document.querySelectorAll('h1')].some((heading) => heading.textContent.includes(${name})) && [...document.querySelectorAll('button')].some((button) => button.textContent.includes('Record treatment'))`
        )
      )
      // Form and suggestions: the form's heading is up and the suggestions' answer is in.
      formReady.push(
        await timeInPage(
          page,
          `window.__answeredAt = 0; [...document.querySelectorAll('button')].find((button) => button.textContent.includes('Record treatment')).click()`,
          `window.__answeredAt > 0 && [...document.querySelectorAll('h1')].some((heading) => heading.textContent.includes('Record treatment'))`
        )
      )
    }

    await page.evaluate(() => (window.location.hash = '/'))
    await searchBox.fill('')
    await page.locator('#register-list-option-0 .register-row__name').waitFor()
    await searchBox.focus()
    const endKey = await timeInPage(
      page,
      `document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true }))`,
      `document.querySelector('#register-list-option-${clients - 1} .register-row__name') !== null`
    )
    await page.keyboard.press('Home')

    const jumps: number[] = []
    for (let run = 0; run < runs; run++) {
      const index = Math.floor(random() * (clients - 20))
      jumps.push(
        await timeInPage(
          page,
          `document.querySelector('[role="listbox"][aria-label="Clients"]').scrollTo({ top: ${index * 56} })`,
          `document.querySelector('#register-list-option-${index + 2} .register-row__name') !== null`
        )
      )
    }

    const longest = calls.reduce((worst, call) => (call.ms > worst.ms ? call : worst), { name: '', ms: 0, endedAt: 0 })
    return {
      ui_first_rows_ms: round(median(firstRows)),
      ui_search_paint_p95_ms: round(percentile(searchPaint, 95)),
      ui_client_open_p95_ms: round(percentile(clientOpen, 95)),
      ui_record_form_ready_p95_ms: round(percentile(formReady, 95)),
      ui_end_key_rows_ms: round(endKey),
      ui_scroll_jump_p95_ms: round(percentile(jumps, 95)),
      main_longest_call_ms: round(longest.ms),
      longest_call: longest.name,
      runs
    }
  } finally {
    await browser.close()
    await server.close()
    await register.close()
  }
}

/**
 * The handler table, each call timed from its start to its answer. The session's check before
 * each call (one indexed read of a setting) is left outside the timing.
 */
function timed(table: HandlerTable, calls: { name: string; ms: number; endedAt: number }[]): HandlerTable {
  const wrapped: Record<string, unknown> = { session: table.session }
  for (const name of CALL_NAMES) {
    const handler = table[name] as (input: unknown) => Promise<unknown>
    wrapped[name] = async (input: unknown) => {
      const started = performance.now()
      try {
        return await handler(input)
      } finally {
        const endedAt = performance.now()
        calls.push({ name, ms: endedAt - started, endedAt })
      }
    }
  }
  return wrapped as unknown as HandlerTable
}
