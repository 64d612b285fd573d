import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Answers the visit's screening in the Record treatment form, as the desk does with the
 * client: "No" or "Never" to every question, except those named by a piece of their text,
 * answered "Yes" (true) or with the date of the last time (DD/MM/YYYY, as the desk types it).
 */
export async function screenVisit(desk: Page, given: Record<string, true | string> = {}): Promise<void> {
  await desk.getByRole('button', { name: /^(Screen this visit|Screen again)$/ }).click()
  const dialog = desk.getByRole('dialog', { name: /^Screening for / })
  const questions = dialog.getByRole('listitem')
  await expect(questions.first()).toBeVisible()
  const texts = await questions.locator('p').allInnerTexts()
  for (const [index, text] of texts.entries()) {
    const answer = Object.entries(given).find(([piece]) => text.includes(piece))?.[1]
    await answerQuestion(questions.nth(index), answer)
  }
  await dialog.getByRole('button', { name: 'Check the answers' }).click()
  await expect(dialog).toBeHidden()
}

async function answerQuestion(question: Locator, answer: true | string | undefined): Promise<void> {
  const isDateQuestion = (await question.getByRole('checkbox').count()) > 0
  if (!isDateQuestion) {
    await question.getByRole('button', { name: answer === true ? 'Yes' : 'No', exact: true }).click()
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
