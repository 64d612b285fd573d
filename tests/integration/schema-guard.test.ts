import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { declaredSchema } from '../support/declared-schema'
import { openTempSqliteRegister, type SqliteTempRegister } from '../support/temp-register'

// The register's shape after every migration, guarded twice: against a committed snapshot, so
// a change to a released migration (or a new one) shows in review; and against db/schema.ts,
// the tables and columns Kysely is told about, so the two cannot drift apart.
// A new migration changes the snapshot on purpose: run `npx vitest run -u` and commit it.

let register: SqliteTempRegister
beforeAll(async () => {
  register = await openTempSqliteRegister()
})
afterAll(() => register.close())

interface Column {
  name: string
  type: string
  notnull: number
  dflt_value: string | null
  pk: number
}

const tables = (): string[] =>
  (register.database.sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[]).map(
    (row) => row.name
  )

const columnsOf = (table: string): Column[] => register.database.sqlite.pragma(`table_info(${table})`) as Column[]

/** Every table with its columns, and every index with what it covers, one line each. */
function describeSchema(): string {
  const lines: string[] = []
  for (const table of tables()) {
    lines.push(`table ${table}`)
    for (const column of columnsOf(table)) {
      const traits = [column.type, column.notnull ? 'not null' : '', column.pk ? `pk ${column.pk}` : '', column.dflt_value ? `default ${column.dflt_value}` : '']
      lines.push(`  ${column.name}: ${traits.filter(Boolean).join(', ')}`)
    }
  }
  const indexes = register.database.sqlite
    .prepare("select name, tbl_name, sql from sqlite_master where type = 'index' and sql is not null order by name")
    .all() as { name: string; tbl_name: string; sql: string }[]
  for (const index of indexes) lines.push(`index ${index.name}: ${index.sql.replace(/\s+/g, ' ')}`)
  return `${lines.join('\n')}\n`
}

describe("the register's schema", () => {
  it('is the one committed: a released migration cannot change unnoticed', async () => {
    await expect(describeSchema()).toMatchFileSnapshot('./__snapshots__/register-schema.txt')
  })

  it('is what db/schema.ts tells Kysely, table for table and column for column', () => {
    const declared = declaredSchema()
    expect([...declared.keys()].sort()).toEqual(tables())
    for (const table of tables()) {
      expect(declared.get(table)?.sort(), table).toEqual(columnsOf(table).map((column) => column.name).sort())
    }
  })
})
