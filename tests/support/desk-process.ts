// A stand-in for the app's main process, for the fault tests: it opens the register and serves
// the real handler table through `dispatch`, exactly as IPC does, one call per line.
//
// Usage: desk-process <register file> <fonts folder>
// stdin:  one JSON object per line, {"name": "clients.create", "input": {...}}
// stdout: {"ready": true} once open, then one line per call: the result envelope as JSON.
//         If the register cannot be opened: {"openError": {"kind", "message"}}, exit 1.
// A thrown exception or a rejected promise would end the process with a stack on stderr: the
// fault tests check that this never happens.
import { DeskSession } from '../../src/main/staff/desk-session'
import { createInterface } from 'node:readline'
import { dispatch } from '../../src/main/api/dispatch'
import { createHandlerTable } from '../../src/main/api/handler-table'
import { openSqliteRegister } from '../../src/main/db/open-sqlite-register'
import type { RegisterDatabase } from '../../src/main/db/register-database'
import { DatabaseOpenError } from '../../src/main/db/database-open-error'

const [file, fontsDir] = process.argv.slice(2)
if (!file || !fontsDir) {
  process.stderr.write('usage: desk-process <register file> <fonts folder>\n')
  process.exit(2)
}

let database: RegisterDatabase
try {
  database = await openSqliteRegister(file)
} catch (error) {
  const kind = error instanceof DatabaseOpenError ? error.reason : 'unexpected'
  process.stdout.write(`${JSON.stringify({ openError: { kind, message: (error as Error).message } })}\n`)
  process.exit(1)
}

const session = new DeskSession({ database, computer: { name: 'Fault test', staffId: null, desk: 'test-desk' }, whenNotSetUp: 'open', nobodySignedIn: 'locked' })
const table = createHandlerTable({ database, appName: 'Aftercare Desk', appVersion: '0.0.0-faults', fontsDir, session })
process.stdout.write(`${JSON.stringify({ ready: true })}\n`)

const lines = createInterface({ input: process.stdin })
for await (const line of lines) {
  const { name, input } = JSON.parse(line) as { name: unknown; input: unknown }
  const result = await dispatch(table, name, input)
  // Bytes (PDFs) are not needed by the tests; their length is.
  process.stdout.write(`${JSON.stringify(result, (_key, value: unknown) => (value instanceof Uint8Array ? value.length : value))}\n`)
}
await database.close()
