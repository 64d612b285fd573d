/**
 * Every call the renderer may make, by name. Kept apart from the schemas so the preload
 * can build `window.clinic` from it without bundling zod.
 */
export const CALL_NAMES = [
  'desk.state',
  'desk.setUp',
  'desk.signIn',
  'desk.lock',
  'desk.updateAccess',
  'staff.list',
  'staff.create',
  'staff.update',
  'staff.setPin',
  'app.info',
  'app.changes',
  'clients.create',
  'clients.update',
  'clients.get',
  'clients.list',
  'clients.count',
  'clients.setArchived',
  'clients.search',
  'clients.exportData',
  'clients.erase',
  'clients.retention',
  'treatments.create',
  'treatments.get',
  'treatments.listForClient',
  'treatments.listForDay',
  'treatments.suggestions',
  'aftercare.plan',
  'handouts.produce',
  'handouts.reprint',
  'handouts.listForClient',
  'handouts.combine',
  'prepSheets.produce',
  'prepSheets.listForClient',
  'protocol.current',
  'protocol.get',
  'protocol.versions',
  'protocol.save',
  'protocol.restoreDefaults',
  'protocol.compare',
  'protocol.preview',
  'screening.current',
  'screening.get',
  'screening.versions',
  'screening.save',
  'screening.restoreDefaults',
  'screenings.record',
  'screenings.listForClient',
  'settings.get',
  'settings.update',
  'settings.setLogo',
  'settings.removeLogo',
  'settings.setRetention',
  'settings.logo',
  'exports.clientsCsv',
  'exports.treatmentsCsv',
  'imports.previewClientsCsv',
  'imports.clientsCsv',
  'audit.list',
  'privacy.retentionReview',
  'backups.list'
] as const
export type CallName = (typeof CALL_NAMES)[number]

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name)
}

/** The one IPC channel all calls travel on. */
export const CLINIC_CHANNEL = 'clinic:call'
