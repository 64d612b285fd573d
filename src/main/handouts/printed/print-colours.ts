/** Greys and rules rather than colour, so every page reads the same from a black-and-white printer. */
export const INK = '#1f2933'
export const MUTED = '#52606d'
export const RULE = '#9aa5b1'
export const HAIRLINE = '#d9dee3'
export const TINT = '#eef1f4'
