import { UserError } from '../../../shared/errors'

/** The UserError for a problem with a bundle file: "<file name>: <problem>". */
export function bundleError(fileName: string, problem: string): UserError {
  return new UserError(`${fileName}: ${problem}`)
}
