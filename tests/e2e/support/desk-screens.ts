import { Temporal } from 'temporal-polyfill'
import type { Client } from '../../../src/shared/register/client'
import type { Treatment } from '../../../src/shared/register/treatment'
import type { SqliteTempRegister } from '../../support/temp-register'
import { recordScreenedTreatment } from '../../support/screening-answers'

// The browser runs in Europe/London (playwright.config.ts): "today" is London's today.
export const BROWSER_TIME_ZONE = 'Europe/London'

/** A client with allergies noted and a treatment today, two zones deep: what most screens show at their fullest. */
export async function seedClientWithTreatment(register: SqliteTempRegister): Promise<{ client: Client; treatment: Treatment }> {
  const client = await register.ok('clients.create', {
    givenName: 'Zoë',
    familyName: 'Łukasiewicz',
    dateOfBirth: '1985-03-27',
    phone: '+44 7700 900123',
    email: 'zoe@example.com',
    skinType: 'III',
    language: 'fr',
    notes: 'Allergic to lidocaine: use a lidocaine-free numbing cream.'
  })
  await register.ok('clients.create', { givenName: 'Mark', familyName: 'Benson', dateOfBirth: '1979-11-02', phone: '07700 900456' })
  const now = Temporal.Now.plainDateTimeISO(BROWSER_TIME_ZONE).toString({ smallestUnit: 'minute' })
  const treatment = await recordScreenedTreatment(register, {
    clientId: client.id,
    performedAt: now,
    timeZone: BROWSER_TIME_ZONE,
    practitioner: 'Dr Amara Okafor',
    device: 'Microneedling pen',
    concerns: ['acne_scars', 'texture'],
    zones: [
      { zone: 'cheeks', depthMm: 1.5 },
      { zone: 'forehead', depthMm: 0.5 }
    ],
    products: 'Hyaluronic serum',
    notes: 'Mild redness at the end of the session.',
    sessionNumber: 2
  })
  return { client, treatment }
}

/** Every screen of the desk, by name and route, for a client who has a treatment. */
export function deskScreens(clientId: string): { name: string; route: string }[] {
  return [
    { name: 'register', route: '/' },
    { name: 'today', route: '/today' },
    { name: 'client', route: `/clients/${clientId}` },
    { name: 'client-form-new', route: '/clients/new' },
    { name: 'client-form-edit', route: `/clients/${clientId}/edit` },
    { name: 'record-treatment', route: `/clients/${clientId}/treatments/new` },
    { name: 'settings', route: '/settings/clinic' },
    { name: 'protocol-editor', route: '/settings/protocol' },
    { name: 'screening-editor', route: '/settings/screening' },
    { name: 'staff', route: '/settings/staff' },
    { name: 'register-location', route: '/settings/register-location' },
    { name: 'data-privacy', route: '/data' },
    { name: 'audit-log', route: '/data/audit' }
  ]
}
