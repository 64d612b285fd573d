import type { Kysely } from 'kysely'
import { consentFormsSchema, type ConsentForms } from '@shared/consent/consent-form'
import type { ConsentFormVersion, ConsentFormVersionInfo } from '@shared/consent/consent-record'
import { DEFAULT_CONSENT_FORMS } from '@shared/consent/default-consent-forms'
import type { Database } from '../db/schema'
import { VersionedDocuments, type VersionInfo } from '../db/versioned-documents'
import { words } from '@shared/words/words'

/**
 * Saved versions of the clinic's consent form (every language in one version), never changed
 * once saved: a signed consent names the version its client read. A register with none gets
 * the shipped form.
 */
export class ConsentFormRepository {
  private readonly documents: VersionedDocuments<ConsentForms>

  constructor(db: Kysely<Database>, clock: () => Date = () => new Date()) {
    this.documents = new VersionedDocuments(
      db,
      {
        table: 'consent_forms',
        schema: consentFormsSchema,
        shipped: DEFAULT_CONSENT_FORMS,
        shippedNote: () => words('consentForm.shippedNote'),
        missing: (version) => words('consentForm.versionMissing', { version: String(version) })
      },
      clock
    )
  }

  async current(): Promise<ConsentFormVersion> {
    return asFormVersion(await this.documents.current())
  }

  async get(version: number): Promise<ConsentFormVersion> {
    return asFormVersion(await this.documents.get(version))
  }

  /** Every version, newest first. */
  versions(): Promise<ConsentFormVersionInfo[]> {
    return this.documents.versions()
  }

  async save(forms: ConsentForms, note: string, createdBy: string): Promise<ConsentFormVersion> {
    return asFormVersion(await this.documents.save(forms, note, createdBy))
  }
}

function asFormVersion({ document, ...info }: VersionInfo & { document: ConsentForms }): ConsentFormVersion {
  return { ...info, forms: document }
}
