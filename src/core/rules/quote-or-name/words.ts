/** Articles and prepositions before a name („der „…““, „im „…““, „laut „…““). */
export const ARTICLES_AND_PREPOSITIONS: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'einem', 'im', 'in', 'am', 'vom', 'beim', 'zum', 'zur', 'laut', 'von', 'mit', 'auf', 'für', 'bei', 'wie']);
