/** Entry point of `npm run -s admin -- ...`: the admin CLI over the app's own handler table. */
import { runAdmin } from './run-admin'

process.exitCode = await runAdmin(process.argv.slice(2), process.stdout, process.stderr)
