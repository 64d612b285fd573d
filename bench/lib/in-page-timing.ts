import type { Page } from 'playwright-core'

/**
 * Milliseconds from `trigger` (what the person does: a key, a click, a scroll) to the end of
 * the first frame painted once `until` holds, both measured inside the page. Playwright's own actions
 * and waits add their checks and polling (60 to 100 ms a step on this machine), which no
 * person waits for; the page's clock sees only the app.
 *
 * Both are JavaScript expressions run in the page (as text: the bench's compiler would add
 * helpers the page does not have); `until` is checked once a frame.
 */
export async function timeInPage(page: Page, trigger: string, until: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const started = performance.now();
    ${trigger};
    const check = () => {
      // Seen at the start of a frame, it is painted in that frame; a task posted now runs once it is.
      if (${until}) setTimeout(() => resolve(performance.now() - started), 0);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`)
}

/** Records, in the page, when each answer of `call` ("treatments.suggestions") arrives, in `window.__answeredAt`. */
export async function noteAnswers(page: Page, call: string): Promise<void> {
  const [group, name] = call.split('.') as [string, string]
  await page.evaluate(`(() => {
    const api = window.clinic[${JSON.stringify(group)}];
    const original = api[${JSON.stringify(name)}];
    window.__answeredAt = 0;
    api[${JSON.stringify(name)}] = async (input) => {
      const answer = await original(input);
      window.__answeredAt = performance.now();
      return answer;
    };
  })()`)
}
