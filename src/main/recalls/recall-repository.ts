import { sql, type Kysely, type Selectable } from 'kysely'
import { Temporal } from 'temporal-polyfill'
import type { CsvConventions } from '@shared/clinic/spreadsheet-region'
import { DEFAULT_RECALL_DAYS, type RecallContact, type RecallEntry, type RecallList, type RecallOutcome } from '@shared/recalls/recalls'
import { words } from '@shared/words/words'
import { compareInDeskLanguage } from '@shared/text/desk-collation'
import { AppError } from '../api/app-error'
import type { ClientTable, Database, RecallContactTable, RecallWindowTable } from '../db/schema'
import { engineSql } from '../db/engine-sql'
import { newRecordId } from '../db/record-ids'
import type { RegisterDatabase } from '../db/register-database'
import { csvDocument } from '../exchange/csv-export'
import type { ExportColumn } from '../exchange/export-tables'
import { clientNotFound, type Clock } from '../register/client-repository'

/** The days the list covers, both included; either left out counts from `today`. */
export interface RecallDays {
  from?: string | undefined
  to?: string | undefined
}

/**
 * The recall list and the calls made about it. The list is a range read of recall_windows by
 * when windows close (recall-windows.ts keeps them), joined to each client and the latest call
 * about that same window: a client whose latest call was declined stays off it until their next
 * treatment starts a new window.
 */
export class RecallRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly inOneSnapshot: RegisterDatabase['inOneSnapshot'],
    private readonly clock: Clock = () => new Date()
  ) {}

  /** Clients whose window touches the days asked (by default from today, DEFAULT_RECALL_DAYS ahead), soonest window first. */
  async list(days: RecallDays, timeZone: string): Promise<RecallList> {
    const today = Temporal.Instant.fromEpochMilliseconds(this.clock().getTime()).toZonedDateTimeISO(timeZone).toPlainDate()
    const from = days.from ?? today.toString()
    const to = days.to ?? Temporal.PlainDate.from(from).add({ days: DEFAULT_RECALL_DAYS }).toString()
    // The windows and their calls are read from one snapshot: a treatment another desk saves in
    // between would move a window on, and its client's declined call would not be found.
    const { rows, latestCalls } = await this.inOneSnapshot(async () => ({
      rows: await this.windowsTouching(from, to),
      latestCalls: await this.latestCallsAbout(from, to)
    }))
    const entries = rows.flatMap((row): RecallEntry[] => {
      const contact = latestCalls.get(row.client_id) ?? null
      if (contact?.outcome === 'declined') return []
      return [
        {
          clientId: row.client_id,
          givenName: row.given_name,
          familyName: row.family_name,
          phone: row.phone,
          treatmentId: row.treatment_id,
          treatedAt: row.treated_at_local,
          deepestDepthMm: Number(row.deepest_hundredths_mm) / 100,
          windowOpens: row.opens_on,
          windowCloses: row.closes_on,
          contact
        }
      ]
    })
    return { from, to, entries }
  }

  /** The windows that touch the days, each with its client, soonest first. */
  private async windowsTouching(from: string, to: string): Promise<ListedRow[]> {
    // Read from the windows closing from the first day on (few, next to every window there is),
    // never from the clients. SQLite takes a CROSS JOIN's tables in the order written: its
    // planner would otherwise walk every active client.
    const { rows } = await sql<ListedRow>`
      select w.client_id, c.given_name, c.family_name, c.phone, w.treatment_id, w.treated_at_local, w.deepest_hundredths_mm, w.opens_on, w.closes_on
      from recall_windows as w ${engineSql(this.db).indexedBy('recall_windows_by_close')}
      cross join clients as c
      where c.id = w.client_id and w.closes_on >= ${from} and w.opens_on <= ${to} and c.archived = 0`.execute(this.db)
    // Sorted here, not by the engine: names in the desk's language's order, the same on both
    // engines (SQLite sorts bytes, a server its own collation). No index gave this order (the
    // windows are read by when they close), so the engine sorted them all the same.
    return rows.sort(soonestWindowFirst)
  }

  /**
   * The latest call about each listed window, by client. Calls are few next to windows, so
   * they are read once for the whole range rather than looked up row by row (a fifth of the
   * list's time at 100,000 clients, for calls that mostly are not there).
   */
  private async latestCallsAbout(from: string, to: string): Promise<Map<string, RecallContact>> {
    const calls = await this.db
      .selectFrom('recall_contacts as rc')
      .innerJoin('recall_windows as w', (join) => join.onRef('w.client_id', '=', 'rc.client_id').onRef('w.treatment_id', '=', 'rc.treatment_id'))
      .selectAll('rc')
      .where('w.closes_on', '>=', from)
      .where('w.opens_on', '<=', to)
      .orderBy('rc.contacted_at')
      .orderBy('rc.id')
      .execute()
    // In time order, so each client's last call is the one kept.
    return new Map(calls.map((call) => [call.client_id, toContact(call)]))
  }

  /** Records a call about the client's current window, as made by `contactedBy`. */
  async recordContact(clientId: string, outcome: RecallOutcome | null, note: string, contactedBy: string): Promise<RecallContact> {
    const client = await this.db.selectFrom('clients').select(['id', 'archived']).where('id', '=', clientId).executeTakeFirst()
    if (!client) throw clientNotFound(clientId)
    if (client.archived) throw new AppError('invalid_input', words('recall.archived'))
    const window = await this.db.selectFrom('recall_windows').select('treatment_id').where('client_id', '=', clientId).executeTakeFirst()
    if (!window) throw new AppError('invalid_input', words('recall.noTreatment'))
    const now = this.clock()
    const row: Selectable<RecallContactTable> = {
      id: newRecordId(now.getTime()),
      client_id: clientId,
      treatment_id: window.treatment_id,
      outcome,
      note,
      contacted_by: contactedBy,
      contacted_at: now.toISOString()
    }
    await this.db.insertInto('recall_contacts').values(row).execute()
    return toContact(row)
  }

  /** Every call made about a client, newest first (for their subject access export). */
  async contactsForClient(clientId: string): Promise<RecallContact[]> {
    const rows = await this.db
      .selectFrom('recall_contacts')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy('contacted_at', 'desc')
      .orderBy('id', 'desc')
      .execute()
    return rows.map(toContact)
  }
}

type ListedRow = Pick<Selectable<RecallWindowTable>, 'client_id' | 'treatment_id' | 'treated_at_local' | 'deepest_hundredths_mm' | 'opens_on' | 'closes_on'> &
  Pick<Selectable<ClientTable>, 'given_name' | 'family_name' | 'phone'>

/** By when the window opens, then closes (ISO dates sort as text), then the client's name; the client's id last, so the order is whole. */
function soonestWindowFirst(a: ListedRow, b: ListedRow): number {
  return (
    compareText(a.opens_on, b.opens_on) ||
    compareText(a.closes_on, b.closes_on) ||
    compareInDeskLanguage(a.family_name, b.family_name) ||
    compareInDeskLanguage(a.given_name, b.given_name) ||
    compareText(a.client_id, b.client_id)
  )
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function toContact(row: Selectable<RecallContactTable>): RecallContact {
  return {
    id: row.id,
    clientId: row.client_id,
    treatmentId: row.treatment_id,
    outcome: row.outcome,
    note: row.note,
    contactedBy: row.contacted_by,
    contactedAt: row.contacted_at
  }
}

const RECALL_COLUMNS: readonly ExportColumn[] = [
  { name: 'client_id', kind: 'text', width: 28 },
  { name: 'given_name', kind: 'text', width: 18 },
  { name: 'family_name', kind: 'text', width: 18 },
  { name: 'phone', kind: 'text', width: 18 },
  { name: 'last_treatment', kind: 'local date-time', width: 17 },
  { name: 'deepest_mm', kind: 'decimal', width: 12 },
  { name: 'window_opens', kind: 'date', width: 13 },
  { name: 'window_closes', kind: 'date', width: 13 },
  { name: 'contacted_at', kind: 'timestamp', width: 25 },
  { name: 'contacted_by', kind: 'text', width: 18 },
  { name: 'outcome', kind: 'text', width: 13 },
  { name: 'note', kind: 'text', width: 40 }
]

/**
 * The list as a CSV file for the clinic's SMS or phone tool, in the region's way (as the
 * register's exports are), the last call's outcome in words of the desk's language, as the
 * person reading it in that tool says it; no file is read back from it.
 */
export function recallCsv(list: RecallList, conventions: CsvConventions): { csv: string; rows: number } {
  const outcomes = {
    left_message: words('recall.outcome.left_message'),
    booked: words('recall.outcome.booked'),
    declined: words('recall.outcome.declined'),
    none: words('recall.outcome.none')
  } satisfies Record<RecallOutcome | 'none', string>
  const rows = list.entries.map((entry) => [
    entry.clientId,
    entry.givenName,
    entry.familyName,
    entry.phone,
    entry.treatedAt,
    entry.deepestDepthMm,
    entry.windowOpens,
    entry.windowCloses,
    entry.contact?.contactedAt ?? null,
    entry.contact?.contactedBy ?? null,
    entry.contact ? outcomes[entry.contact.outcome ?? 'none'] : null,
    entry.contact?.note || null
  ])
  return { csv: csvDocument(RECALL_COLUMNS, rows, conventions), rows: rows.length }
}
