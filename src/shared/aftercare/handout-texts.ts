import { z } from 'zod'
import { refusal } from '../words/refusal'

/** The words a handout prints in one language, and the milestones and stages they name. */

/** The dated rules every plan lists, in the order a handout shows them. */
export const MILESTONE_KEYS = [
  'first_wash',
  'makeup_and_sunscreen',
  'sweating_and_heat',
  'strict_sun_avoidance',
  'daily_spf',
  'acids_and_scrubs',
  'retinoids'
] as const
export type MilestoneKey = (typeof MILESTONE_KEYS)[number]

/** The healing stages, in the order they happen. */
export const STAGE_KEYS = ['right_after', 'days_1_to_3', 'days_4_to_7', 'following_weeks', 'long_term'] as const
export type StageKey = (typeof STAGE_KEYS)[number]

const text = z
  .string(refusal('handoutText.missing'))
  .trim()
  .min(1, refusal('handoutText.empty'))

const lines = z.array(text, refusal('handoutText.lines.none')).min(1, refusal('handoutText.lines.none'))

const titled = <Shape extends z.ZodRawShape>(shape: Shape) => z.object({ title: text, ...shape })

const bandText = z.object({ name: text, healing: text }, refusal('handoutText.band.missing'))

const milestoneText = z.object({ label: text, advice: text }, refusal('handoutText.milestone.missing'))

const stageText = z.object({ title: text, whatYouWillSee: text, whatToDo: text }, refusal('handoutText.stage.missing'))

const question = z.object({ question: text, answer: text })

export const handoutTextsSchema = z.object({
  /** Keyed by band id; the protocol checks that every band has one. */
  bands: z.record(z.string(), bandText),
  about: titled({ paragraphs: lines }),
  milestonesTitle: text,
  milestones: z.record(z.enum(MILESTONE_KEYS), milestoneText),
  stagesTitle: text,
  stages: z.record(z.enum(STAGE_KEYS), stageText),
  nextSession: titled({ advice: text }),
  course: titled({ advice: text }),
  safeToUse: titled({ items: lines }),
  avoid: titled({ items: lines }),
  tips: titled({ items: lines }),
  precautions: titled({ items: lines }),
  callTheClinic: titled({ intro: text, signs: lines }),
  questions: titled({ items: z.array(question).min(1, refusal('handoutText.questions.none')) })
})
export type HandoutTexts = z.infer<typeof handoutTextsSchema>
