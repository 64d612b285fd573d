import { loadEveryLanguage } from '../../src/shared/words/load-words'

// As main loads at its start: the register's code under test may speak any of the four languages.
await loadEveryLanguage()
