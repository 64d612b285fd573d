// As main does when it starts: the register's code under test may speak any of the four languages,
// also where a test calls a repository without going through dispatch.
import '../../src/main/words/every-language'
