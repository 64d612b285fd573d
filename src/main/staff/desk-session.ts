import type { CallAccess } from '@shared/staff/call-access'
import { OWNER_ONLY, SET_UP_FIRST, SIGN_IN_FIRST, allows } from '@shared/staff/call-access'
import { DEFAULT_IDLE_LOCK_MINUTES, type DeskAccess, type DeskState } from '@shared/staff/desk-access'
import type { StaffMember, StaffRole } from '@shared/staff/staff-member'
import { AppError } from '../api/app-error'
import type { Actor } from '../audit/actor'
import { AuditLog } from '../audit/audit-log'
import { ClinicSettingsRepository } from '../clinic/clinic-settings-repository'
import type { RegisterDatabase } from '../db/register-database'
import type { Clock } from '../register/client-repository'
import { DeskAccessSetting } from './desk-access-setting'
import { hashPin, pinMatches } from './pin-hash'
import { afterWrongPin, FREE_TO_TRY, secondsToWait, WRONG_PINS_BEFORE_WAIT } from './pin-waits'
import { StaffRepository } from './staff-repository'

type Person = Pick<StaffMember, 'id' | 'name' | 'role'>

export interface DeskSessionOptions {
  database: RegisterDatabase
  /** Who acts when no person is signed in: the desk itself, or IT at the admin CLI. */
  computer: Actor
  /**
   * A register nobody has set up yet: the desk's window asks who works there first; the admin
   * CLI (and the tests' desks) use it as before staff, with every right.
   */
  whenNotSetUp: 'ask' | 'open'
  /**
   * Where staff sign in and nobody is: the window is locked; at the admin CLI, IT works with
   * reception's rights unless a person signs in with `--as`.
   */
  nobodySignedIn: 'locked' | 'reception'
  clock?: Clock
}

/**
 * Who is at this desk, and what they may do. One per desk process: the person signed in is
 * this computer's; the staff list, their PIN waits and whether staff sign in at all are the
 * register's, so every desk of a clinic shares them.
 */
export class DeskSession {
  private person: Person | undefined
  private readonly clock: Clock
  private readonly context: DeskSessionOptions & {
    staff: StaffRepository
    access: DeskAccessSetting
    clinic: ClinicSettingsRepository
    audit: AuditLog
  }

  constructor(options: DeskSessionOptions) {
    this.clock = options.clock ?? (() => new Date())
    const { db } = options.database
    this.context = {
      ...options,
      staff: new StaffRepository(db, this.clock),
      access: new DeskAccessSetting(db),
      clinic: new ClinicSettingsRepository(db),
      audit: new AuditLog(db, this.clock)
    }
  }

  /** Who the audit log names for what is done now. */
  actor(): Actor {
    const { computer } = this.context
    return this.person ? { name: this.person.name, staffId: this.person.id, desk: computer.desk } : computer
  }

  async state(): Promise<DeskState> {
    const [access, { name: clinicName }] = await Promise.all([this.context.access.get(), this.context.clinic.get()])
    if (!access) return this.context.whenNotSetUp === 'open' ? { kind: 'open', clinicName } : { kind: 'not set up', clinicName }
    if (access.signIn === 'none') return { kind: 'open', clinicName }
    const person = await this.stillSignedIn()
    const { idleLockMinutes } = access
    if (person) return { kind: 'signed in', clinicName, idleLockMinutes, person }
    const staff = (await this.context.staff.list()).filter((member) => member.active).map(({ id, name, role }) => ({ id, name, role }))
    return { kind: 'locked', clinicName, idleLockMinutes, staff }
  }

  /** Refuses, in words for the desk, a call the person here may not make; says who acts when they may. */
  async permit(access: CallAccess): Promise<Actor> {
    if (access !== 'anyone') {
      const setting = await this.context.access.get()
      const role = await this.roleNow(setting)
      if (!allows(access, role, !setting)) throw new AppError('forbidden', setting ? refusal(role) : SET_UP_FIRST)
    }
    return this.actor()
  }

  /** The first start: the owner is created and signed in, or the clinic says one person works here. */
  async setUp(choice: { signIn: 'none' } | { signIn: 'staff'; ownerName: string; pin: string }): Promise<DeskState> {
    if (await this.context.access.get()) {
      throw new AppError('forbidden', 'This clinic has already said who works here. The owner can change it in Settings → Staff.')
    }
    const { staff, access, audit, database } = this.context
    if (choice.signIn === 'staff') {
      const pinHash = await hashPin(choice.pin)
      this.person = await database.inOneTransaction(async () => {
        const owner = await staff.create({ name: choice.ownerName, role: 'owner', pinHash })
        await access.save({ signIn: 'staff', idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES })
        const person = { id: owner.id, name: owner.name, role: owner.role }
        await audit.record({ ...this.actor(), name: owner.name, staffId: owner.id }, { action: 'create', subjectType: 'staff', subjectId: owner.id, details: { role: 'owner' } })
        return person
      })
    } else {
      await database.inOneTransaction(async () => {
        await access.save({ signIn: 'none', idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES })
        await audit.record(this.actor(), { action: 'update', subjectType: 'desk', details: { signIn: 'none' } })
      })
    }
    return this.state()
  }

  /** A tap on a name and the PIN. Wrong PINs count against the person at every desk; the fifth starts a wait. */
  async signIn(staffId: string, pin: string): Promise<DeskState> {
    const { staff, audit, database } = this.context
    const member = await staff.find(staffId)
    if (!member.active) throw new AppError('forbidden', `${member.name} can no longer sign in. The clinic owner can make them active again.`)
    const now = this.clock()
    const wait = secondsToWait(member.tries, now)
    if (wait > 0) throw new AppError('forbidden', tooManyWrongPins(member.name, wait))
    if (!(await pinMatches(pin, member.pinHash))) {
      const tries = afterWrongPin(member.tries, now)
      await database.inOneTransaction(async () => {
        await staff.recordTries(member.id, tries)
        if (tries.waitStarted) {
          await audit.record(this.actor(), { action: 'pin-wait', subjectType: 'staff', subjectId: member.id, details: { seconds: tries.waitStarted } })
        }
      })
      if (tries.waitStarted) throw new AppError('forbidden', tooManyWrongPins(member.name, tries.waitStarted))
      const left = WRONG_PINS_BEFORE_WAIT - tries.wrongPins
      throw new AppError('forbidden', `That PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before a wait.`, { pin: 'That PIN is not right.' })
    }
    this.person = { id: member.id, name: member.name, role: member.role }
    await database.inOneTransaction(async () => {
      await staff.recordTries(member.id, FREE_TO_TRY)
      await audit.record(this.actor(), { action: 'sign-in', subjectType: 'staff', subjectId: member.id })
    })
    return this.state()
  }

  /** Nobody is signed in here from now on; the entry names who locked it, and why. */
  async lock(reason: 'lock' | 'switch' | 'idle'): Promise<DeskState> {
    if (this.person) {
      await this.context.audit.record(this.actor(), { action: 'lock', subjectType: 'desk', details: { reason } })
      this.person = undefined
    }
    return this.state()
  }

  /** Staff sign-in on or off, and the idle time. Sign-in needs an owner who can sign in. */
  async updateAccess(access: DeskAccess): Promise<DeskAccess> {
    if (access.signIn === 'staff' && !(await this.context.staff.hasActiveOwner())) {
      throw new AppError('invalid_input', 'Add the owner to the staff, with a PIN, before staff sign in.')
    }
    return this.context.database.inOneTransaction(async () => {
      await this.context.audit.record(this.actor(), { action: 'update', subjectType: 'desk', details: { ...access } })
      return this.context.access.save(access)
    })
  }

  /** Signs a person in for one run of the admin CLI (`--as NAME` with the PIN from AFTERCARE_PIN). */
  async signInByName(name: string, pin: string): Promise<void> {
    const member = await this.context.staff.findByName(name)
    await this.signIn(member.id, pin)
  }

  /** The role calls are made with now: the person's own, the owner's where nobody signs in, or none (locked, or not set up). */
  private async roleNow(setting: DeskAccess | undefined): Promise<StaffRole | undefined> {
    if (!setting) return this.context.whenNotSetUp === 'open' ? 'owner' : undefined
    if (setting.signIn === 'none') return 'owner'
    const person = await this.stillSignedIn()
    if (person) return person.role
    return this.context.nobodySignedIn === 'reception' ? 'reception' : undefined
  }

  /** The signed-in person as the register has them now: a person deactivated at another desk is signed out here. */
  private async stillSignedIn(): Promise<Person | undefined> {
    if (!this.person) return undefined
    const member = await this.context.staff.find(this.person.id).catch(() => undefined)
    this.person = member?.active ? { id: member.id, name: member.name, role: member.role } : undefined
    return this.person
  }
}

function refusal(role: StaffRole | undefined): string {
  return role === undefined ? SIGN_IN_FIRST : OWNER_ONLY
}

function tooManyWrongPins(name: string, seconds: number): string {
  return `Too many wrong PINs for ${name}. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}, or ask the clinic owner to set a new PIN.`
}
