// The child process of the crash test: records treatments in a loop through the real handler
// table, exactly as the app's IPC does, and prints each id on stdout once its call has
// returned (so once it is committed). The test kills it with SIGKILL at random moments.
//
// Usage: crash-writer <register file> <fonts folder>
// Prints "ready <clientId>" once the register is open, then "treatment <id>" and, now and
// then, "client <id>" lines. Writes to a pipe are synchronous in Node on Linux and macOS, so
// a line printed is a line the test receives, even if the process is killed right after.
import { DeskSession } from '../../src/main/staff/desk-session'
import { dispatch } from '../../src/main/api/dispatch'
import { createHandlerTable } from '../../src/main/api/handler-table'
import { openSqliteRegister } from '../../src/main/db/open-sqlite-register'
import type { Client } from '../../src/shared/register/client'
import type { Treatment } from '../../src/shared/register/treatment'
import { TREATMENT_ZONES } from '../../src/shared/register/vocabulary'

const [file, fontsDir] = process.argv.slice(2)
if (!file || !fontsDir) {
  process.stderr.write('usage: crash-writer <register file> <fonts folder>\n')
  process.exit(2)
}

function fail(what: string, detail: unknown): never {
  process.stderr.write(`${what}: ${JSON.stringify(detail)}\n`)
  process.exit(3)
}

const database = await openSqliteRegister(file)
const session = new DeskSession({ database, computer: { name: 'Crash test', staffId: null, desk: 'test-desk' }, whenNotSetUp: 'open', nobodySignedIn: 'locked' })
const table = createHandlerTable({ database, appName: 'Aftercare Desk', appVersion: '0.0.0-crash', fontsDir, session })

async function newClient(n: number): Promise<Client> {
  const result = await dispatch(table, 'clients.create', {
    givenName: 'Zoë',
    familyName: `Łukasiewicz-${'abcdefghij'[n % 10]}`,
    phone: `+44 7700 9${String(n % 100000).padStart(5, '0')}`,
    notes: 'Crash test client. '.repeat(20)
  })
  if (!result.ok) fail('clients.create failed', result.error)
  process.stdout.write(`client ${(result.value as Client).id}\n`)
  return result.value as Client
}

let client = await newClient(0)
process.stdout.write(`ready ${client.id}\n`)

for (let n = 1; ; n++) {
  if (n % 10 === 0) client = await newClient(n)
  const zones = TREATMENT_ZONES.slice(n % 5, (n % 5) + 1 + (n % 4)).map((zone, i) => ({ zone, depthMm: 0.25 + i * 0.5 }))
  const result = await dispatch(table, 'treatments.create', {
    clientId: client.id,
    performedAt: `2026-0${1 + (n % 9)}-1${n % 10}T1${n % 10}:${String(n % 60).padStart(2, '0')}`,
    timeZone: 'Europe/London',
    practitioner: `Practitioner ${n % 7}`,
    device: 'Microneedling pen',
    concerns: ['texture', 'acne_scars'],
    zones,
    // Long enough that a transaction spans several pages of the write-ahead log.
    notes: `Session ${n}. `.repeat(300),
    sessionNumber: 1 + (n % 99)
  })
  if (!result.ok) fail('treatments.create failed', result.error)
  process.stdout.write(`treatment ${(result.value as Treatment).id}\n`)
}
