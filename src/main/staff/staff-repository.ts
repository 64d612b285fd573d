import type { Kysely, Selectable } from 'kysely'
import type { StaffMember, StaffRole } from '@shared/staff/staff-member'
import { words } from '@shared/words/words'
import { compareInDeskLanguage } from '@shared/text/desk-collation'
import { AppError, NotFoundError } from '../api/app-error'
import { newRecordId } from '../db/record-ids'
import type { Database, StaffTable } from '../db/schema'
import type { Clock } from '../register/client-repository'
import type { PinTries } from './pin-waits'

/** A person as stored, with what the sign-in needs and the desk never sees. */
export interface StoredStaffMember extends StaffMember {
  pinHash: string
  tries: PinTries
}

/** The clinic's staff, shared by every desk of the register. Nobody is ever deleted. */
export class StaffRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock = () => new Date()
  ) {}

  /** Everyone, in the order of their names as the desk's language sorts them (a clinic's staff is a handful). */
  async list(): Promise<StaffMember[]> {
    const rows = await this.db.selectFrom('staff').selectAll().execute()
    rows.sort((a, b) => compareInDeskLanguage(a.name, b.name) || (a.id < b.id ? -1 : 1))
    return rows.map((row) => publicMember(stored(row)))
  }

  /** The person with this id, PIN hash and tries included. */
  async find(id: string): Promise<StoredStaffMember> {
    const row = await this.db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new NotFoundError(words('staff.member.missing'))
    return stored(row)
  }

  /** The person of this name, case and accents as typed (for the admin CLI's --as). */
  async findByName(name: string): Promise<StoredStaffMember> {
    const row = await this.db.selectFrom('staff').selectAll().where('name', '=', name.trim()).executeTakeFirst()
    if (!row) throw new NotFoundError(words('staff.member.nobodyCalled', { name }))
    return stored(row)
  }

  /** Whether an active owner remains, leaving out the person `except` (about to stop being one). */
  async hasActiveOwner(except?: string): Promise<boolean> {
    let owners = this.db.selectFrom('staff').select('id').where('role', '=', 'owner').where('active', '=', 1)
    if (except) owners = owners.where('id', '!=', except)
    return (await owners.executeTakeFirst()) !== undefined
  }

  /** `pinHash` from hashPin, made before the transaction this runs in: scrypt takes a while. */
  async create(person: { name: string; role: StaffRole; doctor: boolean; pinHash: string }): Promise<StaffMember> {
    await this.refuseTakenName(person.name)
    const now = this.clock()
    const id = newRecordId(now.getTime())
    await this.db
      .insertInto('staff')
      .values({
        id,
        name: person.name,
        role: person.role,
        doctor: person.doctor ? 1 : 0,
        pin_hash: person.pinHash,
        active: 1,
        wrong_pins: 0,
        waits: 0,
        waits_until: null,
        created_at: now.toISOString(),
        updated_at: now.toISOString()
      })
      .execute()
    return publicMember(await this.find(id))
  }

  /** A new name, role or active state; the clinic always keeps one active owner. */
  async update(change: StaffMember): Promise<StaffMember> {
    const before = await this.find(change.id)
    if (change.name.toLowerCase() !== before.name.toLowerCase()) await this.refuseTakenName(change.name)
    const stopsBeingOwner = before.role === 'owner' && before.active && (change.role !== 'owner' || !change.active)
    if (stopsBeingOwner && !(await this.hasActiveOwner(change.id))) {
      const message = words('staff.owner.needed')
      throw new AppError('invalid_input', message, { role: message })
    }
    await this.db
      .updateTable('staff')
      .set({
        name: change.name,
        role: change.role,
        doctor: change.doctor ? 1 : 0,
        active: change.active ? 1 : 0,
        updated_at: this.clock().toISOString()
      })
      .where('id', '=', change.id)
      .execute()
    return publicMember(await this.find(change.id))
  }

  /** A new PIN (its hash, from hashPin); any wait from wrong PINs ends with it. */
  async setPin(id: string, pinHash: string): Promise<StaffMember> {
    await this.find(id)
    await this.db
      .updateTable('staff')
      .set({ pin_hash: pinHash, wrong_pins: 0, waits: 0, waits_until: null, updated_at: this.clock().toISOString() })
      .where('id', '=', id)
      .execute()
    return publicMember(await this.find(id))
  }

  /**
   * Counts a try before its PIN is checked, in one statement, so tries made at once (at one
   * desk or at several) cannot each read the same count and slip past the limit. Undefined
   * when the person is waiting: the try is not counted, nor checked.
   */
  async countTry(id: string, now: Date): Promise<PinTries | undefined> {
    const counted = await this.db
      .updateTable('staff')
      .set((eb) => ({ wrong_pins: eb('wrong_pins', '+', 1), waits_until: null }))
      .where('id', '=', id)
      .where((eb) => eb.or([eb('waits_until', 'is', null), eb('waits_until', '<=', now.toISOString())]))
      .returning(['wrong_pins', 'waits', 'waits_until'])
      .executeTakeFirst()
    return counted && { wrongPins: counted.wrong_pins, waits: counted.waits, waitsUntil: null }
  }

  /** A wait starts: the count begins again after it. */
  async startWait(id: string, waitsBefore: number, until: Date): Promise<void> {
    await this.db
      .updateTable('staff')
      .set({ wrong_pins: 0, waits: waitsBefore + 1, waits_until: until.toISOString() })
      .where('id', '=', id)
      .execute()
  }

  /** A right PIN: the count and the waits start again from nothing. */
  async clearTries(id: string): Promise<void> {
    await this.db.updateTable('staff').set({ wrong_pins: 0, waits: 0, waits_until: null }).where('id', '=', id).execute()
  }

  /** Names tell people apart at the sign-in screen and in the audit log: each is used once. */
  private async refuseTakenName(name: string): Promise<void> {
    const names = await this.db.selectFrom('staff').select('name').execute()
    if (names.some((row) => row.name.toLowerCase() === name.toLowerCase())) {
      const message = words('staff.name.taken', { name })
      throw new AppError('invalid_input', message, { name: message })
    }
  }
}

function stored(row: Selectable<StaffTable>): StoredStaffMember {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    doctor: row.doctor === 1,
    active: row.active === 1,
    pinHash: row.pin_hash,
    tries: { wrongPins: row.wrong_pins, waits: row.waits, waitsUntil: row.waits_until }
  }
}

function publicMember({ id, name, role, doctor, active }: StaffMember): StaffMember {
  return { id, name, role, doctor, active }
}

