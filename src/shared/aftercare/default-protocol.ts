import { DE_TEXTS } from './default-texts/de'
import { EN_TEXTS } from './default-texts/en'
import { ES_TEXTS } from './default-texts/es'
import { FR_TEXTS } from './default-texts/fr'
import type { RuleDuration } from './duration'
import { PROTOCOL_SCHEMA_VERSION, type AftercareProtocol } from './protocol'

/**
 * The protocol a clinic starts with. Timings come from the clinic's reference article (first
 * wash after 4-6 hours, no makeup or sunscreen for 24 hours) and, for deeper needles, from
 * published device and clinic figures: the longer end where they disagree.
 */

const hours = (amount: number): RuleDuration => ({ amount, unit: 'hours' })
const days = (amount: number): RuleDuration => ({ amount, unit: 'days' })
const weeks = (amount: number): RuleDuration => ({ amount, unit: 'weeks' })

export const DEFAULT_PROTOCOL: AftercareProtocol = {
  schemaVersion: PROTOCOL_SCHEMA_VERSION,
  id: 'default',
  name: 'Standard microneedling aftercare',
  bands: [
    {
      id: 'light',
      overMm: 0,
      upToMm: 0.5,
      timings: {
        first_wash: { from: hours(4), until: hours(6) },
        makeup_and_sunscreen: hours(24),
        sweating_and_heat: hours(24),
        acids_and_scrubs: days(5),
        retinoids: days(5),
        strict_sun_avoidance: days(3),
        daily_spf: weeks(4)
      },
      nextSession: { earliest: weeks(2), latest: weeks(4) }
    },
    {
      id: 'medium',
      overMm: 0.5,
      upToMm: 1.0,
      timings: {
        first_wash: { from: hours(4), until: hours(6) },
        makeup_and_sunscreen: hours(24),
        sweating_and_heat: hours(48),
        acids_and_scrubs: days(7),
        retinoids: days(7),
        strict_sun_avoidance: days(7),
        daily_spf: weeks(6)
      },
      nextSession: { earliest: weeks(4), latest: weeks(6) }
    },
    {
      id: 'deep',
      overMm: 1.0,
      upToMm: 1.5,
      timings: {
        first_wash: { from: hours(4), until: hours(6) },
        makeup_and_sunscreen: hours(48),
        sweating_and_heat: hours(48),
        acids_and_scrubs: days(10),
        retinoids: days(10),
        strict_sun_avoidance: days(10),
        daily_spf: weeks(6)
      },
      nextSession: { earliest: weeks(6), latest: weeks(8) }
    },
    {
      id: 'very_deep',
      overMm: 1.5,
      upToMm: 3.0,
      timings: {
        first_wash: { from: hours(4), until: hours(6) },
        makeup_and_sunscreen: hours(48),
        sweating_and_heat: hours(72),
        acids_and_scrubs: days(14),
        retinoids: days(14),
        strict_sun_avoidance: days(14),
        daily_spf: weeks(8)
      },
      nextSession: { earliest: weeks(6), latest: weeks(8) }
    }
  ],
  stageStartDays: {
    right_after: 0,
    days_1_to_3: 1,
    days_4_to_7: 4,
    following_weeks: 8,
    // Skin is fully restored within about a month; collagen keeps building for months after.
    long_term: 29
  },
  courseLength: 3,
  texts: {
    en: EN_TEXTS,
    es: ES_TEXTS,
    fr: FR_TEXTS,
    de: DE_TEXTS
  }
}
