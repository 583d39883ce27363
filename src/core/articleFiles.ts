// Which files in a folder are articles, by the rules the editor uses: the German News language
// (a `.news.txt` name, or a `date YYYY-MM-DD` first line), and plain text or Markdown when
// `zitatlupe.languages` adds them. Folders that hold export output are not articles.
import { hasNewsHeader } from './article';

export interface ArticleRules {
  /** The `zitatlupe.languages` setting: german-news, plaintext, markdown. */
  languages: readonly string[];
  /** The `zitatlupe.detectNewsHeader` setting. */
  detectNewsHeader: boolean;
}

export const EDITOR_DEFAULT_RULES: ArticleRules = { languages: ['german-news'], detectNewsHeader: true };

/** Files that mark a folder as export output (a brat export writes its annotation.conf). */
const EXPORT_MARKERS = ['annotation.conf'];

/** Why the folder holding these names is export output, or undefined. */
export function exportOutputMarker(names: readonly string[]): string | undefined {
  return EXPORT_MARKERS.find((m) => names.includes(m));
}

/**
 * Undefined when the file is an article; otherwise why not, in words for a skip report.
 * `head` gives the file's first characters; it is read only when the name does not decide.
 */
export function whyNotAnArticle(name: string, head: () => string, rules: ArticleRules = EDITOR_DEFAULT_RULES): string | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.annotations.yaml')) return 'a sidecar';
  if (lower.endsWith('.news.txt')) return rules.languages.includes('german-news') ? undefined : 'German News is not in the languages';
  if (lower.endsWith('.txt')) {
    if (rules.languages.includes('plaintext')) return undefined;
    if (rules.languages.includes('german-news') && rules.detectNewsHeader && hasNewsHeader(head())) return undefined;
    return 'plain text without a „date YYYY-MM-DD“ first line';
  }
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return rules.languages.includes('markdown') ? undefined : 'Markdown is not in the languages';
  return 'not a text file';
}
