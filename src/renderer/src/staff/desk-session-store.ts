import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { RouteMeta } from 'vue-router'
import { ClinicCallError, unwrap } from '@shared/contract/clinic-api'
import type { CallName } from '@shared/contract/call-names'
import type { CallInput } from '@shared/contract/calls'
import type { CallResult } from '@shared/contract/errors'
import { CALL_ACCESS, DESKTOP_ACCESS, allows, type DesktopCapability } from '@shared/staff/call-access'
import { deskRole, type DeskState } from '@shared/staff/desk-access'

type LockReason = NonNullable<NonNullable<CallInput<'desk.lock'>>['reason']>

/** What a screen or control is for: a call of the contract, or one of the desktop's own actions. */
export type DeskCapability = CallName | DesktopCapability

const isDesktopCapability = (what: DeskCapability): what is DesktopCapability => what in DESKTOP_ACCESS

/**
 * Who is at this desk, as main says: nobody yet (the first start), one person with no
 * sign-in, a locked desk, or a signed-in person. The window shows and hides by it; main
 * checks every call anyway.
 */
export const useDeskSession = defineStore('desk-session', () => {
  const state = shallowRef<DeskState>()

  const person = computed(() => (state.value?.kind === 'signed in' ? state.value.person : undefined))
  const role = computed(() => (state.value ? deskRole(state.value) : undefined))
  /** Someone may use the register here: a person is signed in, or nobody needs to. */
  const atWork = computed(() => state.value?.kind === 'signed in' || state.value?.kind === 'open')
  const locked = computed(() => state.value?.kind === 'locked')
  /** The signed-in person when they treat clients (a practitioner, or the owner): who a new treatment names at first. */
  const practitioner = computed(() => (person.value && person.value.role !== 'reception' ? person.value.name : undefined))
  /** Whether the one here may let a visit the screening stopped go ahead: the owner (or the one person of a desk without sign-in), or a doctor. */
  const mayOverrideScreening = computed(() =>
    state.value?.kind === 'open' ? true : person.value !== undefined && (person.value.role === 'owner' || person.value.doctor)
  )

  /** Whether the person at the desk may do this; the window hides what they may not. */
  function may(what: DeskCapability): boolean {
    return allows(isDesktopCapability(what) ? DESKTOP_ACCESS[what] : CALL_ACCESS[what], role.value)
  }

  /** Whether a screen is shown to the person here: it needs nothing special, or what it needs they may do. */
  function mayOpen(screen: { meta: RouteMeta }): boolean {
    return !screen.meta.needs || may(screen.meta.needs)
  }

  async function keep(answer: Promise<CallResult<DeskState>>): Promise<DeskState> {
    const next = unwrap(await answer)
    state.value = next
    return next
  }

  const refresh = (): Promise<DeskState> => keep(window.clinic.desk.state({}))
  const setUp = (choice: CallInput<'desk.setUp'>): Promise<DeskState> => keep(window.clinic.desk.setUp(choice))
  const signIn = (staffId: string, pin: string): Promise<DeskState> => keep(window.clinic.desk.signIn({ staffId, pin }))

  /** Saves whether staff sign in and when the desk locks; turning sign-in on locks this desk at once. */
  async function updateAccess(access: CallInput<'desk.updateAccess'>): Promise<DeskState> {
    unwrap(await window.clinic.desk.updateAccess(access))
    return refresh()
  }

  /**
   * Locks the desk. The page is hidden even when main cannot be told (the register out of
   * reach): the lock screen then has nobody to list, and offers to lock again.
   */
  async function lock(reason: LockReason): Promise<void> {
    try {
      await keep(window.clinic.desk.lock({ reason }))
    } catch (error) {
      // Main's refusals and a register out of reach are expected here; anything else is a bug.
      if (!(error instanceof ClinicCallError)) console.error(error)
      const before = state.value
      if (before?.kind === 'signed in') state.value = { kind: 'locked', clinicName: before.clinicName, idleLockMinutes: before.idleLockMinutes, staff: [] }
    }
  }

  /**
   * Whether a failed call was refused only because nobody is signed in here (the desk locked
   * itself, or the person was made inactive at another desk): then nothing is reported, and
   * the window learns the desk's state afresh, showing the lock screen.
   */
  function refusedForLock(error: unknown): boolean {
    if (!(error instanceof ClinicCallError && error.code === 'signed_out')) return false
    if (atWork.value) void refresh().catch(() => undefined)
    return true
  }

  return { state, person, role, atWork, locked, practitioner, mayOverrideScreening, may, mayOpen, refresh, setUp, signIn, updateAccess, lock, refusedForLock }
})
