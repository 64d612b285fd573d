import { DEFAULT_PREPARATION } from '../preparation/default-preparation'
import { QUESTIONNAIRE_FORMAT, type Questionnaire, type ScreeningQuestion, type WaitWindow } from './questionnaire'

/**
 * The questionnaire a clinic starts with: one or two questions for every contraindication in
 * the research notes (pretreatment-facts.md, table a), with their safe defaults where sources
 * disagree (isotretinoin six months, toxin and filler 14 days then review until 28, keloid,
 * blood thinners and metal allergy reviewed rather than refused). The clinic's medical lead
 * should approve or change them; the clinic owns the result.
 */

const days = (amount: number): WaitWindow => ({ amount, unit: 'days' })
const months = (amount: number): WaitWindow => ({ amount, unit: 'months' })

type Marks = Partial<Pick<ScreeningQuestion, 'askAloud' | 'radiofrequencyOnly'>>

const yesNo =
  (outcome: 'stop' | 'review') =>
  (id: string, text: string, reason: string, marks: Marks = {}): ScreeningQuestion => ({
    id,
    kind: 'yes-no',
    text,
    askAloud: marks.askAloud ?? false,
    radiofrequencyOnly: marks.radiofrequencyOnly ?? false,
    ifYes: { outcome, reason }
  })
const yesStop = yesNo('stop')
const yesReview = yesNo('review')

const WAIT_AFTER_INJECTABLE = (what: string): Extract<ScreeningQuestion, { kind: 'last-date' }>['windows'] => [
  { within: days(14), outcome: 'defer', reason: `${what} in the area less than 14 days ago: wait until it has settled.` },
  { within: days(28), outcome: 'review', reason: `${what} in the area less than 4 weeks ago: the practitioner decides.` }
]

export const DEFAULT_QUESTIONNAIRE: Questionnaire = {
  format: QUESTIONNAIRE_FORMAT,
  name: 'Microneedling screening',
  questions: [
    yesStop(
      'infection_or_wound',
      'Is there an infection, an open cut or a sore on any area we are treating today?',
      'Infection or broken skin in the area: it has to heal before we needle there.'
    ),
    yesStop('cold_sore_now', 'Do you have a cold sore at the moment, or one starting?', 'An active cold sore: the visit waits until it has healed.', {
      askAloud: true
    }),
    yesReview(
      'cold_sore_history',
      'Have you ever had cold sores?',
      'Cold sores in the past: the prescriber decides whether an antiviral is started before the treatment.'
    ),
    yesStop('acne_inflamed', 'Are there red, swollen acne spots in the area today?', 'Inflamed acne in the area: the visit waits until it has settled.'),
    yesStop(
      'skin_condition_flaring',
      'Is eczema, psoriasis or rosacea flaring in the area right now?',
      'A skin condition is flaring in the area: the visit waits until the skin is calm.'
    ),
    yesReview(
      'skin_condition_calm',
      'Do you have eczema, psoriasis or rosacea in the area, even if it is calm at the moment?',
      'A skin condition in the area: the practitioner checks that it is calm before treating.'
    ),
    yesReview(
      'skin_cancer_mole_wart',
      'Is there a skin cancer, a raised mole or a wart in the area, or have you had skin cancer there?',
      'A mole, wart or skin cancer in the area: never needle over it. The practitioner leaves that spot out; after skin cancer a doctor must agree first.'
    ),
    {
      id: 'isotretinoin',
      kind: 'last-date',
      text: 'When did you last take isotretinoin tablets (Roaccutane, Accutane)? If you take them now, give today’s date.',
      askAloud: true,
      radiofrequencyOnly: false,
      windows: [
        {
          within: months(6),
          outcome: 'stop',
          reason: 'Isotretinoin in the last 6 months: the skin heals poorly. Only a doctor can allow the treatment.'
        }
      ]
    },
    yesStop('pregnant', 'Are you pregnant, or could you be?', 'Pregnancy: the treatment waits until after the pregnancy.', { askAloud: true }),
    yesStop('breastfeeding', 'Are you breastfeeding?', 'Breastfeeding: the treatment waits until breastfeeding has ended.'),
    yesReview(
      'keloid_scarring',
      'Have you ever had keloid scars, or scars that grew thick and raised?',
      'Keloid or raised scarring: the practitioner decides, and never treats over a keloid.'
    ),
    yesStop(
      'bleeding_disorder',
      'Do you have a bleeding disorder, such as haemophilia?',
      'A bleeding disorder: a doctor’s written agreement is needed before any treatment.'
    ),
    yesReview(
      'blood_thinners',
      'Do you take blood thinners, or aspirin your doctor prescribed?',
      'Blood thinners or prescribed aspirin: the practitioner decides. Never ask the client to stop them; only their prescriber can.',
      { askAloud: true }
    ),
    yesStop(
      'immune_suppressed',
      'Are you having chemotherapy or radiotherapy, or taking high-dose steroids or other medicines that lower your immunity?',
      'Cancer treatment or medicines that lower immunity: no treatment while they last, and then only with the specialist’s agreement.'
    ),
    yesReview(
      'autoimmune',
      'Do you have an autoimmune condition, such as lupus or scleroderma?',
      'An autoimmune condition: a doctor must agree before the treatment.'
    ),
    yesStop(
      'diabetes_uncontrolled',
      'Do you have diabetes that is not well controlled at the moment?',
      'Diabetes that is not under control: the skin heals poorly, so the visit waits.'
    ),
    yesReview('diabetes', 'Do you have diabetes?', 'Diabetes: the practitioner checks that it is well controlled before treating.'),
    {
      id: 'sunburn_or_tan',
      kind: 'last-date',
      text: 'When did the area last get sunburnt or freshly tanned (sun or sunbed)?',
      askAloud: true,
      radiofrequencyOnly: false,
      windows: [{ within: days(14), outcome: 'defer', reason: 'Sunburn or a fresh tan in the last 2 weeks: the skin needs time to recover.' }]
    },
    yesReview(
      'nickel_allergy',
      'Are you allergic to nickel or stainless steel, for example a rash from jewellery or watch straps?',
      'Nickel allergy: the needles are stainless steel with some nickel in it. The practitioner decides.'
    ),
    yesReview(
      'numbing_cream_allergy',
      'Have you ever reacted badly to a numbing cream, such as lidocaine?',
      'A reaction to numbing cream: the practitioner decides, and no numbing cream is used.'
    ),
    {
      id: 'botulinum_toxin',
      kind: 'last-date',
      text: 'When did you last have anti-wrinkle injections (botulinum toxin) in the areas we are treating?',
      askAloud: true,
      radiofrequencyOnly: false,
      windows: WAIT_AFTER_INJECTABLE('Anti-wrinkle injections')
    },
    {
      id: 'dermal_filler',
      kind: 'last-date',
      text: 'When did you last have dermal filler in the areas we are treating?',
      askAloud: true,
      radiofrequencyOnly: false,
      windows: WAIT_AFTER_INJECTABLE('Dermal filler')
    },
    {
      id: 'light_peel_or_laser',
      kind: 'last-date',
      text: 'When did you last have a light peel, a laser or IPL treatment in the area?',
      askAloud: false,
      radiofrequencyOnly: false,
      windows: [{ within: days(14), outcome: 'defer', reason: 'A light peel, laser or IPL in the last 2 weeks: the skin needs time to recover.' }]
    },
    {
      id: 'deep_peel_or_ablative_laser',
      kind: 'last-date',
      text: 'When did you last have a deep peel or an ablative laser treatment in the area?',
      askAloud: false,
      radiofrequencyOnly: false,
      windows: [
        { within: days(30), outcome: 'defer', reason: 'A deep peel or ablative laser in the last 30 days: the skin needs time to recover.' }
      ]
    },
    {
      id: 'hair_removal',
      kind: 'last-date',
      text: 'When was the area last waxed, treated with hair-removal cream, or had electrolysis?',
      askAloud: false,
      radiofrequencyOnly: false,
      windows: [{ within: days(7), outcome: 'defer', reason: 'Waxing, hair-removal cream or electrolysis in the last week: the skin needs a few days.' }]
    },
    {
      id: 'surgery_or_new_scar',
      kind: 'last-date',
      text: 'When did you last have surgery in the area (the date of the scar)?',
      askAloud: false,
      radiofrequencyOnly: false,
      windows: [
        { within: months(12), outcome: 'review', reason: 'Surgery in the area in the last year: a doctor must agree that the scar can be treated.' }
      ]
    },
    yesReview(
      'photosensitising_medicine',
      'Do you take any medicine that makes your skin more sensitive to sunlight?',
      'A medicine that makes the skin sensitive to light: higher risk of dark marks. The practitioner decides.'
    ),
    yesReview(
      'darker_skin',
      'Does the skin rarely burn and tan easily, or is it naturally brown or black (Fitzpatrick IV to VI)?',
      'Darker skin types are more prone to dark marks after treatment: the practitioner chooses the depth with care.'
    ),
    yesStop(
      'rf_implanted_device',
      'Do you have a pacemaker, a defibrillator or any other implanted electronic device?',
      'An implanted electronic device: radiofrequency must not be used.',
      { radiofrequencyOnly: true, askAloud: true }
    ),
    yesReview(
      'rf_metal_implant',
      'Is there a metal implant in the area, such as plates, screws or metal threads?',
      'Metal in the area: radiofrequency heats metal. The practitioner decides.',
      { radiofrequencyOnly: true }
    ),
    yesReview(
      'rf_metal_allergy',
      'Are you allergic to any metal, including gold?',
      'A metal allergy: the metal under the needles’ gold coating can still cause a reaction. The practitioner decides.',
      { radiofrequencyOnly: true }
    )
  ],
  preparation: DEFAULT_PREPARATION
}
