import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { ClientRepository } from '../../src/main/register/client-repository'
import { clientFieldsSchema } from '../../src/shared/register/client'
import { openTempRegister, type TempRegister } from '../support/temp-register'

// Every repository shares the register: a unit of work must be all or nothing, and nobody
// outside it may see it half done, on either engine.
const registers: TempRegister[] = []
afterEach(async () => {
  await Promise.all(registers.splice(0).map((register) => register.close()))
})

async function registerWithClients(): Promise<{ register: TempRegister; clients: ClientRepository }> {
  const register = await openTempRegister()
  registers.push(register)
  return { register, clients: new ClientRepository(register.database.db) }
}

const fields = (givenName: string) => clientFieldsSchema.parse({ givenName, familyName: 'Lima' })
const pause = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('a unit of work', () => {
  it('keeps every write made inside it, through repositories with transactions of their own', async () => {
    const { register, clients } = await registerWithClients()
    await register.database.inOneTransaction(async () => {
      await clients.create(fields('Ana'))
      await clients.createMany([fields('Bea'), fields('Cy')])
    })
    expect(await clients.count()).toBe(3)
  })

  it('keeps none of them when it fails part-way, and leaves the connection usable', async () => {
    const { register, clients } = await registerWithClients()
    await expect(
      register.database.inOneTransaction(async () => {
        await clients.create(fields('Ana'))
        await clients.create(fields('Bea'))
        throw new Error('the second half failed')
      })
    ).rejects.toThrow('the second half failed')
    expect(await clients.count()).toBe(0)
    await clients.create(fields('Cy'))
    expect(await clients.count()).toBe(1)
  })

  it('rolls back only a repository transaction that failed inside it, as a savepoint', async () => {
    const { register, clients } = await registerWithClients()
    await register.database.inOneTransaction(async () => {
      await clients.create(fields('Ana'))
      await expect(
        register.database.db.transaction().execute(async (trx) => {
          await trx.insertInto('audit_log').values({ at: 'now', actor: 'x', action: 'create', subject_type: 'client', subject_id: null, details: '{}' }).execute()
          throw new Error('inner failure')
        })
      ).rejects.toThrow('inner failure')
    })
    expect(await clients.count()).toBe(1)
    expect(await register.database.db.selectFrom('audit_log').select('actor').where('actor', '=', 'x').execute()).toEqual([])
  })

  /** A query set up outside the unit (as the renderer's next call is), started when the unit says so. */
  function queryFromOutside<T>(query: () => Promise<T>): { start(): void; result: Promise<T> } {
    let start!: () => void
    const result = new Promise<void>((resolve) => (start = resolve)).then(query)
    return { start, result }
  }

  // SQLite has one connection: a query from outside waits for the unit to end. PostgreSQL
  // answers it at once from the register as it was before the unit. Neither shows half.
  it('is not seen half done: a query from outside sees all of it or none', async () => {
    const { register, clients } = await registerWithClients()
    const outside = queryFromOutside(() => clients.count())
    await register.database.inOneTransaction(async () => {
      await clients.create(fields('Ana'))
      outside.start()
      await pause()
      await clients.create(fields('Bea'))
    })
    expect(await outside.result).toBe(register.database.engine === 'sqlite' ? 2 : 0)
  })

  it('is not seen at all when it fails: the waiting query sees the register as before', async () => {
    const { register, clients } = await registerWithClients()
    const outside = queryFromOutside(() => clients.count())
    await expect(
      register.database.inOneTransaction(async () => {
        await clients.create(fields('Ana'))
        outside.start()
        await pause()
        throw new Error('failed')
      })
    ).rejects.toThrow('failed')
    expect(await outside.result).toBe(0)
  })

  it('runs repository transactions started side by side one after the other, so one failing leaves the other', async () => {
    const { register, clients } = await registerWithClients()
    const { db } = register.database
    await register.database.inOneTransaction(async () => {
      const failing = db.transaction().execute(async (trx) => {
        await trx.insertInto('audit_log').values({ at: 'now', actor: 'x', action: 'create', subject_type: 'client', subject_id: null, details: '{}' }).execute()
        await pause()
        throw new Error('this one fails')
      })
      await Promise.all([clients.create(fields('Ana')), failing.catch(() => undefined)])
    })
    expect(await clients.count()).toBe(1)
  })

  it('does not take in work it scheduled for after its end: that work saves on its own', async () => {
    const { register, clients } = await registerWithClients()
    let later: Promise<unknown> | undefined
    await register.database.inOneTransaction(async () => {
      later = new Promise((resolve) => setTimeout(resolve, 20)).then(() => clients.create(fields('Late')))
    })
    await expect(
      register.database.inOneTransaction(async () => {
        await clients.create(fields('Ana'))
        await pause()
        throw new Error('the second unit fails')
      })
    ).rejects.toThrow('the second unit fails')
    await later
    expect((await clients.list({ includeArchived: true, limit: 10, offset: 0 })).map(({ givenName }) => givenName)).toEqual(['Late'])
  })

  it('lets no repository transaction outlive it: one still running when it fails saves nothing, and the next change is unharmed', async () => {
    const { register, clients } = await registerWithClients()
    let late: Promise<unknown> | undefined
    await expect(
      register.database.inOneTransaction(async () => {
        // Its outcome is taken at once, so its failure is never left unheard meanwhile.
        late = register.database.db
          .transaction()
          .execute(async (trx) => {
            await pause()
            await trx.insertInto('audit_log').values({ at: 'now', actor: 'late', action: 'create', subject_type: 'client', subject_id: null, details: '{}' }).execute()
          })
          .then(
            () => 'saved',
            (error: unknown) => error
          )
        throw new Error('the other half failed')
      })
    ).rejects.toThrow('the other half failed')
    expect(String(await late)).toMatch(/already ended, so nothing more of it is saved/)
    await register.database.inOneTransaction(() => clients.create(fields('Ana')))
    expect(await clients.count()).toBe(1)
    expect(await register.database.db.selectFrom('audit_log').select('actor').where('actor', '=', 'late').execute()).toEqual([])
  })

  // A statement that fails inside the unit, its failure caught: SQLite carries on with the
  // transaction; PostgreSQL aborts it and answers COMMIT with ROLLBACK. Either way the desk is
  // told the truth: saved on SQLite, an error and nothing saved on PostgreSQL.
  it('never reports as saved a unit that the engine rolled back', async () => {
    const { register, clients } = await registerWithClients()
    const unit = register.database.inOneTransaction(async () => {
      await clients.create(fields('Ana'))
      await sql`select no_such_column from clients`.execute(register.database.db).catch(() => undefined)
    })
    if (register.database.engine === 'sqlite') await expect(unit).resolves.toBeUndefined()
    else await expect(unit).rejects.toThrow()
    expect(await clients.count()).toBe(register.database.engine === 'sqlite' ? 1 : 0)
    await clients.create(fields('Bea'))
  })

  it('is in a backup taken meanwhile whole or not at all', async () => {
    const { register, clients } = await registerWithClients()
    await clients.create(fields('Ana'))
    const destination = join(register.dir, 'during-a-change.sqlite3')
    const backup = queryFromOutside(() => register.database.writeBackup(destination))
    await register.database.inOneTransaction(async () => {
      await clients.create(fields('Bea'))
      backup.start()
      await pause()
      await clients.create(fields('Cy'))
    })
    await backup.result
    const copy = new Sqlite(destination, { readonly: true })
    const names = copy.prepare('select given_name from clients order by given_name').pluck().all()
    copy.close()
    // SQLite's backup waits for the unit. A server's is a snapshot taken at its first read,
    // before the unit ended or after: either way the unit is in it whole or not at all.
    if (register.database.engine === 'sqlite') expect(names).toEqual(['Ana', 'Bea', 'Cy'])
    else expect([['Ana'], ['Ana', 'Bea', 'Cy']]).toContainEqual(names)
  })
})
