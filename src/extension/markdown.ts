// Markdown for hover cards, safe against what articles and sidecars contain. Names, roles, notes
// and labels come from files that arrive by git pull, so every interpolated value is escaped
// (backslash included), line breaks are flattened, and command links are built only here, only
// for Zitatlupe's own commands. No vscode import: unit-tested against a real Markdown parser.

/** The only commands a hover link may run. */
export const OWN_COMMANDS = ['zitatlupe.goToFirstMention', 'zitatlupe.showQuotesBySpeaker', 'zitatlupe.revealRange', 'zitatlupe.accept', 'zitatlupe.reject', 'zitatlupe.showSpeakerAcrossArticles'] as const;
export type OwnCommand = (typeof OWN_COMMANDS)[number];

/**
 * A value shown as itself: every ASCII punctuation character Markdown or VS Code's theme icons
 * ($(icon)) give a meaning is backslash-escaped — CommonMark allows escaping any of them — and
 * line breaks become spaces, so a value can never open a block, a link or an icon.
 */
export function mdText(value: string): string {
  return value.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&$:"'=]/g, '\\$&');
}

/** A link that runs one of Zitatlupe's own commands with JSON arguments. */
export function commandLink(label: string, command: OwnCommand, args: readonly unknown[]): string {
  if (!(OWN_COMMANDS as readonly string[]).includes(command)) throw new Error(`not a hover command: ${command}`);
  return `[${mdText(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
