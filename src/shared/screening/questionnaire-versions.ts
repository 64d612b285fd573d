import { z } from 'zod'
import { deskUserName } from '../handouts/handout-kinds'
import { questionnaireSchema, type Questionnaire } from './questionnaire'
import { refusal } from '../words/refusal'

/** A saved version of the screening questionnaire: who saved it, when, and why. */
export interface QuestionnaireVersionInfo {
  version: number
  note: string
  createdBy: string
  createdAt: string
}

export interface QuestionnaireVersion extends QuestionnaireVersionInfo {
  questionnaire: Questionnaire
}

const versionNote = z.string().trim().max(500, refusal('version.note.tooLong')).default('')

export const saveQuestionnaireSchema = z.object({ questionnaire: questionnaireSchema, note: versionNote, createdBy: deskUserName })

export const restoreDefaultQuestionnaireSchema = z.object({ note: versionNote, createdBy: deskUserName })
