import type { Kysely } from 'kysely'

/** One numbered step of the schema. `up` runs inside its own transaction. */
export interface Migration {
  version: number
  name: string
  // Migrations see the database as it was at their own version, so they take it untyped.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>): Promise<void>
}
