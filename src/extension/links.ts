// Command links for Markdown hovers. Only these commands may run from a hover link.
export const OWN_COMMANDS = ['zitatlupe.goToFirstMention', 'zitatlupe.showQuotesBySpeaker', 'zitatlupe.revealRange', 'zitatlupe.accept', 'zitatlupe.reject'];

export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${label.replace(/[[\]]/g, '\\$&')}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
