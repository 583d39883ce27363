// Hover cards: on a quote, its speaker or cue, who speaks (name, role, aliases), how often they are
// quoted, the cue, the speech type and the hedges inside; on a hedge, its kind in plain words.
import * as vscode from 'vscode';
import { countByType, hedgeAt, hedgesInside, quoteAt, quotesBySpeaker, ruleById, speakerById, SPEECH_TYPES, type Analysis, type Quote, type Why } from '../core';
import type { AnalysisService } from './analysisService';
import { hedgeKindLabel, speakerKindLabel, speechTypeGroupLabel, speechTypeLabel } from './labels';
import { commandLink, mdText, OWN_COMMANDS } from './markdown';
import { SourceIndex } from '../core/sourceCheck';
import { otherWordings } from '../crossArticle';
import { diffMarkdown } from '../export';
import type { CrossArticleIndex } from './crossArticleIndex';
import { where } from './variantDiagnostics';

export class QuoteHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService, private readonly across?: CrossArticleIndex) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const a = (await this.service.ready(doc))?.analysis;
    if (!a) return undefined;
    const offset = doc.offsetAt(position);
    const hit = quoteAt(a, offset);
    const hedge = hedgeAt(a, offset);
    if (!hit && !hedge) return this.decisionHover(doc, offset);
    const md = new vscode.MarkdownString(undefined, true);
    // Command links work only for Zitatlupe's own commands.
    md.isTrusted = { enabledCommands: [...OWN_COMMANDS] };
    let range: vscode.Range | undefined;
    if (hedge) {
      const kind = hedgeKindLabel(hedge.kind);
      md.appendMarkdown(`**${vscode.l10n.t('Hedge')}** „${mdText(hedge.text)}“ — ${mdText(kind.name)}: ${mdText(kind.explanation)}.  \n`);
      md.appendMarkdown(hedge.inQuote ? vscode.l10n.t('The speaker hedges (inside quoted or reported speech).') : vscode.l10n.t('The author hedges (outside quotes).'));
      const claim = hedge.claim ?? hedge.sentence;
      md.appendMarkdown(`  \n${vscode.l10n.t('Qualified claim:')} _${mdText(shorten(doc.getText().slice(claim.start, claim.end)))}_`);
      if (hedge.why) md.appendMarkdown(`  \n${whyLine(hedge.why)}`);
      md.appendMarkdown('\n\n');
      range = new vscode.Range(doc.positionAt(hedge.start), doc.positionAt(hedge.end));
    }
    if (hedge) this.decisionLinks(md, doc, hedge.id);
    if (hit) {
      if (hedge) md.appendMarkdown('\n\n---\n\n');
      this.describeQuote(md, doc, a, hit.quote);
      this.decisionLinks(md, doc, hit.quote.id);
      const r = hit.part === 'speaker' ? hit.quote.speaker! : hit.part === 'cue' ? hit.quote.cue! : hit.quote;
      range ??= new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end));
    }
    return new vscode.Hover(md, range);
  }

  /** On a rejected suggestion, a note or an own label: what was decided, and the way back. */
  private decisionHover(doc: vscode.TextDocument, offset: number): vscode.Hover | undefined {
    const review = this.service.get(doc.uri)?.review;
    if (!review) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: [...OWN_COMMANDS] };
    const uri = doc.uri.toString();
    const rejected = review.rejected.find((x) => x.start <= offset && offset < x.end);
    if (rejected) {
      md.appendMarkdown(`_${vscode.l10n.t('rejected')}_ · ${commandLink(vscode.l10n.t('Accept'), 'zitatlupe.accept', [uri, rejected.id])}`);
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(rejected.start), doc.positionAt(rejected.end)));
    }
    const mark = [...review.notes, ...review.speakerMarks].find((x) => x.target.start <= offset && offset < x.target.end);
    if (!mark) return undefined;
    md.appendMarkdown(`**${mdText(mark.kind)}**${mark.note ? ` — ${mdText(mark.note)}` : ''}`);
    if (mark.author) md.appendMarkdown(`  \n_${mdText(mark.author)}${mark.created ? `, ${mdText(mark.created.slice(0, 10))}` : ''}_`);
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(mark.target.start), doc.positionAt(mark.target.end)));
  }

  /** The decision state and links to accept or reject. */
  private decisionLinks(md: vscode.MarkdownString, doc: vscode.TextDocument, id: string): void {
    const r = this.service.get(doc.uri);
    const state = r?.review?.status.get(id);
    const note = r?.review?.annotationOf.get(id)?.note;
    const label = state === 'accepted' ? vscode.l10n.t('accepted') : state === 'rejected' ? vscode.l10n.t('rejected') : vscode.l10n.t('suggestion');
    const uri = doc.uri.toString();
    const links = [
      state !== 'accepted' ? commandLink(vscode.l10n.t('Accept'), 'zitatlupe.accept', [uri, id]) : '',
      state !== 'rejected' ? commandLink(vscode.l10n.t('Reject'), 'zitatlupe.reject', [uri, id]) : '',
    ].filter(Boolean);
    md.appendMarkdown(`\n\n_${label}_ · ${links.join(' · ')}`);
    if (note) md.appendMarkdown(`\n\n✎ ${mdText(note)}`);
  }

  private describeQuote(md: vscode.MarkdownString, doc: vscode.TextDocument, a: Analysis, q: Quote): void {
    const speaker = speakerById(a, q.speaker?.speakerId);
    if (speaker) {
      md.appendMarkdown(`**${mdText(speaker.name)}**`);
      if (speaker.role) md.appendMarkdown(` — ${mdText(speaker.role)}`);
      md.appendMarkdown(` _(${speakerKindLabel(speaker.kind)})_  \n`);
      if (speaker.aliases.length) md.appendMarkdown(`${vscode.l10n.t('Also:')} ${speaker.aliases.map(mdText).join(', ')}  \n`);
      const theirs = quotesBySpeaker(a, speaker.id);
      const n = countByType(theirs);
      const parts = SPEECH_TYPES.filter((t) => n[t]).map((t) => `${speechTypeGroupLabel(t)} ${n[t]}`);
      const times = theirs.length === 1 ? vscode.l10n.t('Quoted once in this article') : vscode.l10n.t('Quoted {0} times in this article', theirs.length);
      md.appendMarkdown(`${times}${parts.length ? ` (${parts.join(', ')})` : ''}\n\n`);
    } else if (q.speaker) {
      md.appendMarkdown(`**${mdText(q.speaker.text)}**\n\n`);
    } else {
      md.appendMarkdown(`_${vscode.l10n.t('No speaker found')}_\n\n`);
    }
    const facts = [speechTypeLabel(q.type)];
    if (q.cue) facts.push(`${vscode.l10n.t('cue')} „${mdText(q.cue.segments ? q.cue.segments.map((s) => s.text).join(' … ') : q.cue.text)}“`);
    // („wird von der BBC zitiert“, „erklärte laut Reuters“: the medium passes the words on, it does not speak.)
    if (q.medium) facts.push(vscode.l10n.t('via {0}', mdText(q.medium.name ?? q.medium.text)));
    facts.push(`${vscode.l10n.t('confidence')} ${Math.round(q.confidence * 100)} %`);
    md.appendMarkdown(facts.join(' · ') + '\n\n');
    if (q.why) md.appendMarkdown(whyLine(q.why) + '\n\n');
    const hedges = hedgesInside(a, q);
    if (hedges.length) {
      md.appendMarkdown(`${vscode.l10n.t('Hedges inside:')} ${hedges.map((h) => `„${mdText(h.text)}“ (${hedgeKindLabel(h.kind).name})`).join(', ')}\n\n`);
    }
    if (speaker) {
      const uri = doc.uri.toString();
      md.appendMarkdown([
        commandLink(vscode.l10n.t('Go to first mention'), 'zitatlupe.goToFirstMention', [uri, speaker.id]),
        commandLink(vscode.l10n.t('All quotes by {0}', speaker.name), 'zitatlupe.showQuotesBySpeaker', [uri, speaker.id]),
      ].join(' · '));
    }
    this.acrossArticles(md, doc.uri.toString(), q, speaker?.name);
  }

  /** From the workspace's speaker index, once built: the speaker in other articles, and other wordings of this quote. */
  private acrossArticles(md: vscode.MarkdownString, uri: string, q: Quote, speakerName: string | undefined): void {
    const index = this.across?.index;
    if (!index) return;
    const person = index.personOf(uri, q.id) ?? (speakerName ? index.personNamed(speakerName) : undefined);
    const elsewhere = person && !person.roleOnly ? person.articles.filter((a) => a !== uri).length : 0;
    if (person && elsewhere) {
      const label = elsewhere === 1 ? vscode.l10n.t('Also quoted in 1 other article') : vscode.l10n.t('Also quoted in {0} other articles', elsewhere);
      md.appendMarkdown(`\n\n${commandLink(label, 'zitatlupe.showSpeakerAcrossArticles', [person.key])}`);
    }
    const group = this.across?.groupOf(uri, q.id);
    if (!group || group.wordings < 2) return;
    // (Each other wording aligned against this quote: its own words bold, this quote's words it lacks struck.)
    const mine = new SourceIndex(q.text);
    for (const other of otherWordings(group, { article: uri, id: q.id, text: q.text }).slice(0, 5)) {
      md.appendMarkdown(`\n\n**${vscode.l10n.t('Other wording')}** (${mdText(where(other))}): ${diffMarkdown(mine.check(other.text).diff, mdText)}`);
    }
  }
}

/**
 * Which rules made the prediction, in the UI language: for a direct quote its strongest evidence,
 * else the rule that found it; and the rule that found the speaker when that is another one.
 */
function whyLine(why: Why): string {
  const describe = (id: string) => vscode.l10n.t(ruleById(id)?.description ?? id);
  const rule = why.evidence?.find((e) => e.includes(' +'))?.split(' ')[0] ?? why.rule;
  const line = `_${vscode.l10n.t('Why:')}_ ${mdText(describe(rule))}`;
  return why.speaker && why.speaker !== why.rule ? `${line}  \n_${vscode.l10n.t('Speaker:')}_ ${mdText(describe(why.speaker))}` : line;
}

function shorten(s: string, max = 240): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}
