import type { Migration } from './migration'
import { registerTables } from './001-register'
import { clientSearch } from './002-client-search'
import { handouts } from './003-handouts'
import { auditLog } from './004-audit-log'
import { searchSpeed } from './005-search-speed'
import { auditByClient } from './006-audit-by-client'
import { treatmentChoices } from './007-treatment-choices'
import { treatmentsInOrder } from './008-treatments-in-order'
import { clientVersions } from './009-client-versions'
import { registerChanges } from './010-register-changes'
import { registerListOrder } from './011-register-list-order'
import { staff } from './012-staff'
import { handoutContent } from './013-handout-content'
import { screening } from './014-screening'
import { prepSheets } from './016-prep-sheets'

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [registerTables, clientSearch, handouts, auditLog, searchSpeed, auditByClient, treatmentChoices, treatmentsInOrder, clientVersions, registerChanges, registerListOrder, staff, handoutContent, screening, prepSheets]
