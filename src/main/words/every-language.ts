import { DE_WORDS } from '@shared/words/de'
import { ES_WORDS } from '@shared/words/es'
import { FR_WORDS } from '@shared/words/fr'
import { addWords } from '@shared/words/words'

// Main, the CLI and anything else that runs main's calls say words in every language the desk
// may switch to at any moment, and read an export's headers in all of them: each is loaded as
// soon as this module is, before any call. Only the page fetches its own (load-words.ts).
addWords('es', ES_WORDS)
addWords('fr', FR_WORDS)
addWords('de', DE_WORDS)
