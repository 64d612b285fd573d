import type { Page } from '@playwright/test'

/** Where words must fit in their box: controls, their labels, headings, column heads, tabs, menus and dialog titles. */
const WORDED_BOXES = [
  'button',
  'label',
  'th',
  'h1',
  'h2',
  'h3',
  'nav a',
  '[role="tab"]',
  '[role="menuitem"]',
  '[role="option"]',
  '.p-dialog-title',
  '.p-select-label',
  '.p-tag',
  '.p-message-text'
].join(', ')

/**
 * The visible boxes on the screen whose text is wider than the box (cut off, or spilling over
 * its neighbours), each as its tag and text, and the page itself if it is wider than the window.
 * Inline boxes have no width of their own and are left out.
 */
export function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = []
    const page = document.documentElement
    if (page.scrollWidth > page.clientWidth + 1) found.push(`the page is ${page.scrollWidth - page.clientWidth}px wider than the window`)
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const text = element.innerText?.trim()
      if (!text || element.clientWidth === 0 || element.getClientRects().length === 0) continue
      if (element.scrollWidth > element.clientWidth + 1) found.push(`<${element.tagName.toLowerCase()}> ${text.replace(/\s+/g, ' ')}`)
    }
    return found
  }, WORDED_BOXES)
}
