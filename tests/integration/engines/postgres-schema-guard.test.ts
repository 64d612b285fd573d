import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { declaredSchema } from '../../support/declared-schema'
import { openTempRegister, type TempRegister } from '../../support/temp-register'

// The server register's shape after every migration (the baseline of data version 8, then
// each migration written for both engines), guarded as SQLite's is in schema-guard.test.ts:
// against a committed snapshot, and against db/schema.ts. A new migration changes the
// snapshot on purpose: run `npx vitest run --project postgres -u` and commit it.

let register: TempRegister
beforeAll(async () => {
  register = await openTempRegister()
})
afterAll(() => register.close())

async function rows<T>(query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(register.database.db)).rows
}

const tables = async (): Promise<string[]> =>
  (await rows<{ name: string }>(sql`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`)).map(
    ({ name }) => name
  )

interface Column {
  table: string
  name: string
  type: string
  collation: string | null
  nullable: string
  fallback: string | null
}

const columns = (): Promise<Column[]> =>
  rows<Column>(sql`
    select table_name as table, column_name as name, data_type as type, collation_name as collation,
           is_nullable as nullable, column_default as fallback
    from information_schema.columns where table_schema = current_schema()
    order by table_name, ordinal_position`)

/** Every table with its columns (type, collation, null, default), every index, constraint and trigger, one line each. */
async function describeSchema(): Promise<string> {
  const lines: string[] = []
  const all = await columns()
  for (const table of await tables()) {
    lines.push(`table ${table}`)
    for (const column of all.filter((each) => each.table === table)) {
      const traits = [column.type, column.collation ? `collate ${column.collation}` : '', column.nullable === 'NO' ? 'not null' : '', column.fallback ? `default ${column.fallback}` : '']
      lines.push(`  ${column.name}: ${traits.filter(Boolean).join(', ')}`)
    }
  }
  const constraints = await rows<{ name: string; table: string; definition: string }>(sql`
    select conname as name, conrelid::regclass::text as table, pg_get_constraintdef(oid) as definition
    from pg_constraint where connamespace = current_schema()::regnamespace order by conrelid::regclass::text, conname`)
  for (const constraint of constraints) lines.push(`constraint ${constraint.table}.${constraint.name}: ${constraint.definition}`)
  const indexes = await rows<{ name: string; definition: string }>(sql`
    select indexname as name, indexdef as definition from pg_indexes where schemaname = current_schema() order by indexname`)
  for (const index of indexes) lines.push(`index ${index.name}: ${index.definition}`)
  const triggers = await rows<{ name: string; table: string; definition: string }>(sql`
    select tgname as name, tgrelid::regclass::text as table, pg_get_triggerdef(oid) as definition
    from pg_trigger where not tgisinternal order by tgrelid::regclass::text, tgname`)
  for (const trigger of triggers) lines.push(`trigger ${trigger.table}.${trigger.name}: ${trigger.definition}`)
  return `${lines.join('\n')}\n`
}

describe("the server register's schema", () => {
  it('is the one committed: a released migration cannot change unnoticed', async () => {
    await expect(await describeSchema()).toMatchFileSnapshot('../__snapshots__/register-schema.postgres.txt')
  })

  it('is what db/schema.ts tells Kysely, table for table and column for column', async () => {
    const declared = declaredSchema()
    const present = await tables()
    expect([...declared.keys()].sort()).toEqual(present)
    const all = await columns()
    for (const table of present) {
      expect(declared.get(table)?.sort(), table).toEqual(all.filter((column) => column.table === table).map((column) => column.name).sort())
    }
  })
})
