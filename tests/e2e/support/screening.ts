import { expect, type Locator, type Page } from '@playwright/test'

/** The screening dialog's words the helper clicks, in the desk's language. */
export interface ScreeningDialogWords {
  start: RegExp
  dialog: RegExp
  yes: string
  no: string
  check: string
}

const ENGLISH: ScreeningDialogWords = { start: /^(Screen this visit|Screen again)$/, dialog: /^Screening for /, yes: 'Yes', no: 'No', check: 'Check the answers' }

/**
 * Answers the visit's screening in the Record treatment form, as the desk does with the
 * client: "No" or "Never" to every question, except those named by a piece of their text,
 * answered "Yes" (true) or with the date of the last time (DD/MM/YYYY, as the desk types it).
 */
export async function screenVisit(desk: Page, given: Record<string, true | string> = {}, words: ScreeningDialogWords = ENGLISH): Promise<void> {
  await desk.getByRole('button', { name: words.start }).click()
  const dialog = desk.getByRole('dialog', { name: words.dialog })
  const questions = dialog.getByRole('listitem')
  await expect(questions.first()).toBeVisible()
  const texts = await questions.locator('p').allInnerTexts()
  for (const [index, text] of texts.entries()) {
    const answer = Object.entries(given).find(([piece]) => text.includes(piece))?.[1]
    await answerQuestion(questions.nth(index), answer, words)
  }
  await dialog.getByRole('button', { name: words.check }).click()
  await expect(dialog).toBeHidden()
}

async function answerQuestion(question: Locator, answer: true | string | undefined, words: ScreeningDialogWords): Promise<void> {
  const isDateQuestion = (await question.getByRole('checkbox').count()) > 0
  if (!isDateQuestion) {
    await question.getByRole('button', { name: answer === true ? words.yes : words.no, exact: true }).click()
    return
  }
  if (typeof answer === 'string') {
    const date = question.getByRole('combobox')
    await date.fill(answer)
    await date.press('Escape')
    return
  }
  await question.getByRole('checkbox').check()
}
