import { expect, type Locator, type Page } from '@playwright/test'

/** Signs in a signature box as a hand would: the mouse pressed, moved along a wave in small steps, and let go. */
export async function signOn(desk: Page, pad: Locator, wave = 3): Promise<void> {
  await pad.scrollIntoViewIfNeeded()
  const box = await pad.boundingBox()
  if (!box) throw new Error('The signature box is not on screen.')
  const at = (step: number) => ({ x: box.x + 30 + step * 12, y: box.y + box.height / 2 + Math.sin(step / wave) * box.height * 0.3 })
  await desk.mouse.move(at(0).x, at(0).y)
  await desk.mouse.down()
  for (let step = 1; step <= 36; step++) await desk.mouse.move(at(step).x, at(step).y, { steps: 2 })
  await desk.mouse.up()
}

/**
 * Has the client and the practitioner sign the consent form from the Record treatment form's
 * consent step, once the visit is screened: photographs for the record only, both boxes signed.
 */
export async function signConsentInForm(desk: Page, practitioner = 'Dr Amara Okafor'): Promise<void> {
  const step = desk.getByRole('region', { name: 'Consent' })
  await step.getByRole('button', { name: 'Sign consent form' }).click()
  const dialog = desk.getByRole('dialog', { name: /^Consent form for / })
  await dialog.getByLabel('Photographs for the clinical record only').check()
  await signOn(desk, dialog.getByRole('img', { name: /^Signature of / }), 3)
  const name = dialog.getByLabel('Practitioner', { exact: true })
  if (!(await name.inputValue())) await name.fill(practitioner)
  await signOn(desk, dialog.getByRole('img', { name: 'Practitioner’s signature' }), 5)
  await dialog.getByRole('button', { name: 'Sign and print' }).click()
  await expect(dialog).toBeHidden()
  await expect(step.getByText(/covers this visit until/)).toBeVisible()
}
