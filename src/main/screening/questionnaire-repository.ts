import type { Kysely } from 'kysely'
import { DEFAULT_QUESTIONNAIRE } from '@shared/screening/default-questionnaire'
import { questionnaireSchema, type Questionnaire } from '@shared/screening/questionnaire'
import type { QuestionnaireVersion, QuestionnaireVersionInfo } from '@shared/screening/questionnaire-versions'
import type { Database } from '../db/schema'
import { VersionedDocuments, type VersionInfo } from '../db/versioned-documents'
import { words } from '@shared/words/words'

/**
 * Saved versions of the clinic's screening questionnaire, never changed once saved: a visit's
 * screening names the version it answered. A register with none gets the shipped default.
 */
export class QuestionnaireRepository {
  private readonly documents: VersionedDocuments<Questionnaire>

  constructor(db: Kysely<Database>, clock: () => Date = () => new Date()) {
    this.documents = new VersionedDocuments(
      db,
      {
        table: 'questionnaires',
        schema: questionnaireSchema,
        shipped: DEFAULT_QUESTIONNAIRE,
        shippedNote: () => words('questionnaire.shippedNote'),
        missing: (version) => words('questionnaire.versionMissing', { version: String(version) })
      },
      clock
    )
  }

  async current(): Promise<QuestionnaireVersion> {
    return asQuestionnaireVersion(await this.documents.current())
  }

  async get(version: number): Promise<QuestionnaireVersion> {
    return asQuestionnaireVersion(await this.documents.get(version))
  }

  /** Every version, newest first. */
  versions(): Promise<QuestionnaireVersionInfo[]> {
    return this.documents.versions()
  }

  async save(questionnaire: Questionnaire, note: string, createdBy: string): Promise<QuestionnaireVersion> {
    return asQuestionnaireVersion(await this.documents.save(questionnaire, note, createdBy))
  }
}

function asQuestionnaireVersion({ document, ...info }: VersionInfo & { document: Questionnaire }): QuestionnaireVersion {
  return { ...info, questionnaire: document }
}
