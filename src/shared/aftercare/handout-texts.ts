import { z } from 'zod'

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
  .string({ error: 'Write this text: it is printed on the handout.' })
  .trim()
  .min(1, "This text can't be empty: it is printed on the handout.")

const lines = z.array(text, 'Write at least one line.').min(1, 'Write at least one line.')

const titled = <Shape extends z.ZodRawShape>(shape: Shape) => z.object({ title: text, ...shape })

const bandText = z.object({ name: text, healing: text }, 'Write a name and a healing description for this band.')

const milestoneText = z.object(
  { label: text, advice: text },
  'Write a label and a sentence of advice for this milestone.'
)

const stageText = z.object(
  { title: text, whatYouWillSee: text, whatToDo: text },
  'Write a title, what the patient will see and what to do for this stage.'
)

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
  questions: titled({ items: z.array(question).min(1, 'Write at least one question and answer.') })
})
export type HandoutTexts = z.infer<typeof handoutTextsSchema>
