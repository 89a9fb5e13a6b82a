// The `workbench` command line. Every command takes --data DIR (else WORKBENCH_DATA, else the same
// folder the app uses); errors go to stderr with exit code 1 (2 for a usage mistake).
import { parseArgs } from 'node:util'
import { UserError } from '../../shared/errors'
import { resolveDataDir } from '../data-dir'
import { openDatabase, type Db } from '../db/connection'
import { COMMANDS, type Command } from './commands'

const USAGE = `Usage: workbench <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${`${name} ${command.args}`.padEnd(34)} ${command.summary}`)
  .join('\n')}

Options:
  --data DIR                         the corpus folder (default: $WORKBENCH_DATA, else the app's folder)
  -h, --help                         this help`

class UsageError extends Error {}

export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
}

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`)
}

function parse(command: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { data: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...command.options }
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

/** Runs one command line and returns the exit code. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE)
    return name ? 0 : 2
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    io.err(`workbench: unknown command "${name}"\n\n${USAGE}`)
    return 2
  }
  let db: Db | undefined
  try {
    const { values, positionals } = parse(command, rest)
    if (values.help) {
      io.out(`Usage: workbench ${name} ${command.args}\n  ${command.summary}`)
      return 0
    }
    const dataDir = resolveDataDir(values.data ? ['--data', String(values.data)] : [])
    db = openDatabase(dataDir)
    return await command.run({ db, dataDir, values, positionals, io })
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`workbench ${name}: ${error.message}\nUsage: workbench ${name} ${command.args}`)
      return 2
    }
    if (error instanceof UserError) {
      io.err(`workbench ${name}: ${error.message}`)
      return 1
    }
    io.err(`workbench ${name}: unexpected error: ${(error as Error).stack ?? error}`)
    return 1
  } finally {
    // `serve` keeps its database open until the process ends.
    if (db && name !== 'serve') db.close()
  }
}

export { UsageError }
