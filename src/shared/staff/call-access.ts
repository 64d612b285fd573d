import type { CallName } from '../contract/call-names'
import type { StaffRole } from './staff-member'

/**
 * Who may make each call: anyone at the desk, even locked (what the sign-in screen needs and
 * nothing about a client); any signed-in person; or the clinic owner alone. Main checks every
 * call against this one table; the window only hides what a role may not do.
 */
export type CallAccess = 'anyone' | 'staff' | 'owner' | 'owner or first start'

export const CALL_ACCESS: Record<CallName, CallAccess> = {
  'desk.state': 'anyone',
  'desk.setUp': 'anyone',
  'desk.signIn': 'anyone',
  'desk.lock': 'anyone',
  // Only a number that moves with every change: it says nothing about what changed.
  'app.changes': 'anyone',
  'app.info': 'staff',
  'clients.create': 'staff',
  'clients.update': 'staff',
  'clients.get': 'staff',
  'clients.list': 'staff',
  'clients.count': 'staff',
  'clients.setArchived': 'staff',
  'clients.search': 'staff',
  'clients.exportData': 'owner',
  'clients.erase': 'owner',
  'clients.retention': 'owner',
  'treatments.create': 'staff',
  'treatments.get': 'staff',
  'treatments.listForClient': 'staff',
  'treatments.listForDay': 'staff',
  'treatments.suggestions': 'staff',
  'aftercare.plan': 'staff',
  'handouts.produce': 'staff',
  'handouts.reprint': 'staff',
  'handouts.listForClient': 'staff',
  'handouts.combine': 'staff',
  'prepSheets.produce': 'staff',
  'prepSheets.listForClient': 'staff',
  'recalls.list': 'staff',
  'recalls.recordContact': 'staff',
  // The call list is the front desk's work: names and phones of the clients it already sees.
  'recalls.csv': 'staff',
  'protocol.current': 'staff',
  'protocol.get': 'staff',
  'protocol.versions': 'staff',
  'protocol.save': 'owner',
  'protocol.restoreDefaults': 'owner',
  'protocol.compare': 'owner',
  'protocol.preview': 'owner',
  'screening.current': 'staff',
  'screening.get': 'staff',
  'screening.versions': 'staff',
  'screening.save': 'owner',
  'screening.restoreDefaults': 'owner',
  'screenings.record': 'staff',
  'screenings.listForClient': 'staff',
  'consent.current': 'staff',
  'consent.get': 'staff',
  'consent.versions': 'staff',
  'consent.save': 'owner',
  'consent.restoreDefaults': 'owner',
  'consents.sign': 'staff',
  'consents.reprint': 'staff',
  'consents.listForClient': 'staff',
  'consents.check': 'staff',
  'settings.get': 'staff',
  'settings.update': 'owner',
  'settings.setLogo': 'owner',
  'settings.removeLogo': 'owner',
  'settings.setRetention': 'owner',
  'settings.logo': 'staff',
  'exports.clientsCsv': 'owner',
  'exports.treatmentsCsv': 'owner',
  'imports.previewClientsCsv': 'owner',
  'imports.clientsCsv': 'owner',
  'audit.list': 'owner',
  'privacy.retentionReview': 'owner',
  'backups.list': 'owner',
  'staff.list': 'owner',
  'staff.create': 'owner',
  'staff.update': 'owner',
  'staff.setPin': 'owner',
  'desk.updateAccess': 'owner'
}

/**
 * What only the desktop does, on channels of its own: showing, printing or saving a file the
 * desk already has is the work of anyone signed in; copying the whole register out, replacing
 * it, or moving it is the owner's. A new desk joins the clinic's server from its first start,
 * before anyone works on it (the server's register has the clinic's staff): seeing where the
 * register is, testing a server and joining it are open then; moving a register is not.
 */
export const DESKTOP_ACCESS = {
  file: 'staff',
  backup: 'owner',
  restore: 'owner',
  export: 'owner',
  moveRegister: 'owner',
  joinServer: 'owner or first start'
} as const satisfies Record<string, CallAccess>
export type DesktopCapability = keyof typeof DESKTOP_ACCESS

/** Whether a person of `role` (none: nobody is signed in, or nobody has set the clinic up) may make a call of this access. */
export function allows(access: CallAccess, role: StaffRole | undefined, firstStart = false): boolean {
  if (access === 'anyone') return true
  if (access === 'staff') return role !== undefined
  return role === 'owner' || (access === 'owner or first start' && firstStart)
}
