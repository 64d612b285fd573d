import { existsSync } from 'node:fs'
import { expect, test } from './support/electron-desk'
import { signConsentInForm } from './support/consent'
import { screenVisit } from './support/screening'

// The front desk's work through the app's whole chain: the built renderer in Chromium, the
// built preload, the real ipc.ts sender check and dispatch in the app's built main process.
// Only Electron stands in (see support/electron-desk.ts); the other browser tests reach the
// handler table through the tests' loopback instead.

test('the owner is created, names the clinic, adds a client, finds her, records a treatment, prints her handout and locks the desk', async ({ desk, main }) => {
  test.slow()
  // First start: the owner is created and signed in over IPC, then the clinic is named through the welcome.
  await expect(desk.getByRole('heading', { level: 1, name: 'Who works here?' })).toBeVisible()
  await desk.getByLabel('Owner’s name').fill('Amara Okafor')
  await desk.getByLabel('PIN', { exact: true }).fill('482913')
  await desk.getByLabel('PIN again').fill('482913')
  await desk.getByRole('button', { name: 'Create the owner and sign in' }).click()
  const welcome = desk.getByRole('dialog', { name: 'Welcome to Aftercare Desk' })
  await welcome.getByLabel('Clinic name').fill('Harbour Skin Clinic')
  await welcome.getByRole('button', { name: 'Start' }).click()
  await expect(welcome).toBeHidden()

  // File > New Client, from main's menu to the page.
  await main.ask({ do: 'click-menu', id: 'new-client' })
  await expect(desk.getByRole('heading', { name: 'New client' })).toBeVisible()
  await desk.getByLabel('First name').fill('Zoë')
  await desk.getByLabel('Family name').fill('Łukasiewicz')
  await desk.getByLabel('Phone').fill('+44 7700 900123')
  await desk.getByRole('button', { name: 'Add client' }).click()
  await expect(desk.getByRole('heading', { level: 1, name: 'Zoë Łukasiewicz' })).toBeVisible()

  // Found again, by her name typed without accents.
  await desk.getByRole('link', { name: 'Register' }).click()
  await desk.getByRole('combobox', { name: 'Find a client' }).fill('zoe luk')
  await expect(desk.getByRole('option')).toHaveCount(1)
  await desk.getByRole('option', { name: /Zoë Łukasiewicz/ }).click()

  // A treatment recorded.
  await desk.getByRole('button', { name: 'Record treatment' }).click()
  await desk.getByRole('combobox', { name: 'Zone, row 1' }).click()
  await desk.getByRole('option', { name: 'Cheeks', exact: true }).click()
  await expect(desk.getByRole('listbox')).toBeHidden()
  await desk.getByLabel('Needle depth in millimetres, row 1').fill('1.5')
  await desk.getByLabel('Needle depth in millimetres, row 1').press('Tab')
  await expect(desk.getByText(/Deepest:\s*1\.50 mm/)).toBeVisible()
  await screenVisit(desk)
  await signConsentInForm(desk)
  await desk.getByRole('button', { name: 'Save treatment' }).click()
  const recorded = desk.locator('article[aria-current="true"]')
  await expect(recorded).toContainText('Cheeks1.50 mm')

  // Printed: the PDF crosses IPC to main, which prints it from a private copy in a viewer window.
  await recorded.getByRole('button', { name: 'Print handout' }).click()
  const [, , printed] = (await main.waitForCall('webContents.print')) as [unknown, unknown, { file: string; size: number; startsWith: string }]
  expect(printed.startsWith).toBe('%PDF-')
  expect(printed.size).toBeGreaterThan(10_000)
  const viewer = main.calls('new BrowserWindow')[1]?.[0] as { webPreferences: Record<string, unknown> }
  expect(viewer.webPreferences).toMatchObject({ plugins: true, sandbox: true, contextIsolation: true })
  expect(viewer.webPreferences.preload).toBeUndefined()
  // The viewer closed after printing, and the patient's PDF went with it.
  await expect.poll(() => existsSync(printed.file)).toBe(false)
  // And the register logged what was given.
  await expect(desk.getByText('Nothing given yet.')).toBeHidden()

  // File > Lock Desk, from main's menu: the window shows the clinic and its staff, nothing of Zoë.
  await main.ask({ do: 'click-menu', id: 'lock-desk' })
  await expect(desk.getByRole('heading', { level: 1, name: 'Harbour Skin Clinic' })).toBeVisible()
  // What is drawn (the screen behind stays in the page, hidden, to come back as it was).
  expect(await desk.locator('body').innerText()).not.toContain('Łukasiewicz')
  expect(await desk.title()).not.toContain('Łukasiewicz')
  // Main refuses her record to a locked desk, whatever the page asks.
  expect(await desk.evaluate(() => window.clinic.clients.list({}))).toMatchObject({ ok: false, error: { code: 'signed_out' } })
})

test('a frame inside the page, or another page, is refused on every channel', async ({ desk }) => {
  await expect(desk.getByRole('heading', { level: 1, name: 'Who works here?' })).toBeVisible()
  // The page's own top frame is answered, through the preload.
  expect(await desk.evaluate(() => window.clinic.desk.state({}))).toMatchObject({ ok: true, value: { kind: 'not set up' } })

  // A frame inside the page (the CSP allows blob: frames, as the PDF preview uses) reaches for IPC itself.
  await desk.evaluate(() => {
    const frame = document.createElement('iframe')
    frame.src = URL.createObjectURL(new Blob(['<p>not the app</p>'], { type: 'text/html' }))
    document.body.append(frame)
  })
  await expect.poll(() => desk.frames().length).toBe(2)
  const inner = desk.frames().find((frame) => frame !== desk.mainFrame())
  if (!inner) throw new Error('no inner frame')
  await inner.waitForLoadState()
  expect(await inner.evaluate(() => 'clinic' in window)).toBe(false)
  const forged: [string, unknown[]][] = [
    ['clinic:call', ['clients.list', {}]],
    ['clinic:desktop', ['save', { fileName: 'clients.csv', mimeType: 'text/csv', bytes: { __base64: 'AQID' } }]],
    ['clinic:register-file', ['backup']],
    ['clinic:register-location', ['moveToThisComputer']]
  ]
  for (const [channel, args] of forged) {
    const answer = await inner.evaluate(([name, payload]) => window.__electronIpcInvoke(name, payload), [channel, args] as const)
    expect(answer, channel).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Only the Aftercare Desk window may use the register.' } })
  }
})

test('Settings → Register location asks main where the register is, through the preload', async ({ desk, main }) => {
  await desk.getByRole('button', { name: 'One person works here (no sign-in)' }).click()
  const welcome = desk.getByRole('dialog', { name: 'Welcome to Aftercare Desk' })
  await welcome.getByLabel('Clinic name').fill('Harbour Skin Clinic')
  await welcome.getByRole('button', { name: 'Start' }).click()
  await desk.getByRole('link', { name: 'Settings' }).click()
  await desk.getByRole('button', { name: 'Register location' }).click()
  await expect(desk.getByRole('heading', { level: 1, name: 'Register location' })).toBeVisible()
  await expect(desk.getByText('This computer', { exact: true })).toBeVisible()
  await expect(desk.getByText(/register\.sqlite3$/)).toBeVisible()
  // A server that is not there: main's words, through IPC, and the desk stays where it is.
  await desk.getByLabel('Server name or address').fill('127.0.0.1')
  await desk.getByLabel('Port').fill('1')
  await desk.getByLabel('Database').fill('aftercare')
  await desk.getByLabel('User name').fill('desk')
  await desk.getByLabel('Password').fill('a password')
  await desk.getByRole('button', { name: 'Test connection' }).click()
  await expect(desk.getByText(/did not accept the connection: PostgreSQL is not running there/)).toBeVisible()
  expect(main.calls('app.relaunch')).toHaveLength(0)
})
