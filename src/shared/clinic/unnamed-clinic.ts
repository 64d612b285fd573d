/**
 * The name a new install keeps until the welcome step or `clinic set` names the clinic. Its own
 * module: the desk's title needs the name before its first screen, and the settings' schemas
 * (dates, phone numbers, retention) are not needed there.
 */
export const UNNAMED_CLINIC_NAME = 'Your clinic'
