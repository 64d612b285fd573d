import type { Page } from '@playwright/test'
import { DEFAULT_QUESTIONNAIRE } from '../../src/shared/screening/default-questionnaire'
import type { Questionnaire } from '../../src/shared/screening/questionnaire'
import { asFormat1 } from '../support/questionnaire-format-1'
import { expectNoSeriousAxeViolations } from './support/accessibility'
import { expect, test } from './support/desk'
import { holdsTheWindow, openRoute } from './support/navigation'

// The clinic's screening questionnaire, edited by the owner: a draft checked by the shared
// schema as it is typed, a preview of the questions as the desk asks them, every version kept,
// and JSON files exported and imported (a bad one refused with nothing saved).

async function openEditor(desk: Page): Promise<void> {
  await openRoute(desk, '/settings/screening')
  await expect(desk.getByRole('heading', { name: 'Screening questionnaire', level: 1 })).toBeVisible()
}

/** Opens a question's panel by its words, and returns the panel's fields. */
async function openQuestion(desk: Page, id: string, words: string) {
  await desk.getByRole('button', { name: new RegExp(words) }).click()
  const question = desk.locator(`[data-question="${id}"]`)
  await expect(question).toBeVisible()
  return question
}

function importFile(desk: Page, name: string, content: unknown) {
  return desk.locator('#screening-import').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content))
  })
}

test('the owner edits a reason and a waiting time, sees the preview change, and saves version 2 with a note', async ({ desk, register, saveScreenshot }) => {
  // Screens the whole questionnaire several times over: slower than most.
  test.slow()
  await register.ok('settings.update', { name: 'Harbour Skin Clinic', deskUsers: ['Priya'] })
  await desk.getByRole('link', { name: 'Settings' }).click()
  await desk.getByRole('button', { name: 'Edit the screening questionnaire' }).click()
  await expect(desk.getByRole('heading', { name: 'Screening questionnaire', level: 1 })).toBeVisible()
  await expect(desk).toHaveTitle(/^Screening questionnaire · /)
  await expect(desk.getByText('Version 1, saved', { exact: false })).toBeVisible()

  const preview = desk.getByTestId('screening-preview')
  const asked = DEFAULT_QUESTIONNAIRE.questions.filter((question) => !question.radiofrequencyOnly).length
  await expect(preview.getByRole('listitem').filter({ has: desk.locator('.question__text') })).toHaveCount(asked)
  await expect(preview).not.toContainText('pacemaker')
  // For a radiofrequency device its own questions are asked too.
  await desk.getByText('For a radiofrequency device').click()
  await expect(preview).toContainText('Do you have a pacemaker')
  await expect(preview.getByRole('listitem').filter({ has: desk.locator('.question__text') })).toHaveCount(DEFAULT_QUESTIONNAIRE.questions.length)

  // A yes-no question's reason.
  const coldSore = await openQuestion(desk, 'cold_sore_now', 'Do you have a cold sore at the moment')
  await coldSore.getByLabel('What the desk is told').fill('A cold sore now: rebook once it has fully healed, usually 10 days.')
  await expect(preview).toContainText('Yes: Do not treat today. A cold sore now: rebook once it has fully healed, usually 10 days.')

  // A waiting time of a "last time" question: 6 months becomes 9, and a wrong amount is named beside it.
  const isotretinoin = await openQuestion(desk, 'isotretinoin', 'When did you last take isotretinoin')
  const amount = isotretinoin.getByRole('textbox', { name: 'Waiting time 1: less than' })
  await expect(amount).toHaveValue('6')
  await amount.fill('0')
  await expect(isotretinoin.getByText('A waiting time is at least 1 day, week or month.')).toBeVisible()
  await expect(desk.getByTestId('problem-count')).toContainText('1 problem to fix')
  await desk.getByRole('button', { name: 'Save as a new version' }).click()
  await expect(desk.getByText('Not saved: fix the messages first.')).toBeVisible()
  expect(await register.ok('screening.versions', {})).toHaveLength(1)
  await amount.fill('9')
  await isotretinoin.getByLabel('What the desk is told').fill('Isotretinoin in the last 9 months: only a doctor can allow the treatment.')
  await expect(preview).toContainText('Less than 9 months ago: Do not treat today. Isotretinoin in the last 9 months: only a doctor can allow the treatment.')
  await expect(desk.getByTestId('problem-count')).toBeHidden()

  // A new question: its id is made from its words, and it is moved up one place.
  await desk.getByRole('button', { name: 'Add a question' }).click()
  const added = desk.locator('[data-question="question"]')
  await expect(added.getByLabel('Question as the desk reads it')).toBeFocused()
  await added.getByLabel('Question as the desk reads it').fill('Have you had a chemical peel in the last week?')
  const peel = desk.locator('[data-question="have_you_had_a_chemical_peel_in_the_last"]')
  await expect(peel.getByLabel('Question id')).toHaveValue('have_you_had_a_chemical_peel_in_the_last')
  await expect(peel.getByText('Write what this answer means in English: the desk shows it wherever another language has none.')).toBeVisible()
  await peel.getByLabel('Question id').fill('recent_peel')
  const recentPeel = desk.locator('[data-question="recent_peel"]')
  await recentPeel.getByLabel('Answered with').selectOption('last-date')
  await recentPeel.getByRole('textbox', { name: 'Waiting time 1: less than' }).fill('7')
  await recentPeel.getByLabel('Outcome').selectOption('defer')
  await recentPeel.getByLabel('What the desk is told').fill('A chemical peel in the last week: wait until the skin has settled.')
  await recentPeel.getByRole('button', { name: 'Move up' }).click()
  await expect(preview).toContainText('Less than 7 days ago: Wait. A chemical peel in the last week')
  await expect(desk.getByText('Unsaved changes')).toBeVisible()

  // The same texts in Spanish: the cold sore reason rewritten, as a Spanish desk will be told it;
  // the new question has no Spanish yet, so its English stands in the empty box.
  await desk.getByTestId('texts-language').getByRole('button', { name: 'Spanish' }).click()
  await expect(preview).toContainText('¿Tiene ahora un herpes labial, o nota que le está empezando uno?')
  const coldSoreInSpanish = coldSore.getByLabel('What the desk is told (Spanish)')
  await expect(coldSoreInSpanish).toHaveValue('Herpes labial activo: la sesión se aplaza hasta que haya curado.')
  await coldSoreInSpanish.fill('Herpes labial activo: se vuelve a citar cuando haya curado del todo, normalmente en 10 días.')
  await expect(preview).toContainText('Yes: Do not treat today. Herpes labial activo: se vuelve a citar cuando haya curado del todo')
  const peelInSpanish = recentPeel.getByLabel('Question as the desk reads it (Spanish)')
  await expect(peelInSpanish).toHaveValue('')
  await expect(peelInSpanish).toHaveAttribute('placeholder', 'Have you had a chemical peel in the last week?')
  await expect(recentPeel.getByText('Left empty, the desk shows the English.').first()).toBeVisible()
  await expect(preview).toContainText('Have you had a chemical peel in the last week?')

  await expectNoSeriousAxeViolations(desk, 'screening questionnaire editor')
  await saveScreenshot('screening-editor-01-editing')

  await desk.getByLabel('What changed (a short note)').fill('Cold sore wording, isotretinoin 9 months, recent peels')
  await desk.getByRole('button', { name: 'Save as a new version' }).click()
  await expect(desk.getByText('Version 2 saved')).toBeVisible()
  await expect(desk.getByText('Unsaved changes')).toBeHidden()

  const versions = await register.ok('screening.versions', {})
  expect(versions.map((version) => version.version)).toEqual([2, 1])
  expect(versions[0]).toMatchObject({ version: 2, createdBy: 'Priya', note: 'Cold sore wording, isotretinoin 9 months, recent peels' })
  const saved = (await register.ok('screening.current', {})).questionnaire
  const byId = new Map(saved.questions.map((question) => [question.id, question]))
  const shippedColdSore = DEFAULT_QUESTIONNAIRE.questions.find((question) => question.id === 'cold_sore_now')
  if (shippedColdSore?.kind !== 'yes-no') throw new Error('the default questionnaire asks about cold sores now')
  expect(byId.get('cold_sore_now')).toMatchObject({
    ifYes: {
      outcome: 'stop',
      reason: {
        ...shippedColdSore.ifYes.reason,
        en: 'A cold sore now: rebook once it has fully healed, usually 10 days.',
        es: 'Herpes labial activo: se vuelve a citar cuando haya curado del todo, normalmente en 10 días.'
      }
    }
  })
  expect(byId.get('isotretinoin')).toMatchObject({ windows: [{ within: { amount: 9, unit: 'months' }, outcome: 'stop' }] })
  const ids = saved.questions.map((question) => question.id)
  expect(ids.indexOf('recent_peel')).toBe(ids.length - 2)
  expect(byId.get('recent_peel')).toEqual({
    id: 'recent_peel',
    kind: 'last-date',
    text: { en: 'Have you had a chemical peel in the last week?' },
    askAloud: false,
    radiofrequencyOnly: false,
    windows: [{ within: { amount: 7, unit: 'days' }, outcome: 'defer', reason: { en: 'A chemical peel in the last week: wait until the skin has settled.' } }]
  })

  // Every version listed, newest first.
  const listed = desk.getByTestId('versions').getByRole('listitem')
  await expect(listed).toHaveCount(2)
  await expect(listed.first()).toContainText('Version 2')
  await expect(listed.first()).toContainText('Cold sore wording, isotretinoin 9 months, recent peels')
  await expect(listed.last()).toContainText('Version 1')

  // Exported as JSON: the version saved, as the import reads it back.
  await desk.getByRole('button', { name: 'Export JSON' }).click()
  await expect.poll(() => desk.evaluate(() => window.__deskFiles.length)).toBe(1)
  const exported = await desk.evaluate(() => {
    const { file } = window.__deskFiles[0]!
    return { fileName: file.fileName, mimeType: file.mimeType, text: new TextDecoder().decode(file.bytes) }
  })
  expect(exported).toMatchObject({ fileName: 'screening-questionnaire-v2.json', mimeType: 'application/json' })
  expect(JSON.parse(exported.text)).toEqual(saved)
  await saveScreenshot('screening-editor-02-saved')
})

test('a bad questionnaire file is refused with the schema’s message, and nothing is saved', async ({ desk, register, saveScreenshot }) => {
  await openEditor(desk)
  const good = (await register.ok('screening.current', {})).questionnaire
  const alert = desk.getByRole('alert').filter({ hasText: 'That file was not imported' })

  const stopWithoutReason = structuredClone(good) as Questionnaire
  const pregnant = stopWithoutReason.questions.find((question) => question.id === 'pregnant')
  if (pregnant?.kind !== 'yes-no') throw new Error('the default questionnaire asks about pregnancy')
  pregnant.ifYes.reason = { en: ' ', es: 'Embarazo.' }
  await importFile(desk, 'no-reason.json', stopWithoutReason)
  const pregnantAt = stopWithoutReason.questions.indexOf(pregnant) + 1
  await expect(alert).toContainText(
    `That file was not imported: Question ${pregnantAt} (pregnant): Write what this answer means in English: the desk shows it wherever another language has none.`
  )
  await saveScreenshot('screening-editor-03-bad-file')

  const twice = structuredClone(good)
  twice.questions[1]!.id = twice.questions[0]!.id
  await importFile(desk, 'same-id.json', twice)
  await expect(alert).toContainText(`Two questions have the id "${good.questions[0]!.id}": give each question its own id.`)

  const negative = structuredClone(good) as Questionnaire
  const filler = negative.questions.find((question) => question.kind === 'last-date')
  if (filler?.kind !== 'last-date') throw new Error('the default questionnaire has a last-date question')
  filler.windows[0]!.within = { amount: -1, unit: 'days' }
  await importFile(desk, 'minus-one.json', negative)
  await expect(alert).toContainText('A waiting time is at least 1 day, week or month.')

  await importFile(desk, 'notes.json', 'isotretinoin: 6 months')
  await expect(alert).toContainText('That file is not a screening questionnaire in JSON.')

  expect(await register.ok('screening.versions', {})).toHaveLength(1)
  await expect(desk.getByTestId('versions').getByRole('listitem')).toHaveCount(1)

  // A good file is saved as a new version, named after the file: here one exported before the
  // questions had languages (format 1), read with the shipped translations.
  await desk.getByLabel('Saved by').fill('Priya')
  const renamed = asFormat1({ ...structuredClone(good), name: 'Harbour screening' })
  await importFile(desk, 'harbour.json', renamed)
  await expect(desk.getByText('Imported as version 2')).toBeVisible()
  await expect(alert).toBeHidden()
  await expect(desk.getByLabel('Questionnaire name')).toHaveValue('Harbour screening')
  expect((await register.ok('screening.versions', {}))[0]).toMatchObject({ version: 2, note: 'Imported from harbour.json' })
  expect((await register.ok('screening.current', {})).questionnaire).toEqual({ ...DEFAULT_QUESTIONNAIRE, name: 'Harbour screening' })
})

test('unsaved edits hold the window and other screens; the shipped defaults come back as a new version', async ({ desk, register }) => {
  await openEditor(desk)
  await desk.getByLabel('Questionnaire name').fill('')
  await expect(desk.getByText('Give the questionnaire a name.')).toBeVisible()
  await desk.getByLabel('Questionnaire name').fill('Harbour screening')
  await expect(desk.getByText('Unsaved changes')).toBeVisible()

  expect(await holdsTheWindow(desk)).toBe(true)
  await openRoute(desk, '/today')
  const leave = desk.getByRole('alertdialog', { name: 'Leave without saving?' }).or(desk.getByRole('dialog', { name: 'Leave without saving?' }))
  await expect(leave).toBeVisible()
  await leave.getByRole('button', { name: 'Keep editing' }).click()
  await expect(desk.getByLabel('Questionnaire name')).toHaveValue('Harbour screening')

  await desk.getByLabel('Saved by').fill('Priya')
  await desk.getByRole('button', { name: 'Save as a new version' }).click()
  await expect(desk.getByText('Version 2 saved')).toBeVisible()
  expect(await holdsTheWindow(desk)).toBe(false)

  await desk.getByRole('button', { name: 'Restore defaults' }).click()
  const confirm = desk.getByRole('alertdialog').or(desk.getByRole('dialog', { name: 'Restore defaults' }))
  await expect(confirm).toContainText('Save the shipped default questionnaire as a new version?')
  await confirm.getByRole('button', { name: 'Restore defaults' }).click()
  await expect(desk.getByText('Defaults restored as version 3')).toBeVisible()
  await expect(desk.getByLabel('Questionnaire name')).toHaveValue(DEFAULT_QUESTIONNAIRE.name)
  expect((await register.ok('screening.current', {})).questionnaire).toEqual(DEFAULT_QUESTIONNAIRE)
  expect((await register.ok('screening.versions', {})).map((version) => version.version)).toEqual([3, 2, 1])
})
