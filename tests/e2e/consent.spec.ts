import type { Page } from '@playwright/test'
import { Temporal } from 'temporal-polyfill'
import { DEFAULT_QUESTIONNAIRE } from '../../src/shared/screening/default-questionnaire'
import { imagesPainted, readPdf } from '../support/pdf-read-back'
import { nothingToDeclare } from '../support/screening-answers'
import { expectNoSeriousAxeViolations } from './support/accessibility'
import { signOn } from './support/consent'
import { expect, test } from './support/desk'
import { openRoute } from './support/navigation'

// The browser runs in Europe/London (playwright.config.ts): "today" is London's today.
const ZONE = 'Europe/London'

interface HandedFile {
  action: string
  fileName: string
  bytes: number[]
}

/** What the page has handed the desktop (print dialog, viewer, save dialog) so far. */
function handedFiles(desk: Page): Promise<HandedFile[]> {
  return desk.evaluate(() => window.__deskFiles.map(({ action, file }) => ({ action, fileName: file.fileName, bytes: Array.from(file.bytes) })))
}

test('the client and the practitioner sign on screen; the consent PDF holds the form, the plan, the screening and both signatures', async ({
  desk,
  register,
  saveScreenshot
}) => {
  test.slow()
  await register.ok('settings.update', { name: 'Harbour Skin Clinic', phone: '0117 496 0000', practitioners: [{ name: 'Dr Amara Okafor' }], devices: [{ name: 'Dermapen 4' }] })
  await desk.reload()
  const client = await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz', dateOfBirth: '1990-03-02' })
  const today = Temporal.Now.plainDateISO(ZONE).toString()
  const screening = await register.ok('screenings.record', {
    clientId: client.id,
    visitAt: `${today}T10:30`,
    timeZone: ZONE,
    device: 'Dermapen 4',
    zones: ['cheeks', 'forehead'],
    questionnaireVersion: 1,
    answers: nothingToDeclare(DEFAULT_QUESTIONNAIRE),
    recordedBy: 'Front desk'
  })

  await openRoute(desk, `/clients/${client.id}`)
  const panel = desk.getByRole('region', { name: 'Consent' })
  await expect(panel.getByText('No consent form signed yet.', { exact: false })).toBeVisible()
  await panel.getByRole('button', { name: 'Sign consent form' }).click()
  const dialog = desk.getByRole('dialog', { name: 'Consent form for Zoë Łukasiewicz' })
  await expect(dialog.getByText('Dermapen 4')).toBeVisible()
  await dialog.getByLabel('Cheeks').fill('1.50')

  // Nothing signed: the desk is told what is missing, and nothing reaches the register.
  await dialog.getByRole('button', { name: 'Sign and print' }).click()
  await expect(dialog.getByText('The client has not signed yet: ask them to sign in the box.')).toBeVisible()
  await expect(dialog.getByText('The practitioner has not signed yet: sign in the box.')).toBeVisible()
  await expect(dialog.getByText('Ask the client what they agree to about photographs, and choose it.')).toBeVisible()
  await saveScreenshot('consent-01-nothing-signed')
  expect((await register.ok('consents.listForClient', { clientId: client.id })).consents).toEqual([])

  await dialog.getByLabel('Photographs for the clinical record only').check()
  await signOn(desk, dialog.getByRole('img', { name: 'Signature of Zoë Łukasiewicz' }), 3)
  await expect(dialog.getByLabel('Practitioner', { exact: true })).toHaveValue('Dr Amara Okafor')
  await signOn(desk, dialog.getByRole('img', { name: 'Practitioner’s signature' }), 5)
  await expect(dialog.getByText('The client has not signed yet')).toBeHidden()
  await saveScreenshot('consent-02-signed')
  await expectNoSeriousAxeViolations(desk, 'the consent form being signed')

  await dialog.getByRole('button', { name: 'Sign and print' }).click()
  await expect(dialog).toBeHidden()
  await expect.poll(async () => (await handedFiles(desk)).length).toBe(1)
  const [printed] = await handedFiles(desk)
  expect(printed).toMatchObject({ action: 'print', fileName: `Łukasiewicz-Zoë-consent-${today}.pdf` })
  const bytes = Uint8Array.from(printed!.bytes)
  const { text } = await readPdf(bytes)
  expect(text).toContain('Consent to microneedling treatment, version 1')
  expect(text).toContain('Zoë Łukasiewicz')
  expect(text).toContain('2 March 1990')
  expect(text).toContain('Cheeks 1.50 mm')
  expect(text).toContain('Forehead 1.00 mm')
  expect(text).toContain('Dermapen 4')
  expect(text).toContain('Nothing found that stands in the way of treatment')
  expect(text).toContain('You do not have to have this treatment')
  expect(text).toContain('[x] Yes, for my clinical record only.')
  expect(text).toContain('Dr Amara Okafor')
  expect(await imagesPainted(bytes)).toBe(2)

  // Listed on the client's page, and reprinted as the very file signed.
  const [consent] = (await register.ok('consents.listForClient', { clientId: client.id })).consents
  expect(consent).toMatchObject({ screeningId: screening.id, photoConsent: 'record', practitioner: 'Dr Amara Okafor' })
  await expect(panel.getByText('Photographs for the clinical record only')).toBeVisible()
  await expect(panel.getByText('Screening: clear · Dr Amara Okafor')).toBeVisible()
  await saveScreenshot('consent-03-client-page')
  await expectNoSeriousAxeViolations(desk, 'the client page with a signed consent')
  await panel.getByRole('button', { name: /^Reprint the consent form signed/ }).click()
  await expect.poll(async () => (await handedFiles(desk)).length).toBe(2)
  const [, reprinted] = await handedFiles(desk)
  expect(reprinted?.bytes).toEqual(printed?.bytes)

  // And the treatment for today can now be recorded under it.
  await register.ok('treatments.create', {
    clientId: client.id,
    performedAt: `${today}T10:45`,
    timeZone: ZONE,
    device: 'Dermapen 4',
    zones: [{ zone: 'cheeks', depthMm: 1.5 }],
    screeningId: screening.id
  })
})
