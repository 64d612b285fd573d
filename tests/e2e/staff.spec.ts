import type { Locator, Page } from '@playwright/test'
import { Temporal } from 'temporal-polyfill'
import { EN_WORDS } from '../../src/shared/words/en'
import type { TempRegister } from '../support/temp-register'
import { expect, test } from './support/desk'
import { openRoute } from './support/navigation'
import { recordScreenedTreatment } from '../support/screening-answers'

// The window's own first start: it asks who works here, and nobody is signed in until someone does.
test.use({ firstStartAsks: true })

// The browser runs in Europe/London (playwright.config.ts).
const BROWSER_TIME_ZONE = 'Europe/London'
const OWNER = { name: 'Amara Okafor', pin: '2468' }
const RECEPTION = { name: 'Ben Carter', pin: '1357' }

/**
 * A clinic whose staff sign in: a client and her treatment, the owner and a receptionist, and sign-in on. Made
 * through the tests' own desk, which acts as the owner until sign-in is on; then the window,
 * reloaded, shows its lock screen.
 */
async function staffedClinic(register: TempRegister, desk: Page) {
  const client = await register.ok('clients.create', {
    givenName: 'Zoë',
    familyName: 'Łukasiewicz',
    phone: '+44 7700 900123',
    notes: 'Allergic to lidocaine.'
  })
  const treatment = await recordScreenedTreatment(register, {
    clientId: client.id,
    performedAt: Temporal.Now.plainDateTimeISO(BROWSER_TIME_ZONE).toString({ smallestUnit: 'minute' }),
    timeZone: BROWSER_TIME_ZONE,
    zones: [{ zone: 'forehead', depthMm: 0.5 }],
    sessionNumber: 1
  })
  await register.ok('staff.create', { name: OWNER.name, role: 'owner', pin: OWNER.pin })
  await register.ok('staff.create', { name: RECEPTION.name, role: 'reception', pin: RECEPTION.pin })
  await register.ok('desk.updateAccess', { signIn: 'staff', idleLockMinutes: 5 })
  await desk.reload()
  await expect(lockScreen(desk)).toBeVisible()
  return { ...client, treatment }
}

const lockScreen = (desk: Page): Locator => desk.getByText('The desk is locked.')
const pinField = (desk: Page): Locator => desk.getByLabel('PIN', { exact: true })

async function signIn(desk: Page, person: { name: string; pin: string }): Promise<void> {
  await desk.getByRole('button', { name: new RegExp(person.name) }).click()
  await pinField(desk).fill(person.pin)
  await pinField(desk).press('Enter')
  await expect(desk.getByTestId('desk-person')).toHaveText(person.name)
}

const auditRows = (desk: Page): Locator => desk.getByRole('table', { name: 'Audit log entries' }).locator('tbody tr')

test.describe('a new install', () => {
  test.use({ clinicName: null })

  test('the first start creates the owner, then asks for the clinic’s name; the owner adds a receptionist', async ({ desk, saveScreenshot }) => {
    test.slow()
    await expect(desk.getByRole('heading', { level: 1, name: 'Who works here?' })).toBeVisible()
    await expect(desk).toHaveTitle('Aftercare Desk')
    await expect(desk.getByLabel('Owner’s name')).toBeFocused()
    await saveScreenshot('staff-first-start')

    // A PIN that is too short, then two that differ: each said beside its field.
    await desk.getByLabel('Owner’s name').fill(OWNER.name)
    await desk.getByLabel('PIN', { exact: true }).fill('12')
    await desk.getByRole('button', { name: 'Create the owner and sign in' }).click()
    await expect(desk.getByText('A PIN is 4 to 8 digits, numbers only.')).toBeVisible()
    await expect(desk.getByLabel('PIN', { exact: true })).toHaveAttribute('type', 'password')
    await expect(desk.getByLabel('PIN', { exact: true })).toHaveAttribute('inputmode', 'numeric')
    await desk.getByLabel('PIN', { exact: true }).fill(OWNER.pin)
    await desk.getByLabel('PIN again').fill('2469')
    await desk.getByRole('button', { name: 'Create the owner and sign in' }).click()
    await expect(desk.getByText('The two PINs are not the same. Type the same PIN twice.')).toBeVisible()
    await saveScreenshot('staff-first-start-messages')
    await desk.getByLabel('PIN again').fill(OWNER.pin)
    await desk.getByRole('button', { name: 'Create the owner and sign in' }).click()

    // Signed in as the owner; the clinic's own first-start question follows.
    await expect(desk.getByTestId('desk-person')).toHaveText(OWNER.name)
    const welcome = desk.getByRole('dialog', { name: 'Welcome to Aftercare Desk' })
    await expect(welcome).toBeVisible()
    await welcome.getByLabel('Clinic name').fill('Clinique Lumière')
    await welcome.getByRole('button', { name: 'Start' }).click()
    await expect(welcome).toBeHidden()

    // Settings → Staff: the owner is listed, and adds a receptionist.
    await desk.getByRole('link', { name: 'Settings' }).click()
    await desk.getByRole('button', { name: 'Staff' }).click()
    await expect(desk.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible()
    const people = desk.getByRole('table', { name: 'Staff' }).locator('tbody tr')
    await expect(people).toHaveCount(1)
    await expect(people.first()).toContainText(`${OWNER.name}OwnerActive`)
    await desk.getByLabel('Name', { exact: true }).fill(RECEPTION.name)
    await desk.getByLabel('PIN', { exact: true }).fill(RECEPTION.pin)
    await desk.getByLabel('PIN again').fill(RECEPTION.pin)
    await desk.getByRole('button', { name: 'Add to the staff' }).click()
    await expect(desk.getByText(`${RECEPTION.name} added to the staff`)).toBeVisible()
    await expect(people).toHaveCount(2)
    await expect(people.filter({ hasText: RECEPTION.name })).toContainText('Reception')
    // A fresh form for the next person.
    await expect(desk.getByLabel('Name', { exact: true })).toHaveValue('')
    await expect(desk.getByText(`${RECEPTION.name} added to the staff`)).toBeHidden()
    await saveScreenshot('staff-settings')

    // Locked, the window names the clinic and lists both; the receptionist signs in.
    await desk.getByRole('button', { name: /^Lock/ }).click()
    await expect(lockScreen(desk)).toBeVisible()
    await expect(desk).toHaveTitle('Clinique Lumière · Aftercare Desk')
    await expect(desk.getByRole('heading', { level: 1, name: 'Clinique Lumière' })).toBeVisible()
    await expect(desk.getByRole('list', { name: 'Staff' }).getByRole('button')).toHaveText([/Amara Okafor\s*Owner/, /Ben Carter\s*Reception/])
    await signIn(desk, RECEPTION)
    await expect(desk.getByText('Reception', { exact: true })).toBeVisible()
  })

  test('where one person works, the owner turns sign-in on later, and the desk locks at once', async ({ desk }) => {
    test.slow()
    // The first start: no sign-in, and the app is as it was, the clinic's own welcome included.
    await desk.getByRole('button', { name: 'One person works here (no sign-in)' }).click()
    const welcome = desk.getByRole('dialog', { name: 'Welcome to Aftercare Desk' })
    await expect(welcome).toBeVisible()
    await welcome.getByRole('button', { name: 'Later' }).click()
    await expect(desk.getByRole('heading', { level: 1, name: 'Register' })).toBeVisible()
    await expect(desk.getByRole('button', { name: /^Lock/ })).toHaveCount(0)
    await expect(desk.getByRole('button', { name: 'Switch' })).toHaveCount(0)

    // Sign-in wants an owner who can sign in: main says so beside the switch.
    await openRoute(desk, '/settings/staff')
    await expect(desk.getByText('Nobody yet. Add the owner first, then everyone else.')).toBeVisible()
    const signInSwitch = desk.getByRole('switch', { name: 'Staff sign in with a PIN' })
    await expect(signInSwitch).not.toBeChecked()
    await signInSwitch.click()
    await desk.getByRole('button', { name: 'Save', exact: true }).click()
    await desk.getByRole('alertdialog', { name: 'Turn on sign-in?' }).getByRole('button', { name: 'Turn on and lock' }).click()
    await expect(desk.getByText('Add the owner to the staff, with a PIN, before staff sign in.')).toBeVisible()

    // With the owner on the list, it is said first that the desk will lock; then it does.
    await desk.getByLabel('Name', { exact: true }).fill(OWNER.name)
    await desk.getByRole('combobox', { name: 'Role' }).click()
    await desk.getByRole('option', { name: 'Owner', exact: true }).click()
    await desk.getByLabel('PIN', { exact: true }).fill(OWNER.pin)
    await desk.getByLabel('PIN again').fill(OWNER.pin)
    await desk.getByRole('button', { name: 'Add to the staff' }).click()
    await expect(desk.getByRole('table', { name: 'Staff' }).locator('tbody tr')).toHaveCount(1)
    await desk.getByRole('button', { name: 'Save', exact: true }).click()
    await desk.getByRole('alertdialog', { name: 'Turn on sign-in?' }).getByRole('button', { name: 'Turn on and lock' }).click()
    await expect(lockScreen(desk)).toBeVisible()
    await expect(desk.getByRole('list', { name: 'Staff' }).getByRole('button')).toHaveText([/Amara Okafor\s*Owner/])

    // Signed in, the owner is back on Settings → Staff, now with the lock in the top bar.
    await signIn(desk, OWNER)
    await expect(desk.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible()
    await expect(desk.getByRole('switch', { name: 'Staff sign in with a PIN' })).toBeChecked()
    await expect(desk.getByRole('button', { name: /^Lock/ })).toBeVisible()
  })
})

test('reception works the register but finds no owner’s controls, and a forced call is refused', async ({ desk, register, saveScreenshot }) => {
  const zoe = await staffedClinic(register, desk)
  await signIn(desk, RECEPTION)

  // The top bar offers the register, Today and the recall list (calling clients is the front desk's work) only.
  const nav = desk.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link')).toHaveText(['Register', 'Today', 'Recalls'])

  // Her page: no data export, no activity log, no Erase.
  await openRoute(desk, `/clients/${zoe.id}`)
  await expect(desk.getByRole('heading', { level: 1, name: 'Zoë Łukasiewicz' })).toBeVisible()
  await expect(desk.getByRole('button', { name: 'Record treatment' })).toBeVisible()
  await expect(desk.getByRole('button', { name: /Erase/ })).toHaveCount(0)
  await expect(desk.getByRole('button', { name: /Export/ })).toHaveCount(0)
  await expect(desk.getByRole('link', { name: 'Activity for this client' })).toHaveCount(0)
  await saveScreenshot('staff-reception-client')

  // The handout she prints is given by her.
  await desk.locator(`#treatment-${zoe.treatment.id}`).getByRole('button', { name: 'Print handout' }).click()
  await expect(desk.getByRole('region', { name: 'Handouts given' })).toContainText(`by ${RECEPTION.name}`)

  // A new treatment by a receptionist names no practitioner of itself.
  await desk.getByRole('button', { name: 'Record treatment' }).click()
  await expect(desk.getByRole('combobox', { name: /^Practitioner/ })).toHaveValue('')

  // The owner's screens, reached by their address, say whose they are and show nothing.
  for (const route of ['/settings/protocol', '/settings/clinic', '/settings/staff', '/data', '/data/audit']) {
    await openRoute(desk, route)
    await expect(desk.getByRole('heading', { name: 'This screen is for the clinic owner' })).toBeVisible()
  }
  await saveScreenshot('staff-reception-refused')

  // Asked from the page itself, main refuses, and the client is still there.
  const erase = await desk.evaluate((id) => window.clinic.clients.erase({ id }), zoe.id)
  expect(erase).toEqual({ ok: false, error: { code: 'forbidden', message: EN_WORDS['access.ownerOnly'] } })
  await desk.getByRole('button', { name: 'Go to the register' }).click()
  await expect(desk.getByRole('option', { name: /Zoë Łukasiewicz/ })).toBeVisible()

  // The owner, signed in after her, treats clients: a new treatment names her.
  await desk.getByRole('button', { name: 'Switch' }).click()
  await signIn(desk, OWNER)
  await openRoute(desk, `/clients/${zoe.id}/treatments/new`)
  await expect(desk.getByRole('combobox', { name: /^Practitioner/ })).toHaveValue(OWNER.name)
})

test('a desk left alone locks itself, shows nothing of the client, and gives back what was being typed', async ({ desk, register, saveScreenshot }) => {
  const zoe = await staffedClinic(register, desk)
  // The page's clock, so five minutes pass at once; installed before the page loads again.
  await desk.clock.install()
  await desk.reload()
  await signIn(desk, RECEPTION)

  await openRoute(desk, `/clients/${zoe.id}/edit`)
  await expect(desk.getByLabel('First name')).toHaveValue('Zoë')
  const typed = 'Prefers afternoon appointments.'
  await desk.getByLabel('Notes').fill(typed)

  await desk.clock.fastForward('05:01')
  await expect(lockScreen(desk)).toBeVisible()
  const shown = await desk.locator('body').innerText()
  for (const secret of ['Łukasiewicz', 'lidocaine', 'afternoon', '7700']) expect(shown).not.toContain(secret)
  await expect(desk).toHaveTitle('Test Clinic · Aftercare Desk')
  await expect(desk.locator('.desk')).toHaveAttribute('inert', '')
  await saveScreenshot('staff-lock-screen')

  // The same person signs in again: the same form, with what was typed.
  await signIn(desk, RECEPTION)
  await expect(desk.getByRole('heading', { level: 1, name: 'Edit client' })).toBeVisible()
  await expect(desk.getByLabel('Notes')).toHaveValue(typed)
  await expect(desk).toHaveTitle('Edit client · Aftercare Desk')
})

test('five wrong PINs make the person wait, and the owner sees it in the audit log', async ({ desk, register, saveScreenshot }) => {
  test.slow()
  await staffedClinic(register, desk)
  await desk.getByRole('button', { name: /Ben Carter/ }).click()
  await expect(pinField(desk)).toBeFocused()
  await saveScreenshot('staff-sign-in')

  for (const left of [4, 3, 2, 1]) {
    await pinField(desk).fill('0000')
    await pinField(desk).press('Enter')
    await expect(desk.getByText(`That PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before a wait.`)).toBeVisible()
    // Cleared for the next try, and still where the typing goes.
    await expect(pinField(desk)).toHaveValue('')
    await expect(pinField(desk)).toBeFocused()
  }
  await pinField(desk).fill('0000')
  await pinField(desk).press('Enter')
  // The wait is 30 seconds (the audit log below says so exactly); on a loaded machine the
  // message may already count down a second or two by the time it is read.
  const wait = /Too many wrong PINs for Ben Carter\. Try again in (30|29|28) seconds/
  await expect(desk.getByText(wait)).toBeVisible()
  await saveScreenshot('staff-sign-in-wait')
  // Even the right PIN waits.
  await pinField(desk).fill(RECEPTION.pin)
  await pinField(desk).press('Enter')
  await expect(desk.getByText(wait)).toBeVisible()
  await expect(desk.getByTestId('desk-person')).toHaveCount(0)

  // The owner reads it in the log, about Ben, on this computer; and filters by person.
  await desk.getByRole('button', { name: 'Someone else' }).click()
  await signIn(desk, OWNER)
  await openRoute(desk, '/data/audit')
  const waited = auditRows(desk).filter({ hasText: 'Too many wrong PINs: a wait of 30 seconds' })
  await expect(waited).toHaveCount(1)
  await expect(waited).toContainText(RECEPTION.name)
  await expect(waited).toContainText('test-desk')
  await expect(auditRows(desk).first()).toContainText(`${OWNER.name}test-deskSigned in`)
  await desk.getByRole('combobox', { name: 'Who' }).click()
  await desk.getByRole('option', { name: OWNER.name, exact: true }).click()
  await expect(desk.getByRole('listbox')).toBeHidden()
  await expect(auditRows(desk)).toHaveCount(1)
  await expect(auditRows(desk).first()).toContainText('Signed in')
  await saveScreenshot('staff-audit-by-person')
})

test('Switch, Ctrl+L and the menu lock the desk at once', async ({ desk, register }) => {
  await staffedClinic(register, desk)
  await signIn(desk, OWNER)

  await desk.getByRole('button', { name: 'Switch' }).click()
  await expect(lockScreen(desk)).toBeVisible()
  await signIn(desk, RECEPTION)

  await desk.keyboard.press('Control+l')
  await expect(lockScreen(desk)).toBeVisible()
  await signIn(desk, RECEPTION)

  await desk.evaluate(() => window.__deskMenu('lock-desk'))
  await expect(lockScreen(desk)).toBeVisible()

  // The log says each, with who locked.
  await signIn(desk, OWNER)
  await openRoute(desk, '/data/audit')
  await desk.getByRole('combobox', { name: 'What was done' }).click()
  await desk.getByRole('option', { name: 'Locked the desk', exact: true }).click()
  await expect(auditRows(desk)).toHaveCount(3)
  await expect(auditRows(desk).nth(0)).toContainText(`${RECEPTION.name}test-deskLocked the desk`)
  await expect(auditRows(desk).nth(1)).toContainText(`${RECEPTION.name}test-deskLocked the desk`)
  await expect(auditRows(desk).nth(2)).toContainText(`${OWNER.name}test-deskLocked the desk to switch person`)
})

test('the owner gives a person a new PIN, and makes one who left inactive', async ({ desk, register }) => {
  test.slow()
  await staffedClinic(register, desk)
  await signIn(desk, OWNER)
  await openRoute(desk, '/settings/staff')

  // A new PIN for Ben: the old one no longer opens the desk, the new one does.
  await desk.getByRole('button', { name: `New PIN for ${RECEPTION.name}` }).click()
  const pinDialog = desk.getByRole('dialog', { name: `New PIN for ${RECEPTION.name}` })
  await pinDialog.getByLabel('New PIN', { exact: true }).fill('9753')
  await pinDialog.getByLabel('New PIN again').fill('9753')
  await pinDialog.getByRole('button', { name: 'Set the new PIN' }).click()
  await expect(desk.getByText(`New PIN set for ${RECEPTION.name}`)).toBeVisible()
  await expect(pinDialog).toBeHidden()
  await desk.getByRole('button', { name: 'Switch' }).click()
  await desk.getByRole('button', { name: /Ben Carter/ }).click()
  await pinField(desk).fill(RECEPTION.pin)
  await pinField(desk).press('Enter')
  await expect(desk.getByText('That PIN is not right. 4 tries left before a wait.')).toBeVisible()
  await desk.getByRole('button', { name: 'Someone else' }).click()
  await signIn(desk, { ...RECEPTION, pin: '9753' })

  // Ben leaves: inactive, still on the list, and no longer offered at the lock screen.
  await desk.getByRole('button', { name: 'Switch' }).click()
  await signIn(desk, OWNER)
  await desk.getByRole('button', { name: `Edit ${RECEPTION.name}` }).click()
  const editDialog = desk.getByRole('dialog', { name: `Edit ${RECEPTION.name}` })
  await editDialog.getByRole('switch', { name: 'Can sign in' }).click()
  await editDialog.getByRole('button', { name: 'Save' }).click()
  await expect(editDialog).toBeHidden()
  await expect(desk.getByRole('table', { name: 'Staff' }).locator('tbody tr').filter({ hasText: RECEPTION.name })).toContainText('Inactive')
  await desk.keyboard.press('Control+l')
  await expect(desk.getByRole('list', { name: 'Staff' }).getByRole('button')).toHaveText([/Amara Okafor\s*Owner/])
})
