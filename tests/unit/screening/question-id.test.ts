import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { questionIdFrom } from '@shared/screening/question-id'

const ID = /^[a-z][a-z0-9_]{0,59}$/

describe('a question id made from its text', () => {
  it('is the first words in lower_snake_case, accents dropped', () => {
    expect(questionIdFrom('Do you have a cold sore?')).toBe('do_you_have_a_cold_sore')
    expect(questionIdFrom('Grossesse ou allaitement ?')).toBe('grossesse_ou_allaitement')
    expect(questionIdFrom('When did you last have filler in the area we are treating today?')).toBe('when_did_you_last_have_filler_in_the')
  })

  it('starts with a letter, and says "question" when the text gives nothing', () => {
    expect(questionIdFrom('2 weeks since a peel?')).toBe('q_2_weeks_since_a_peel')
    expect(questionIdFrom('')).toBe('question')
    expect(questionIdFrom('¿?')).toBe('question')
  })

  it('is not one already taken', () => {
    expect(questionIdFrom('Cold sore', ['cold_sore'])).toBe('cold_sore_2')
    expect(questionIdFrom('Cold sore', ['cold_sore', 'cold_sore_2'])).toBe('cold_sore_3')
  })

  it('always passes the schema’s rule for ids, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.array(fc.string()), (text, taken) => {
        const id = questionIdFrom(text, taken)
        expect(id).toMatch(ID)
        expect(taken).not.toContain(id)
      })
    )
  })
})
