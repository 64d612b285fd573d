import { useI18n } from 'vue-i18n'
import type { AuditEntry } from '@shared/audit/audit-entry'
import { auditWording } from '@shared/audit/audit-wording'
import { currentRegion } from '../format/region'

export { entryClientId } from '@shared/audit/audit-wording'

/** Says what an audit entry records, in the words of the desk: "Printed a handout". */
export function useAuditWording(): (entry: AuditEntry) => string {
  const { t } = useI18n()
  // The shared wording names its messages by path; vue-i18n's typed keys know them all.
  const say = (key: string, values: Record<string, string | number> = {}, plural?: number): string =>
    plural === undefined ? t(key as never, values) : t(key as never, values, plural)
  return auditWording(say, currentRegion)
}
