import { resolve } from 'node:path'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../../src/shared/aftercare/default-protocol'
import { formatDay } from '../../../src/shared/aftercare/format-date'
import { planAftercare, type AftercarePlan } from '../../../src/shared/aftercare/plan'
import type { Client } from '../../../src/shared/register/client'
import { PdfRenderer } from '../../../src/main/handouts/pdf-renderer'
import { calendarContent } from '../../../src/main/handouts/printed/calendar-content'
import { calendarLayout } from '../../../src/main/handouts/printed/calendar-layout'
import { CALENDAR_WORDS } from '../../../src/main/handouts/printed/calendar-words'
import { aClient, aTreatment } from '../aftercare/fixtures'
import { readPdf } from '../../support/pdf-read-back'

/** The calendar is rendered with the real fonts and read back with pdf.js, as a printer would see it. */

const renderer = await PdfRenderer.create(resolve('resources/fonts'))

const LOCALE = CALENDAR_WORDS.en.locale
const CLINIC = { name: 'Lumen Skin Clinic', phone: '020 7946 0321' }

interface Sample {
  treatment?: Parameters<typeof aTreatment>[0]
  client?: Partial<Client>
  paper?: 'A4' | 'Letter'
}

async function renderCalendar({ treatment, client: names, paper = 'A4' }: Sample = {}) {
  const client = { ...aClient(), ...names }
  const plan = planAftercare(aTreatment(treatment), client, DEFAULT_PROTOCOL)
  const producedAt = '2026-01-01T09:00:00.000Z'
  const pdf = await renderer.render(calendarLayout(calendarContent({ plan, client, clinic: CLINIC, paper, producedAt })), new Date(producedAt))
  return { plan, ...(await readPdf(pdf)) }
}

/** The text of a day's row in the grid: from its date to the next day's date. */
function rowOf(text: string, plan: AftercarePlan, dayIndex: number): string {
  const day = (index: number) => formatDay(Temporal.PlainDate.from(plan.performedAt).add({ days: index }).toString(), LOCALE)
  const tableStart = text.indexOf(CALENDAR_WORDS.en.changes.toUpperCase())
  const start = text.indexOf(day(dayIndex), tableStart)
  const end = text.indexOf(day(dayIndex + 1), start)
  expect(start).toBeGreaterThan(tableStart)
  return text.slice(start, end === -1 ? undefined : end)
}

describe('the calendar PDF', () => {
  it.each([
    ['light', 0.5, 'A4'],
    ['medium', 1.0, 'A4'],
    ['deep', 1.5, 'A4'],
    ['very deep', 3.0, 'A4'],
    ['light', 0.5, 'Letter'],
    ['very deep', 3.0, 'Letter']
  ] as const)('fits a %s treatment (%s mm) on one %s page', async (_band, depthMm, paper) => {
    // The longest English day name and date, a first wash past midnight, and a name on two lines.
    const { pages, text } = await renderCalendar({
      treatment: { depthMm, performedAt: '2026-09-30T19:00', timeZone: 'Europe/London' },
      client: { givenName: 'Maria da Conceição Anastácia', familyName: 'de Albuquerque e Vasconcelos-Łukasiewicz' },
      paper
    })
    expect(pages).toBe(1)
    expect(text).toContain('Wednesday 30 September')
  })

  it.each([
    ['Latin with diacritics', { givenName: 'Zoë', familyName: 'Łukasiewicz-Ñúñez' }],
    ['Chinese', { givenName: '秀英', familyName: '王' }],
    ['Korean', { givenName: '민준', familyName: '김' }]
  ])('prints a %s name', async (_script, client) => {
    const { text } = await renderCalendar({ client })
    expect(text).toContain(`${client.givenName} ${client.familyName}`)
  })

  it.each([0.5, 3.0])('shows the day of every milestone, SPF 30 and the next session window (%s mm)', async (depthMm) => {
    const { plan, text } = await renderCalendar({ treatment: { depthMm } })
    for (const { start, end } of plan.milestones) {
      expect(text).toContain(formatDay(start, LOCALE))
      if (end) expect(text).toContain(formatDay(end, LOCALE))
    }
    expect(text).toContain('SPF 30')
    expect(text).toContain(formatDay(plan.nextSession.earliest, LOCALE))
    expect(text).toContain(formatDay(plan.nextSession.latest, LOCALE))
  })

  it('puts each change on the row of its local day, at its local time, across the change to summer time', async () => {
    // Saturday before the clocks go forward in London: 24 hours later is 15:30, 7 days later 14:30.
    const { plan, text } = await renderCalendar({
      treatment: { performedAt: '2026-03-28T14:30', timeZone: 'Europe/London', depthMm: 1.0 }
    })
    expect(rowOf(text, plan, 0)).toMatch(/14:30\s+Your treatment/)
    expect(rowOf(text, plan, 1)).toMatch(/from 15:30\s+Makeup and sunscreen/)
    expect(rowOf(text, plan, 7)).toMatch(/from 14:30\s+Retinol and retinoids/)
    expect(rowOf(text, plan, 7)).toContain('Keep out of the sun until 14:30')
    expect(rowOf(text, plan, 8)).not.toContain('Keep out of the sun')
  })

  it('shows the first wash after a 23:30 treatment on the next day', async () => {
    const { plan, text } = await renderCalendar({
      treatment: { performedAt: '2026-11-30T23:30', timeZone: 'America/New_York' }
    })
    expect(rowOf(text, plan, 0)).toMatch(/23:30\s+Your treatment/)
    expect(rowOf(text, plan, 0)).not.toContain('First gentle wash')
    expect(rowOf(text, plan, 1)).toMatch(/03:30 – 05:30\s+First gentle wash/)
  })

  it('embeds every font it uses', async () => {
    const { fonts } = await renderCalendar({ client: { givenName: '秀英', familyName: '김' } })
    expect(fonts.length).toBeGreaterThanOrEqual(3)
    for (const font of fonts) expect(font.embedded, font.name).toBe(true)
  })
})
