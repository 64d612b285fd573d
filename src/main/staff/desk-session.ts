import type { CallAccess } from '@shared/staff/call-access'
import { allows } from '@shared/staff/call-access'
import { words } from '@shared/words/words'
import { DEFAULT_IDLE_LOCK_MINUTES, type DeskAccess, type DeskState } from '@shared/staff/desk-access'
import type { StaffMember, StaffRole } from '@shared/staff/staff-member'
import { AsyncLocalStorage } from 'node:async_hooks'
import { AppError, NotFoundError } from '../api/app-error'
import type { Actor } from '../audit/actor'
import { AuditLog } from '../audit/audit-log'
import { ClinicSettingsRepository } from '../clinic/clinic-settings-repository'
import type { RegisterDatabase } from '../db/register-database'
import type { Clock } from '../register/client-repository'
import { DeskAccessSetting } from './desk-access-setting'
import { hashPin, pinMatches } from './pin-hash'
import { nextWaitSeconds, secondsToWait, WRONG_PINS_BEFORE_WAIT } from './pin-waits'
import { StaffRepository } from './staff-repository'

type Person = Pick<StaffMember, 'id' | 'name' | 'role' | 'doctor'>

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
  private readonly lockListeners: (() => void)[] = []
  /** Who each call was permitted for, through everything the call awaits: a Switch meanwhile does not rename its entry. */
  private readonly callActor = new AsyncLocalStorage<Actor>()
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

  /** Who the audit log names for what is done now: the one the call under way was permitted for, else who is signed in. */
  actor(): Actor {
    const permitted = this.callActor.getStore()
    if (permitted) return permitted
    return this.person ? this.actorFor(this.person) : this.context.computer
  }

  /** A person of the staff, as the audit log names them at this desk. */
  private actorFor(person: Person): Actor {
    return { name: person.name, staffId: person.id, desk: this.context.computer.desk }
  }

  /** Runs work main does by itself: its audit entries name this computer, whoever is signed in. */
  asThisComputer<T>(work: () => Promise<T>): Promise<T> {
    return this.callActor.run(this.context.computer, work)
  }

  /** Runs a permitted call as `actor`: its audit entries name them, whoever signs in before it ends. */
  actingAs<T>(actor: Actor, work: () => Promise<T>): Promise<T> {
    return this.callActor.run(actor, work)
  }

  async state(): Promise<DeskState> {
    const [access, { name: clinicName }] = await Promise.all([this.context.access.get(), this.context.clinic.get()])
    if (!access) {
      return this.context.whenNotSetUp === 'open' ? { kind: 'open', clinicName, idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES } : { kind: 'not set up', clinicName }
    }
    if (access.signIn === 'none') return { kind: 'open', clinicName, idleLockMinutes: access.idleLockMinutes }
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
      if (!allows(access, role, !setting)) throw refusal(setting, role)
    }
    return this.actor()
  }

  /** The first start: the owner is created and signed in, or the clinic says one person works here. */
  async setUp(choice: { signIn: 'none' } | { signIn: 'staff'; ownerName: string; pin: string }): Promise<DeskState> {
    const { staff, access, audit, database } = this.context
    if (await access.get()) throw alreadySetUp()
    const pinHash = choice.signIn === 'staff' ? await hashPin(choice.pin) : undefined
    const chosen = { signIn: choice.signIn, idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES }
    try {
      const owner = await database.inOneTransaction(async () => {
        // Asked again inside: a desk that chose meanwhile has its choice kept.
        if (await access.get()) throw alreadySetUp()
        await access.choose(chosen)
        if (choice.signIn === 'none' || !pinHash) {
          await audit.record(this.actor(), { action: 'update', subjectType: 'desk', details: { signIn: 'none' } })
          return undefined
        }
        const created = await staff.create({ name: choice.ownerName, role: 'owner', doctor: false, pinHash })
        await audit.record(this.actorFor(created), { action: 'create', subjectType: 'staff', subjectId: created.id, details: { role: 'owner' } })
        return created
      })
      if (owner) this.person = { id: owner.id, name: owner.name, role: owner.role, doctor: owner.doctor }
    } catch (error) {
      // Another desk's first start won the race on the setting's key.
      if (!(error instanceof AppError) && (await access.get())) throw alreadySetUp()
      throw error
    }
    return this.state()
  }

  /**
   * A tap on a name and the PIN. Each try is counted before the PIN is checked, at every desk
   * alike; the fifth wrong one in a row starts a wait, and a try during a wait is not checked.
   */
  async signIn(staffId: string, pin: string): Promise<DeskState> {
    const { staff, audit, database } = this.context
    const member = await staff.find(staffId)
    if (!member.active) throw new AppError('forbidden', words('signIn.inactive', { name: member.name }))
    const now = this.clock()
    const counted = await staff.countTry(member.id, now)
    if (!counted) throw new AppError('forbidden', tooManyWrongPins(member.name, secondsToWait(member.tries, now) || nextWaitSeconds(member.tries.waits)))
    // Tries beyond the limit are ones made at once with the fifth: refused unchecked, the fifth starts the wait.
    if (counted.wrongPins > WRONG_PINS_BEFORE_WAIT) throw new AppError('forbidden', tooManyWrongPins(member.name, nextWaitSeconds(counted.waits)))
    if (await pinMatches(pin, member.pinHash)) {
      const person = { id: member.id, name: member.name, role: member.role, doctor: member.doctor }
      await database.inOneTransaction(async () => {
        await staff.clearTries(member.id)
        await audit.record(this.actorFor(person), { action: 'sign-in', subjectType: 'staff', subjectId: member.id })
      })
      this.person = person
      return this.state()
    }
    if (counted.wrongPins < WRONG_PINS_BEFORE_WAIT) {
      const left = WRONG_PINS_BEFORE_WAIT - counted.wrongPins
      throw new AppError('forbidden', words(left === 1 ? 'signIn.pin.wrongTriesLeft.one' : 'signIn.pin.wrongTriesLeft.other', { count: left }), {
        pin: words('signIn.pin.wrong')
      })
    }
    const seconds = nextWaitSeconds(counted.waits)
    await database.inOneTransaction(async () => {
      await staff.startWait(member.id, counted.waits, new Date(now.getTime() + seconds * 1000))
      await audit.record(this.actor(), { action: 'pin-wait', subjectType: 'staff', subjectId: member.id, details: { seconds } })
    })
    throw new AppError('forbidden', tooManyWrongPins(member.name, seconds))
  }

  /**
   * Nobody is signed in here from now on, whatever else fails: the entry naming who locked it,
   * and why, is written if it can be (a server out of reach cannot keep a desk unlocked).
   */
  async lock(reason: 'lock' | 'switch' | 'idle'): Promise<DeskState> {
    const leaving = this.person && this.actor()
    this.person = undefined
    for (const listener of this.lockListeners) listener()
    if (leaving) {
      await this.context.audit.record(leaving, { action: 'lock', subjectType: 'desk', details: { reason } }).catch((error: unknown) => {
        console.error('The lock could not be logged:', error)
      })
    }
    return this.state()
  }

  /** Called whenever nobody is signed in here any more: what shows a client outside the window (a PDF viewer) closes. */
  onLock(listener: () => void): void {
    this.lockListeners.push(listener)
  }

  /** Staff sign-in on or off, and the idle time. Sign-in needs an owner who can sign in. */
  async updateAccess(access: DeskAccess): Promise<DeskAccess> {
    if (access.signIn === 'staff' && !(await this.context.staff.hasActiveOwner())) {
      throw new AppError('invalid_input', words('signIn.noOwner'))
    }
    return this.context.database.inOneTransaction(async () => {
      await this.context.audit.record(this.actor(), { action: 'update', subjectType: 'desk', details: { ...access } })
      return this.context.access.save(access)
    })
  }

  /**
   * Whether the one at this desk may let a visit the screening stopped go ahead: the owner, or
   * a doctor. Where staff sign in, the person's own name is the one recorded; where nobody
   * does (and so the desk acts as the owner), the name typed is.
   */
  async stopOverride(): Promise<{ allowed: false } | { allowed: true; signedInName: string | undefined }> {
    const role = await this.roleNow(await this.context.access.get())
    const { staffId } = this.actor()
    if (staffId) {
      const member = await this.context.staff.find(staffId)
      return member.role === 'owner' || member.doctor ? { allowed: true, signedInName: member.name } : { allowed: false }
    }
    return role === 'owner' ? { allowed: true, signedInName: undefined } : { allowed: false }
  }

  /** Signs a person in for one run of the admin CLI (`--as NAME` with the PIN from AFTERCARE_PIN). */
  async signInByName(name: string, pin: string): Promise<void> {
    const member = await this.context.staff.findByName(name)
    await this.signIn(member.id, pin)
  }

  /** The role calls are made with now: the person's own, the owner's where nobody signs in, or none (locked, or not set up). */
  private async roleNow(setting: DeskAccess | undefined): Promise<StaffRole | undefined> {
    if (!setting) return this.context.whenNotSetUp === 'open' ? 'owner' : undefined
    if (setting.signIn === 'none') {
      // Sign-in was turned off: nobody is named for what this desk does from now on.
      this.person = undefined
      return 'owner'
    }
    const person = await this.stillSignedIn()
    if (person) return person.role
    return this.context.nobodySignedIn === 'reception' ? 'reception' : undefined
  }

  /** The signed-in person as the register has them now: a person deactivated at another desk is signed out here. */
  private async stillSignedIn(): Promise<Person | undefined> {
    if (!this.person) return undefined
    const member = await this.context.staff.find(this.person.id).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined
      throw error
    })
    this.person = member?.active ? { id: member.id, name: member.name, role: member.role, doctor: member.doctor } : undefined
    return this.person
  }
}

const alreadySetUp = (): AppError => new AppError('forbidden', words('access.alreadySetUp'))

function refusal(setting: DeskAccess | undefined, role: StaffRole | undefined): AppError {
  if (!setting) return new AppError('signed_out', words('access.setUpFirst'))
  return role === undefined ? new AppError('signed_out', words('access.signInFirst')) : new AppError('forbidden', words('access.ownerOnly'))
}

function tooManyWrongPins(name: string, seconds: number): string {
  return words(seconds === 1 ? 'signIn.tooManyWrong.one' : 'signIn.tooManyWrong.other', { name, count: seconds })
}
