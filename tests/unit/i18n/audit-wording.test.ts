import { afterEach, describe, expect, it, vi } from 'vitest'

// The desk's date formats read the computer's region when they load; Node 20 has no navigator.
vi.hoisted(() => {
  if (!('navigator' in globalThis)) Object.defineProperty(globalThis, 'navigator', { value: { language: 'en-GB', languages: ['en-GB'] }, configurable: true })
})

import type { AuditEntry } from '../../../src/shared/audit/audit-entry'
import { auditWording } from '../../../src/renderer/src/audit/audit-wording'
import { followDeskLanguage } from '../../../src/renderer/src/format/region'
import { i18n, loadDeskMessages } from '../../../src/renderer/src/i18n'
import type { HandoutLanguage } from '../../../src/shared/register/vocabulary'

async function inLanguage(language: HandoutLanguage): Promise<(entry: AuditEntry) => string> {
  await loadDeskMessages(language)
  i18n.global.locale.value = language
  followDeskLanguage(language)
  return auditWording(i18n.global)
}

afterEach(() => inLanguage('en'))

const entry = (subjectType: AuditEntry['subjectType'], action: AuditEntry['action'], details: AuditEntry['details']): AuditEntry => ({
  id: 1,
  at: '2026-12-06T10:00:00Z',
  actor: 'Maria',
  desk: null,
  action,
  subjectType,
  subjectId: null,
  details
})

describe('the audit log, as the desk reads it', () => {
  it("names the country whose record-keeping rules were set, in the desk's language", async () => {
    const say = await inLanguage('es')
    expect(say(entry('clinic', 'update', { retentionCountry: 'GB', retentionYears: 8 }))).toBe(
      'Fijó el plazo de conservación de los datos: 8 años desde el último tratamiento (Reino Unido)'
    )
    expect(say(entry('clinic', 'update', { retentionCountry: 'other', retentionYears: 10 }))).toBe(
      'Fijó el plazo de conservación de los datos: 10 años desde el último tratamiento (normas de otros países)'
    )
    const sayInGerman = await inLanguage('de')
    expect(sayInGerman(entry('clinic', 'update', { retentionCountry: 'DE', retentionYears: 10 }))).toContain('(Deutschland)')
  })

  it("writes the day a record's keeping period ends as the desk's region writes a date", async () => {
    const erased = entry('client', 'erase', { withinRetention: true, retentionEndsOn: '2031-03-14', reason: 'Request', treatments: 1, handouts: 0 })
    expect((await inLanguage('fr'))(erased)).toContain('le 14 mars 2031')
    expect((await inLanguage('en'))(erased)).toContain('ended on 14 March 2031')
  })
})
