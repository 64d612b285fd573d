import { sql } from 'kysely'
import { dataVersionOf } from '../db/migrator'
import type { RegisterDatabase } from '../db/register-database'
import { clientNameFolds, clientSearchTerms, searchableClient } from '../register/client-search-terms'
import { RegisterFileProblem } from './register-inspection'
import { words } from '@shared/words/words'

/** Each reference between tables: every row's value must name an existing row. */
const REFERENCES = [
  { table: 'client_search_terms', column: 'client_id', target: 'clients', key: 'id' },
  { table: 'treatments', column: 'client_id', target: 'clients', key: 'id' },
  { table: 'treatment_zones', column: 'treatment_id', target: 'treatments', key: 'id' },
  { table: 'handout_log', column: 'treatment_id', target: 'treatments', key: 'id' },
  { table: 'handout_log', column: 'client_id', target: 'clients', key: 'id' },
  { table: 'handout_log', column: 'protocol_version', target: 'protocols', key: 'version' },
  { table: 'handout_log', column: 'reprint_of', target: 'handout_log', key: 'id' },
  { table: 'prep_sheet_log', column: 'client_id', target: 'clients', key: 'id' },
  { table: 'prep_sheet_log', column: 'questionnaire_version', target: 'questionnaires', key: 'version' },
  { table: 'recall_windows', column: 'client_id', target: 'clients', key: 'id' },
  { table: 'recall_windows', column: 'treatment_id', target: 'treatments', key: 'id' },
  { table: 'recall_contacts', column: 'client_id', target: 'clients', key: 'id' },
  { table: 'recall_contacts', column: 'treatment_id', target: 'treatments', key: 'id' }
] as const

const CLIENTS_PER_SLICE = 2000

/** A register that passed every check, with what it holds. */
export interface CheckedRegister {
  ok: true
  location: string
  dataVersion: number
  clients: number
  treatments: number
  handouts: number
}

/** Checks an open register (`check` on a server register); throws RegisterFileProblem, in words, when anything is wrong. */
export async function checkOpenRegister(database: RegisterDatabase): Promise<CheckedRegister> {
  const problems = await registerProblems(database)
  if (problems.length > 0) {
    throw new RegisterFileProblem(words('registerFile.problems', { location: database.location, problems: problems.slice(0, 3).join('; ') }))
  }
  const { db } = database
  const count = async (table: 'clients' | 'treatments' | 'handout_log') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
  return {
    ok: true,
    location: database.location,
    dataVersion: await dataVersionOf(db),
    clients: await count('clients'),
    treatments: await count('treatments'),
    handouts: await count('handout_log')
  }
}

/**
 * What is wrong with a register's content, on either engine: the engine's own check of its
 * storage, references that lead nowhere, and search entries that disagree with the clients'
 * details (a client search would not find, or would find wrongly). Empty when sound.
 */
export async function registerProblems(database: RegisterDatabase): Promise<string[]> {
  return database.inOneSnapshot(async () => [
    ...storageDamage(await database.storageProblems()),
    ...(await brokenReferences(database)),
    ...(await searchIndexDisagreements(database))
  ])
}

async function brokenReferences({ db }: RegisterDatabase): Promise<string[]> {
  const problems: string[] = []
  for (const { table, column, target, key } of REFERENCES) {
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from ${sql.table(table)} r
      where r.${sql.ref(column)} is not null
        and not exists (select 1 from ${sql.table(target)} t where t.${sql.ref(key)} = r.${sql.ref(column)})`.execute(db)
    const broken = Number(rows[0]?.n ?? 0)
    if (broken > 0) problems.push(words('registerCheck.brokenReference', { count: broken, table, column, target }))
  }
  return problems
}

async function searchIndexDisagreements({ db }: RegisterDatabase): Promise<string[]> {
  let disagreeing = 0
  let first: string | undefined
  let after = ''
  for (;;) {
    const clients = await db
      .selectFrom('clients')
      .select(['id', 'given_name', 'family_name', 'date_of_birth', 'phone', 'email', 'name_fold', 'name_fold_reversed'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(CLIENTS_PER_SLICE)
      .execute()
    const last = clients.at(-1)
    if (!last) break
    const terms = await db
      .selectFrom('client_search_terms')
      .select(['client_id', 'term'])
      .where('client_id', '>', after)
      .where('client_id', '<=', last.id)
      .execute()
    const stored = new Map<string, Set<string>>()
    for (const { client_id, term } of terms) stored.set(client_id, (stored.get(client_id) ?? new Set()).add(term))
    for (const client of clients) {
      const fields = searchableClient(client)
      const expected = new Set(clientSearchTerms(fields))
      const held = stored.get(client.id) ?? new Set<string>()
      const folds = clientNameFolds(fields)
      const agrees =
        expected.size === held.size &&
        [...expected].every((term) => held.has(term)) &&
        folds.name_fold === client.name_fold &&
        folds.name_fold_reversed === client.name_fold_reversed
      if (!agrees) {
        disagreeing += 1
        first ??= client.id
      }
    }
    after = last.id
  }
  return disagreeing === 0 || first === undefined ? [] : [words('registerCheck.searchDisagrees', { count: disagreeing, first })]
}

/** The engine's own report of damage (SQLite's, in English) kept only as the detail of a sentence in the desk's words, for IT. */
function storageDamage(engineReport: string[]): string[] {
  return engineReport.length === 0 ? [] : [words('registerCheck.storage', { detail: engineReport.slice(0, 3).join('; ') })]
}
