import { describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../../src/shared/aftercare/default-protocol'
import { MILESTONE_KEYS, STAGE_KEYS } from '../../../src/shared/aftercare/handout-texts'
import { aftercareProtocolSchema, type AftercareProtocol } from '../../../src/shared/aftercare/protocol'

function changed(change: (protocol: AftercareProtocol) => void): AftercareProtocol {
  const protocol = structuredClone(DEFAULT_PROTOCOL)
  change(protocol)
  return protocol
}

function problems(protocol: unknown): { path: string; message: string }[] {
  const result = aftercareProtocolSchema.safeParse(protocol)
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
}

function band(protocol: AftercareProtocol, index: number) {
  const found = protocol.bands[index]
  if (!found) throw new Error(`The test protocol has no band ${index}.`)
  return found
}

describe('the default protocol', () => {
  it('passes its own schema', () => {
    expect(problems(DEFAULT_PROTOCOL)).toEqual([])
  })

  it('survives being stored as JSON', () => {
    const stored = JSON.parse(JSON.stringify(DEFAULT_PROTOCOL))
    expect(aftercareProtocolSchema.parse(stored)).toEqual(DEFAULT_PROTOCOL)
  })

  it('has the four bands of the reference figures and a course of three', () => {
    expect(DEFAULT_PROTOCOL.bands.map(({ overMm, upToMm }) => [overMm, upToMm])).toEqual([
      [0, 0.5],
      [0.5, 1.0],
      [1.0, 1.5],
      [1.5, 3.0]
    ])
    expect(DEFAULT_PROTOCOL.courseLength).toBe(3)
  })

  it('has English texts for every milestone, stage and band, ten tips and five questions', () => {
    const english = DEFAULT_PROTOCOL.texts.en
    expect(Object.keys(english.milestones).sort()).toEqual([...MILESTONE_KEYS].sort())
    expect(Object.keys(english.stages).sort()).toEqual([...STAGE_KEYS].sort())
    expect(Object.keys(english.bands)).toEqual(DEFAULT_PROTOCOL.bands.map((band) => band.id))
    expect(english.tips.items).toHaveLength(10)
    expect(english.questions.items).toHaveLength(5)
    expect(english.callTheClinic.signs.join(' ')).toMatch(/pain.*pus.*fever.*after the first 48 hours/is)
  })
})

describe('depth bands', () => {
  it('rejects overlapping bands, naming where they overlap', () => {
    const overlapping = changed((protocol) => {
      band(protocol, 1).overMm = 0.4
    })
    expect(problems(overlapping)).toEqual([
      {
        path: 'bands.1.overMm',
        message:
          'The "up to 0.5 mm" and "over 0.4 mm up to 1.0 mm" bands overlap between 0.4 mm and 0.5 mm: a depth can belong to one band only. Start each band where the one before it ends (0.5 mm).'
      }
    ])
  })

  it('rejects a gap between bands, naming the depths left out', () => {
    const withGap = changed((protocol) => {
      band(protocol, 2).overMm = 1.2
    })
    expect(problems(withGap)).toEqual([
      {
        path: 'bands.2.overMm',
        message: 'No band covers the depths over 1.0 mm up to 1.2 mm. Start each band where the one before it ends (1.0 mm).'
      }
    ])
  })

  it('rejects bands listed out of order', () => {
    const shuffled = changed((protocol) => {
      protocol.bands = [band(protocol, 0), band(protocol, 2), band(protocol, 1), band(protocol, 3)]
    })
    expect(problems(shuffled).map((problem) => problem.message)).toContain(
      'List the bands from shallowest to deepest: the "over 0.5 mm up to 1.0 mm" band comes after the "over 1.0 mm up to 1.5 mm" band.'
    )
  })

  it('rejects an empty band', () => {
    const empty = changed((protocol) => {
      band(protocol, 1).upToMm = 0.5
    })
    expect(problems(empty).map((problem) => problem.message)).toContain(
      'The "over 0.5 mm up to 0.5 mm" band is empty: its upper depth must be more than its lower depth.'
    )
  })

  it('needs the bands to cover every needle depth from 0 to 3.0 mm', () => {
    const tooNarrow = changed((protocol) => {
      band(protocol, 0).overMm = 0.2
      band(protocol, 3).upToMm = 2.5
    })
    expect(problems(tooNarrow)).toEqual([
      { path: 'bands.0.overMm', message: 'The shallowest band must start at 0 mm, so that every needle depth has a band.' },
      {
        path: 'bands.3.upToMm',
        message:
          'The deepest band must go up to at least 3.0 mm, the deepest needle setting, so that every depth has a band.'
      }
    ])
  })

  it('rejects two bands with the same id', () => {
    const duplicated = changed((protocol) => {
      band(protocol, 3).id = 'deep'
    })
    expect(problems(duplicated)).toContainEqual({
      path: 'bands.3.id',
      message: 'Two bands have the id "deep": give each band its own id.'
    })
  })
})

describe('timings by depth', () => {
  it('rejects a deeper band with a shorter timing', () => {
    const shorter = changed((protocol) => {
      band(protocol, 2).timings.retinoids = { amount: 6, unit: 'days' }
    })
    expect(problems(shorter)).toEqual([
      {
        path: 'bands.2.timings.retinoids',
        message:
          'Retinol and retinoids: the "over 1.0 mm up to 1.5 mm" band has 6 days, less than the 7 days of the shallower "over 0.5 mm up to 1.0 mm" band. A deeper treatment needs at least as long.'
      }
    ])
  })

  it('rejects a deeper band with an earlier next session', () => {
    const sooner = changed((protocol) => {
      band(protocol, 3).nextSession.latest = { amount: 7, unit: 'weeks' }
    })
    expect(problems(sooner).map((problem) => problem.path)).toEqual(['bands.3.nextSession.latest'])
  })

  it('compares days with weeks', () => {
    const inWeeks = changed((protocol) => {
      band(protocol, 1).timings.retinoids = { amount: 1, unit: 'weeks' }
      band(protocol, 2).timings.retinoids = { amount: 10, unit: 'days' }
    })
    expect(problems(inWeeks)).toEqual([])
    const weekTooShort = changed((protocol) => {
      band(protocol, 2).timings.retinoids = { amount: 1, unit: 'weeks' }
      band(protocol, 3).timings.retinoids = { amount: 6, unit: 'days' }
    })
    expect(problems(weekTooShort).map((problem) => problem.path)).toEqual(['bands.3.timings.retinoids'])
  })

  it('rejects mixing hours with days for one rule, since daylight saving could make the deeper band earlier', () => {
    const mixed = changed((protocol) => {
      band(protocol, 1).timings.sweating_and_heat = { amount: 2, unit: 'days' }
      band(protocol, 2).timings.sweating_and_heat = { amount: 2, unit: 'days' }
      band(protocol, 3).timings.sweating_and_heat = { amount: 3, unit: 'days' }
    })
    expect(problems(mixed)).toEqual([
      {
        path: 'bands.1.timings.sweating_and_heat',
        message:
          'Sweating, sauna and hot showers: the "over 0.5 mm up to 1.0 mm" band counts in days but the "up to 0.5 mm" band counts in hours. Use hours in every band, or days and weeks in every band, so a deeper treatment never gets an earlier date.'
      }
    ])
  })

  it('keeps the first wash at least 4 hours and makeup and sunscreen at least 24 hours after the treatment', () => {
    const tooSoon = changed((protocol) => {
      band(protocol, 0).timings.first_wash.from = { amount: 3, unit: 'hours' }
      band(protocol, 0).timings.makeup_and_sunscreen = { amount: 12, unit: 'hours' }
    })
    expect(problems(tooSoon)).toEqual([
      { path: 'bands.0.timings.first_wash.from', message: "The first wash can't be earlier than 4 hours after the treatment." },
      {
        path: 'bands.0.timings.makeup_and_sunscreen',
        message: "Makeup and sunscreen can't be earlier than 24 hours after the treatment."
      }
    ])
  })

  it('counts the rules with a minimum in hours in hours', () => {
    const inDays = changed((protocol) => {
      band(protocol, 3).timings.makeup_and_sunscreen = { amount: 2, unit: 'days' }
    })
    expect(problems(inDays)).toEqual([
      { path: 'bands.3.timings.makeup_and_sunscreen', message: 'Count makeup and sunscreen in hours.' }
    ])
  })

  it('rejects a window that ends before it starts', () => {
    const backwards = changed((protocol) => {
      for (const each of protocol.bands) each.timings.first_wash.until = { amount: 3, unit: 'hours' }
    })
    expect(problems(backwards)[0]).toEqual({
      path: 'bands.0.timings.first_wash.until',
      message: 'The first wash window of the "up to 0.5 mm" band ends (3 hours) before it starts (4 hours).'
    })
  })

  it('rejects a negative or fractional time with a message for the clinic', () => {
    const odd = changed((protocol) => {
      band(protocol, 0).timings.retinoids = { amount: -1, unit: 'days' }
      band(protocol, 0).timings.daily_spf = { amount: 1.5, unit: 'weeks' }
    })
    expect(problems(odd)).toEqual([
      { path: 'bands.0.timings.retinoids.amount', message: "A time can't be negative." },
      { path: 'bands.0.timings.daily_spf.amount', message: 'Use a whole number of hours, days or weeks.' }
    ])
  })
})

describe('stages, texts and format', () => {
  it('needs the stages in order, starting on the treatment day', () => {
    const unordered = changed((protocol) => {
      protocol.stageStartDays.right_after = 1
      protocol.stageStartDays.days_4_to_7 = 1
    })
    expect(problems(unordered)).toEqual([
      { path: 'stageStartDays.right_after', message: 'The "right after" stage starts on the treatment day, day 0.' },
      {
        path: 'stageStartDays.days_1_to_3',
        message: 'The "days 1 to 3" stage must start after the "right after" stage, which starts on day 1.'
      },
      {
        path: 'stageStartDays.days_4_to_7',
        message: 'The "days 4 to 7" stage must start after the "days 1 to 3" stage, which starts on day 1.'
      }
    ])
  })

  it('needs the texts of every band in every language, and no texts for unknown bands', () => {
    const renamed = changed((protocol) => {
      protocol.texts = { en: protocol.texts.en }
      band(protocol, 3).id = 'deepest'
    })
    expect(problems(renamed)).toEqual([
      {
        path: 'texts.en.bands.deepest',
        message: 'Write the English name and healing description of the "over 1.5 mm up to 3.0 mm" band (id "deepest").'
      },
      {
        path: 'texts.en.bands.very_deep',
        message:
          'The English texts describe a band "very_deep" that is not in the list of bands: remove it or correct its id.'
      }
    ])
  })

  it('needs every milestone text and no blank lines', () => {
    const incomplete = changed((protocol) => {
      delete (protocol.texts.en.milestones as Partial<typeof protocol.texts.en.milestones>).retinoids
      protocol.texts.en.tips.items[2] = '   '
    })
    expect(problems(incomplete)).toEqual([
      { path: 'texts.en.milestones.retinoids', message: 'Write a label and a sentence of advice for this milestone.' },
      { path: 'texts.en.tips.items.2', message: "This text can't be empty: it is printed on the handout." }
    ])
  })

  it('checks the texts of a second language too', () => {
    const withFrench = changed((protocol) => {
      const french = structuredClone(protocol.texts.en)
      delete french.bands.light
      protocol.texts.fr = french
    })
    expect(problems(withFrench).map((problem) => problem.path)).toEqual(['texts.fr.bands.light'])
  })

  it('rejects a protocol saved in another format', () => {
    expect(problems({ ...DEFAULT_PROTOCOL, schemaVersion: 2 })).toEqual([
      {
        path: 'schemaVersion',
        message: "This protocol is in a format this version of Aftercare Desk can't read (expected format 1)."
      }
    ])
  })
})
