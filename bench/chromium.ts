import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { fontsDir } from '../src/main/app-paths'
import { TEST_BROWSER } from '../tests/support/test-browser'
import { handoutContent } from '../src/main/handouts/printed/handout-content'
import { handoutLayout } from '../src/main/handouts/printed/handout-layout'
import { CURRENT_LAYOUTS } from '../src/main/handouts/printed/layout-versions'
import { handoutHtml } from './handout-html'
import { handoutTreatments } from './handout'
import { openBenchRegister, ROOT } from './lib/register'
import { median, percentile, round } from './lib/stats'

/**
 * The same standard handouts printed by Chromium: the pdfmake document of each, written
 * as HTML with the same bundled fonts, then page.setContent + page.pdf(). The browser is
 * started once, untimed, and a warm-up comes first, as for our own renderer.
 */
export async function measureChromium({ file, count, warmup }: { file: string; count: number; warmup: number }) {
  const register = await openBenchRegister(file)
  const clinic = await register.call('settings.get', {})
  const documents = []
  for (const { treatmentId } of await handoutTreatments(register, count + warmup, true)) {
    const treatment = await register.call('treatments.get', { id: treatmentId })
    const client = await register.call('clients.get', { id: treatment.clientId })
    const plan = await register.call('aftercare.plan', { treatmentId })
    const content = handoutContent({ plan, treatment, client, clinic, paper: clinic.paper, producedAt: new Date().toISOString(), datesInOrder: 'time' })
    documents.push(handoutHtml(handoutLayout(content, CURRENT_LAYOUTS.handout, undefined), fontsDir(ROOT)))
  }
  await register.close()

  // A file: page, so the HTML may load the bundled fonts from disk.
  const blank = join(ROOT, 'bench', 'tmp', 'blank.html')
  mkdirSync(join(ROOT, 'bench', 'tmp'), { recursive: true })
  writeFileSync(blank, '<!doctype html><title>blank</title>')
  const browser = await chromium.launch(TEST_BROWSER)
  try {
    const page = await browser.newPage()
    await page.goto(pathToFileURL(blank).href)
    const times: number[] = []
    let pages = 0
    for (const [index, { html, pdf }] of documents.entries()) {
      const started = performance.now()
      await page.setContent(html, { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      const bytes = await page.pdf({ ...pdf, printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>' })
      const ms = performance.now() - started
      if (index >= warmup) times.push(ms)
      pages = (bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length
    }
    return {
      median_ms: round(median(times)),
      p95_ms: round(percentile(times, 95)),
      samples: times.length,
      pages_last: pages,
      version: browser.version()
    }
  } finally {
    await browser.close()
  }
}
