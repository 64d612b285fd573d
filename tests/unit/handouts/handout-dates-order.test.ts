import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../../src/shared/aftercare/default-protocol'
import { planAftercare, type Milestone } from '../../../src/shared/aftercare/plan'
import { UNNAMED_CLINIC } from '../../../src/shared/clinic/clinic-settings'
import { handoutContent } from '../../../src/main/handouts/printed/handout-content'
import { aClient, aTreatment } from '../aftercare/fixtures'

/** "Your dates" reads as a timeline: each line where it starts, and a rule in force from the treatment where it ends. */

function datesOf(depthMm: number, datesInOrder: 'time' | 'protocol') {
  const treatment = aTreatment({ depthMm, performedAt: '2026-03-24T10:15', timeZone: 'Europe/London' })
  const plan = planAftercare(treatment, aClient(), DEFAULT_PROTOCOL)
  const content = handoutContent({ plan, treatment, client: aClient(), clinic: UNNAMED_CLINIC, paper: 'A4', producedAt: '2026-03-24T10:30:00.000Z', datesInOrder })
  const byLabel = new Map(plan.milestones.map((milestone) => [milestone.label, milestone]))
  return { plan, rows: content.milestones.rows.map((row) => ({ ...row, milestone: byLabel.get(row.label) as Milestone })) }
}

const instant = (time: string) => Temporal.Instant.from(time).epochMilliseconds
const momentsOf = (rows: ReturnType<typeof datesOf>['rows']) =>
  rows.map(({ when, milestone }) => (when.startsWith('Until') ? instant(milestone.end ?? '') : instant(milestone.start)))

describe('the dates of a handout', () => {
  for (const depthMm of DEFAULT_PROTOCOL.bands.map((band) => band.upToMm)) {
    it(`are in time order at ${depthMm} mm, across the change to summer time`, () => {
      const { plan, rows } = datesOf(depthMm, 'time')
      expect(rows).toHaveLength(plan.milestones.length)
      const moments = rows.map(({ when, milestone }) => (when.startsWith('Until') ? instant(milestone.end ?? '') : instant(milestone.start)))
      expect(moments).toEqual([...moments].sort((a, b) => a - b))
      // The rule in force from the treatment sits where it ends, not at the top.
      const untilRow = rows.findIndex(({ when }) => when.startsWith('Until'))
      expect(untilRow).toBeGreaterThan(0)
    })
  }

  it('kept the protocol order in handouts logged before, so their content rebuilds as printed', () => {
    const { plan, rows } = datesOf(1.5, 'protocol')
    expect(rows.map((row) => row.label)).toEqual(plan.milestones.map((milestone) => milestone.label))
    // Which was not in time order: an "until" line sat above lines that start before it ends.
    expect(momentsOf(rows)).not.toEqual([...momentsOf(rows)].sort((a, b) => a - b))
  })
})
