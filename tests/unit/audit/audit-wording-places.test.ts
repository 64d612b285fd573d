import { describe, expect, it } from 'vitest'
import { auditWordingIn } from '../../../src/main/audit/audit-wording-in'
import type { AuditEntry } from '../../../src/shared/audit/audit-entry'

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

describe('the audit log names places and days as the region does', () => {
  it("names the country whose record-keeping rules were set, in the entry's language", () => {
    const say = auditWordingIn('es', 'es-ES')
    expect(say(entry('clinic', 'update', { retentionCountry: 'GB', retentionYears: 8 }))).toBe(
      'Fijó el plazo de conservación de los datos: 8 años desde el último tratamiento (Reino Unido)'
    )
    expect(say(entry('clinic', 'update', { retentionCountry: 'other', retentionYears: 10 }))).toBe(
      'Fijó el plazo de conservación de los datos: 10 años desde el último tratamiento (normas de otros países)'
    )
    expect(auditWordingIn('de', 'de-DE')(entry('clinic', 'update', { retentionCountry: 'DE', retentionYears: 10 }))).toContain('(Deutschland)')
  })

  it("writes the day a record's keeping period ends as the region writes a date", () => {
    const erased = entry('client', 'erase', { withinRetention: true, retentionEndsOn: '2031-03-14', reason: 'Request', treatments: 1, handouts: 0 })
    expect(auditWordingIn('fr', 'fr-FR')(erased)).toContain('le 14 mars 2031')
    expect(auditWordingIn('en', 'en-GB')(erased)).toContain('ended on 14 March 2031')
  })
})
