import type { Page } from '@playwright/test'
import type { RegisterLocationView } from '../../src/shared/contract/register-location'
import type { ServerSettings } from '../../src/shared/contract/server-settings'
import { expectNoSeriousAxeViolations } from './support/accessibility'
import { expect, test } from './support/desk'
import { openRoute } from './support/navigation'

// Settings → Register location against the browser bridge's stand-in (page-bridge.ts): a real
// move copies the register and restarts the app, which only the desktop can do. What the
// screen asked for is read from window.__deskLocationCalls.

const FILE = '/home/desk/.config/Aftercare Desk/register.sqlite3'
const ON_SERVER: RegisterLocationView = {
  kind: 'server',
  file: FILE,
  server: { host: 'clinic-server', port: 5432, database: 'aftercare', user: 'desk', tls: true },
  passwordKept: true
}

const calls = (desk: Page) => desk.evaluate(() => window.__deskLocationCalls)

/** Shows the screen on a register that is where `view` says. */
async function openOn(desk: Page, view: RegisterLocationView): Promise<void> {
  await desk.evaluate((where) => {
    window.__deskLocation = where
  }, view)
  await openRoute(desk, '/settings/register-location')
  await expect(desk.getByRole('heading', { name: 'Register location', level: 1 })).toBeVisible()
}

async function fillServer(desk: Page, settings: Omit<ServerSettings, 'tls' | 'port'> & { port: string }): Promise<void> {
  await desk.getByLabel('Server name or address').fill(settings.host)
  await desk.getByLabel('Port', { exact: true }).fill(settings.port)
  await desk.getByLabel('Database', { exact: true }).fill(settings.database)
  await desk.getByLabel('User name').fill(settings.user)
  await desk.getByLabel('Password', { exact: true }).fill(settings.password)
}

test('on this computer: wrong fields are named and nothing is called; a tested server can take the register, after a question', async ({
  desk,
  saveScreenshot
}) => {
  await desk.getByRole('link', { name: 'Settings' }).click()
  await desk.getByRole('button', { name: 'Register location' }).click()
  await expect(desk.getByRole('heading', { name: 'Register location', level: 1 })).toBeVisible()
  await expect(desk).toHaveTitle('Register location · Aftercare Desk')
  await expect(desk.getByRole('link', { name: 'Settings' })).toHaveClass(/top-bar__link--current/)
  await expect(desk.getByTestId('register-location-now')).toHaveText('This computer')
  await expect(desk.getByText(FILE)).toBeVisible()
  await expect(desk.getByLabel('Port', { exact: true })).toHaveValue('5432')
  await expect(desk.getByLabel('Encrypt the connection (TLS)')).toBeChecked()

  const move = desk.getByRole('button', { name: 'Move this register to the server' })
  const join = desk.getByRole('button', { name: 'Use the register on this server' })
  const testConnection = desk.getByRole('button', { name: 'Test connection' })
  await expect(move).toBeDisabled()
  await expect(join).toBeDisabled()
  await expect(desk.getByText('Test the connection first.').first()).toBeVisible()

  // Wrong settings: each field says what is wrong, and nothing reaches the desktop.
  await fillServer(desk, { host: 'clinic server!', port: '70000', database: '', user: 'desk', password: '' })
  await testConnection.click()
  await expect(desk.getByText("A server's name has only letters", { exact: false })).toBeVisible()
  await expect(desk.getByText('A port is a number from 1 to 65535.')).toBeVisible()
  await expect(desk.getByText("Enter the database's name.")).toBeVisible()
  await expect(desk.getByLabel('Server name or address')).toBeFocused()
  await desk.getByLabel('Port', { exact: true }).fill('port')
  await expect(desk.getByText('Enter the port, a number', { exact: false })).toBeVisible()
  await expectNoSeriousAxeViolations(desk, 'register location with messages')
  await saveScreenshot('register-location-01-messages')
  expect(await calls(desk)).toEqual([])

  const settings = { host: 'clinic-server', port: 5432, database: 'aftercare', user: 'desk', password: 's3cret pass', tls: true }
  await fillServer(desk, { ...settings, port: '5432' })
  await testConnection.click()
  await expect(desk.getByRole('alert').filter({ hasText: 'Connected. The database is empty, ready for this register.' })).toBeVisible()
  await expect(move).toBeEnabled()
  // The server's database is empty: there is no register to use there yet.
  await expect(join).toBeDisabled()
  await expect(desk.getByText('The server’s database is empty: move a register there first.')).toBeVisible()

  // An edit after the test asks for a new one before anything can move.
  await desk.getByLabel('User name').fill('reception')
  await expect(move).toBeDisabled()
  await expect(desk.getByText('The settings changed since the last test: test the connection again.').first()).toBeVisible()
  await expect(desk.getByText('Connected. The database is empty', { exact: false })).toBeHidden()
  await desk.getByLabel('User name').fill('desk')
  await testConnection.click()
  await expect(move).toBeEnabled()
  await expectNoSeriousAxeViolations(desk, 'register location, tested')
  await saveScreenshot('register-location-02-this-computer-tested')

  // Asked first; "Cancel" moves nothing.
  await move.click()
  const question = desk.getByRole('alertdialog', { name: 'Move this register to the server?' })
  await expect(question).toContainText('The register file on this computer is kept unchanged.')
  await expect(question).toContainText('“Use the register on this server”')
  await saveScreenshot('register-location-03-confirm-move')
  await question.getByRole('button', { name: 'Cancel' }).click()
  await expect(question).toBeHidden()
  expect((await calls(desk)).map((call) => call.action)).toEqual(['test', 'test'])

  await move.click()
  await question.getByRole('button', { name: 'Move to the server' }).click()
  await expect(desk.getByText('Done. The app is restarting…')).toBeVisible()
  expect(await calls(desk)).toEqual([
    { action: 'test', settings },
    { action: 'test', settings },
    { action: 'moveToServer', settings }
  ])
  // Restarting: nothing else can start.
  await expect(testConnection).toBeDisabled()
  await expect(move).toBeDisabled()
})

test('on the server: the server is shown, its settings can be tested and used again, and moving back asks first', async ({
  desk,
  saveScreenshot
}) => {
  await openOn(desk, ON_SERVER)
  await expect(desk.getByTestId('register-location-now')).toHaveText('The clinic’s server')
  await expect(desk.getByText('clinic-server:5432/aftercare')).toBeVisible()
  await expect(desk.getByText('Kept safely on this computer')).toBeVisible()
  await expect(desk.getByText(FILE)).toBeVisible()
  await expect(desk.getByLabel('Server name or address')).toHaveValue('clinic-server')
  await expect(desk.getByLabel('Password', { exact: true })).toHaveAttribute('placeholder', 'Empty keeps the saved password')
  // A desk on the server has no register of its own to move there.
  await expect(desk.getByRole('button', { name: 'Move this register to the server' })).toHaveCount(0)
  await expectNoSeriousAxeViolations(desk, 'register location on the server')
  await saveScreenshot('register-location-04-server')

  // A changed password: tested against the server's register, then used.
  await desk.evaluate(() => {
    window.clinic.registerLocation.test = async (settings) => {
      window.__deskLocationCalls.push({ action: 'test', settings })
      return { ok: true, value: { holds: 'register', clients: 12480, summary: 'Connected. The server holds the clinic’s register: 12,480 clients.' } }
    }
  })
  await desk.getByLabel('Password', { exact: true }).fill('new password')
  await desk.getByRole('button', { name: 'Test connection' }).click()
  await expect(desk.getByText('Connected. The server holds the clinic’s register: 12,480 clients.')).toBeVisible()
  const join = desk.getByRole('button', { name: 'Use the register on this server' })
  await join.click()
  const joinQuestion = desk.getByRole('alertdialog', { name: 'Use the register on this server?' })
  await expect(joinQuestion).toContainText('the server’s register of 12,480 clients')
  await joinQuestion.getByRole('button', { name: 'Cancel' }).click()
  await expect(joinQuestion).toBeHidden()

  const moveBack = desk.getByRole('button', { name: 'Move the register to this computer' })
  await moveBack.click()
  const question = desk.getByRole('alertdialog', { name: 'Move the register to this computer?' })
  await expect(question).toContainText('Other desks keep working on the server.')
  await saveScreenshot('register-location-05-confirm-move-back')
  await question.getByRole('button', { name: 'Cancel' }).click()
  await expect(question).toBeHidden()
  expect((await calls(desk)).map((call) => call.action)).toEqual(['test'])

  await moveBack.click()
  await question.getByRole('button', { name: 'Move to this computer' }).click()
  await expect(desk.getByText('Done. The app is restarting…')).toBeVisible()
  expect((await calls(desk)).map((call) => call.action)).toEqual(['test', 'moveToThisComputer'])
  await expect(join).toBeDisabled()
})

test('a computer that cannot keep a password says so: a test still runs, moving and joining stay off', async ({ desk, saveScreenshot }) => {
  const problem = 'The system’s key store is not available (no keyring is running for this account). Ask your IT support to set one up.'
  await openOn(desk, { kind: 'this-computer', file: FILE, passwordKept: false, passwordStoreProblem: problem })
  await expect(desk.getByTestId('password-store-problem')).toContainText('This computer cannot keep the server’s password safely.')
  await expect(desk.getByTestId('password-store-problem')).toContainText(problem)

  await fillServer(desk, { host: '192.168.1.20', port: '5432', database: 'aftercare', user: 'desk', password: 'secret' })
  await desk.getByRole('button', { name: 'Test connection' }).click()
  await expect(desk.getByText('Connected. The database is empty, ready for this register.')).toBeVisible()
  await expect(desk.getByRole('button', { name: 'Move this register to the server' })).toBeDisabled()
  await expect(desk.getByRole('button', { name: 'Use the register on this server' })).toBeDisabled()
  await expect(desk.getByText('Not possible while this computer cannot keep the password.').first()).toBeVisible()
  expect((await calls(desk)).map((call) => call.action)).toEqual(['test'])
  await expectNoSeriousAxeViolations(desk, 'register location without a password store')
  await saveScreenshot('register-location-06-password-store-problem')
})

test('a connection that fails, and a move that fails, say why in the desktop’s words; the desk stays where it was', async ({ desk, saveScreenshot }) => {
  await openOn(desk, { kind: 'this-computer', file: FILE, passwordKept: false })
  await desk.evaluate(() => {
    const bridge = window.clinic.registerLocation
    const working = bridge.test
    let answered = false
    // The first test finds no server; the second one answers.
    bridge.test = async (settings) => {
      if (answered) return working(settings)
      answered = true
      return { ok: false, error: { code: 'database_unavailable', message: 'No server answered at clinic-server on port 5432. Check the name and that the server is on.' } }
    }
    bridge.moveToServer = async () => ({
      ok: false,
      error: { code: 'database_unavailable', message: 'The server stopped answering while the register was copied. Nothing was changed; try again.' }
    })
  })
  await fillServer(desk, { host: 'clinic-server', port: '5432', database: 'aftercare', user: 'desk', password: 'secret' })
  const testConnection = desk.getByRole('button', { name: 'Test connection' })
  await testConnection.click()
  const failure = desk.getByRole('alert').filter({ hasText: 'The connection did not work' })
  await expect(failure).toContainText('No server answered at clinic-server on port 5432.')
  await expect(desk.getByText('Possible once the connection works.').first()).toBeVisible()
  await expect(desk.getByRole('button', { name: 'Move this register to the server' })).toBeDisabled()

  await testConnection.click()
  const move = desk.getByRole('button', { name: 'Move this register to the server' })
  await expect(move).toBeEnabled()
  await move.click()
  await desk.getByRole('alertdialog').getByRole('button', { name: 'Move to the server' }).click()
  const moveFailure = desk.getByRole('alert').filter({ hasText: 'The register was not moved.' })
  await expect(moveFailure).toContainText('The server stopped answering while the register was copied.')
  await expect(move).toBeEnabled()
  await expect(desk.getByTestId('register-location-now')).toHaveText('This computer')
  await saveScreenshot('register-location-07-move-failed')

  // A long move (a large register): the desk says so and nothing else can start meanwhile.
  await desk.evaluate(() => {
    window.clinic.registerLocation.moveToServer = () => new Promise(() => {})
  })
  await move.click()
  await desk.getByRole('alertdialog').getByRole('button', { name: 'Move to the server' }).click()
  await expect(desk.getByText('Moving the register to the server…', { exact: false })).toBeVisible()
  await expect(testConnection).toBeDisabled()
  await expect(desk.getByLabel('Server name or address')).toBeDisabled()
  await expect(desk.getByText('The register was not moved.', { exact: false })).toBeHidden()
  await saveScreenshot('register-location-08-moving')
})

test.describe('a new desk of a clinic on a server', () => {
  test.use({ firstStartAsks: true })

  test('joins the server from the first start, without creating an owner of its own; "Back" returns to the question', async ({ desk, saveScreenshot }) => {
    await expect(desk.getByRole('heading', { level: 1, name: 'Who works here?' })).toBeVisible()
    await saveScreenshot('register-location-06-first-start')
    await desk.getByRole('button', { name: 'Join the clinic’s server…' }).click()
    await expect(desk.getByRole('heading', { name: 'Register location', level: 1 })).toBeVisible()
    await desk.getByRole('button', { name: 'Back' }).click()
    await expect(desk.getByRole('heading', { level: 1, name: 'Who works here?' })).toBeVisible()
    await desk.getByRole('button', { name: 'Join the clinic’s server…' }).click()

    await desk.evaluate(() => {
      window.clinic.registerLocation.test = async (settings) => {
        window.__deskLocationCalls.push({ action: 'test', settings })
        return { ok: true, value: { holds: 'register', clients: 12480, summary: 'Connected. The server holds the clinic’s register: 12,480 clients.' } }
      }
    })
    const settings = { host: 'clinic-server', port: 5432, database: 'aftercare', user: 'desk', password: 's3cret pass', tls: true }
    await fillServer(desk, { ...settings, port: '5432' })
    await desk.getByRole('button', { name: 'Test connection' }).click()
    await expect(desk.getByText('Connected. The server holds the clinic’s register: 12,480 clients.')).toBeVisible()
    // Moving a register is the owner's, and there is none yet: only joining is offered.
    await expect(desk.getByRole('button', { name: 'Move this register to the server' })).toHaveCount(0)
    await expectNoSeriousAxeViolations(desk, 'register location at the first start')
    await saveScreenshot('register-location-07-first-start-join')
    await desk.getByRole('button', { name: 'Use the register on this server' }).click()
    await desk.getByRole('alertdialog').getByRole('button', { name: /Use the server’s register/ }).click()
    await expect(desk.getByText('Done. The app is restarting…')).toBeVisible()
    expect((await calls(desk)).map((call) => call.action)).toEqual(['test', 'joinServer'])
  })
})
