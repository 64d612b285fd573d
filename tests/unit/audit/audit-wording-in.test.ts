import { createI18n } from 'vue-i18n'
import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '../../../src/shared/audit/audit-entry'
import { auditWording } from '../../../src/shared/audit/audit-wording'
import { auditWordingIn } from '../../../src/main/audit/audit-wording-in'
import { HANDOUT_LANGUAGES } from '../../../src/shared/register/vocabulary'
import en from '../../../src/renderer/src/i18n/en'
import es from '../../../src/renderer/src/i18n/es'
import fr from '../../../src/renderer/src/i18n/fr'
import de from '../../../src/renderer/src/i18n/de'

// Main says the audit log's entries (in a client's data document) without vue-i18n: each entry
// must read word for word as the desk's audit screen says it, in every language.

let next = 1
const entry = (subjectType: AuditEntry['subjectType'], action: AuditEntry['action'], details: AuditEntry['details'] = {}): AuditEntry => ({
  id: next++,
  at: '2026-12-01T10:00:00.000Z',
  actor: 'Reception',
  desk: null,
  action,
  subjectType,
  subjectId: 'x',
  details
})

const ENTRIES: AuditEntry[] = [
  entry('client', 'create'),
  entry('client', 'update'),
  entry('client', 'archive'),
  entry('client', 'export', { what: 'subject access' }),
  ...[0, 1, 2, 7].map((count) => entry('client', 'erase', { treatments: count, handouts: 1 })),
  entry('client', 'erase', { treatments: 3, handouts: 0, withinRetention: true, retentionEndsOn: '2030-01-01', reason: 'Asked to' }),
  entry('treatment', 'create', { screening: 'review', decidedBy: 'Dr Ruiz' }),
  entry('treatment', 'create', { screening: 'none' }),
  entry('screening', 'create', { outcome: 'defer' }),
  entry('handout', 'print', { kind: 'calendar', reprintOf: 'h1' }),
  entry('consent', 'create', { formVersion: 2, screeningOutcome: 'clear', photoConsent: 'marketing' }),
  entry('register', 'export', { what: 'clients xlsx', rows: 1 }),
  entry('register', 'import', { imported: 0, duplicates: 1, errors: 12 }),
  entry('clinic', 'update', { country: 'DE' }),
  entry('staff', 'create', { role: 'practitioner' }),
  entry('desk', 'update', { signIn: 'pin', idleLockMinutes: 1 }),
  entry('desk', 'update', { signIn: 'pin', idleLockMinutes: 15 }),
  entry('recall', 'create', { outcome: 'left_message' }),
  entry('recall', 'export', { rows: 0 }),
  entry('prep-sheet', 'restore')
]

describe("main's audit wording", () => {
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en, es, fr, de } })
  const { t } = i18n.global

  it.each(HANDOUT_LANGUAGES)('says every entry as the desk does in %s', (language) => {
    i18n.global.locale.value = language
    const desk = auditWording(
      (key, values = {}, plural) => (plural === undefined ? t(key as never, values) : t(key as never, values, plural)),
      () => 'de-DE'
    )
    const main = auditWordingIn(language, 'de-DE')
    const said = ENTRIES.map(main)
    expect(said).toEqual(ENTRIES.map(desk))
    // Nothing left as a path or an unfilled value.
    expect(said.filter((text) => /audit\.|\{/.test(text))).toEqual([])
  })

  it('picks the plural form the words give for a count', () => {
    const erase = (treatments: number) => auditWordingIn('en', 'en-GB')(entry('client', 'erase', { treatments, handouts: 1 }))
    expect([0, 1, 3].map(erase)).toEqual([
      'Erased a client (no treatments, 1 handout)',
      'Erased a client (1 treatment, 1 handout)',
      'Erased a client (3 treatments, 1 handout)'
    ])
  })
})
