/**
 * Reads a `--registry` argument through the same checked reader as the server
 * (files/registryFile.ts): a regular file of at most 20 MB (the default of
 * `newsLens.maxRegistrySize`), strictly UTF-8.
 *
 * One exception, because the user asked for it on the command line: `-` or
 * `/dev/stdin` reads standard input whatever it is (a pipe, a redirected file, a
 * terminal), still never more than the cap, so `cat entities.yaml | news-lens analyze
 * --registry - a.news` works and `--registry - < /dev/zero` stops at 20 MB with an
 * error. Any other pipe, FIFO or device path is refused.
 */
import { DEFAULT_MAX_REGISTRY_SIZE, readRegistryFile, type RegistryRead } from '../files/registryFile';

/** True for the arguments that mean "standard input". */
export function isStdin(file: string): boolean {
  return file === '-' || file === '/dev/stdin';
}

/** How a refusal names the CLI's fixed cap ("over the 20 MB limit of a registry file"): no editor setting a CLI user could not change. */
const CLI_CAP = 'a registry file';

/** The registry text of one `--registry` argument, or why it was not read. */
export function readRegistryArgument(file: string): RegistryRead {
  return isStdin(file)
    ? readRegistryFile('/dev/stdin', DEFAULT_MAX_REGISTRY_SIZE, true, 0, CLI_CAP)
    : readRegistryFile(file, DEFAULT_MAX_REGISTRY_SIZE, false, undefined, CLI_CAP);
}
