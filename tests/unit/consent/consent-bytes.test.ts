import { expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { PdfRenderer } from '../../../src/main/handouts/pdf-renderer'
import { fontsDir, projectRoot } from '../../../src/main/app-paths'
import { renderPrinted } from '../../../src/main/handouts/printed/render-printed'
import { CURRENT_LAYOUTS } from '../../../src/main/handouts/printed/layout-versions'
import { consentContent } from '../../../src/main/consent/consent-content'
import { signatureOnWhite } from '../../../src/main/consent/signature-png'
import { DEFAULT_CONSENT_FORMS } from '../../../src/shared/consent/default-consent-forms'
import { UNNAMED_CLINIC } from '../../../src/shared/clinic/clinic-settings'
import { signaturePng } from '../../support/consent'

const content = (lang: 'en' | 'es', name: string) => consentContent({
  form: DEFAULT_CONSENT_FORMS[lang], formVersion: 1, language: lang, paper: 'A4',
  client: { id: 'x', givenName: name, familyName: 'Silva', dateOfBirth: '1988-04-12', phone: null, email: null, skinType: null, language: lang, notes: '', archived: false, createdAt: '', updatedAt: '', lastActivityAt: '', version: 1 },
  clinic: UNNAMED_CLINIC,
  screening: { id: 's', clientId: 'x', visitAt: '2026-12-05T09:00', timeZone: 'Europe/London', device: null, radiofrequency: false, zones: ['cheeks'], questionnaireVersion: 1, answers: {}, outcome: 'clear', reasons: [], notBefore: null, recordedBy: 'a', recordedAt: '' },
  plan: { device: null, radiofrequency: false, zones: [{ zone: 'cheeks', depthMm: 1 }] },
  photoConsent: 'record', practitioner: 'Dr Okafor',
  signatures: { patient: signatureOnWhite(signaturePng({ seed: 1 })), practitioner: signatureOnWhite(signaturePng({ seed: 3 })) },
  signedAt: '2026-12-05T09:10', producedAt: '2026-12-05T09:10:00.000Z'
})
const hash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

// A signed consent is reprinted by drawing its content again, on whichever worker is free: its
// bytes must not depend on what that worker drew before, nor on two signatures being drawn at once.

it('draws the same bytes whatever the renderer drew before, and when drawn twice at once', async () => {
  const fresh = await PdfRenderer.create(fontsDir(projectRoot(import.meta.url)))
  const a = hash(await renderPrinted(fresh, { content: content('en', 'Ana'), layouts: CURRENT_LAYOUTS }))
  const b = hash(await renderPrinted(fresh, { content: content('en', 'Ana'), layouts: CURRENT_LAYOUTS }))
  await renderPrinted(fresh, { content: content('es', 'Lucía'), layouts: CURRENT_LAYOUTS })
  const c = hash(await renderPrinted(fresh, { content: content('en', 'Ana'), layouts: CURRENT_LAYOUTS }))
  const together = await Promise.all([1, 2, 3].map(async () => hash(await renderPrinted(fresh, { content: content('en', 'Ana'), layouts: CURRENT_LAYOUTS }))))
  expect([b, c, ...together]).toEqual([a, a, a, a, a])
})
