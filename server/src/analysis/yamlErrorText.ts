/**
 * One wording of the `yaml` package's errors for both of the YAML the analysis reads, the
 * registry and an article's front matter: the first line of the message, without the
 * "at line L, column C:" that the error's own position (shown by the editor or the CLI) says.
 */

/** The first line of a `yaml` error message, without its "at line L, column C:". */
export function yamlErrorText(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
