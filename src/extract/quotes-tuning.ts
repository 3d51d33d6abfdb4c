// Tuning numbers of the mention finder and the statement extractors, in one place. Each says what it measures.

/** Longest person name read from consecutive capitalised words ("José Luis Rodríguez Zapatero"). */
export const MAX_NAME_WORDS = 5;
/** Longest organisation name read with "of"/"and" inside ("Bureau of Fisheries and Aquatic Resources"). */
export const ORG_NAME_WORDS = 10;
/** Words of a portfolio after a title's head ("High Commissioner for Human Rights"). */
export const MAX_PORTFOLIO_WORDS = 4;
/** Most parts a title may have before its head ("Japan's new Deputy Foreign Minister"). */
export const MAX_TITLE_PARTS = 6;
/** Words (gap words, time words) that may stand between a speaker and the reporting verb ("has over the past few
 * months repeatedly warned": 7). */
export const MAX_SUBJECT_GAP = 8;
/** Asides in commas a speaker may stand before its verb with (", 74, a Kyiv resident who saw it,"). */
export const MAX_ASIDES = 3;
/** Words a comma-delimited aside between a speaker and its verb may have (", a close ally of the US,"). */
export const MAX_ASIDE_WORDS = 25;
/** Words of an adverbial between a cue and "that" ("said in her keynote speech to parliament on Friday that"). */
export const MAX_ADJUNCT_WORDS = 16;
/** Words of a listener after "told" ("told freelance videographer Mohamed El Saife in Khan Younis that"). */
export const MAX_AUDIENCE_WORDS = 10;
/** Words of an opening adverbial before "according to X, …" ("However, according to …"). */
export const MAX_ACCORDING_INTRO_WORDS = 3;
/** Lower-case words between "according to" and its source's name ("according to the nonpartisan …"). */
export const MAX_SOURCE_LEAD_WORDS = 2;
/** Words between a closing quotation mark and its reporting verb ("Russian state-run news agency TASS quoted"). */
export const MAX_ATTRIBUTION_WORDS = 12;
/** Fewest words a reported clause or object must have to be a statement. */
export const MIN_SPAN_WORDS = 2;
/** Fewest words of a clause fronted before "…, X said" (shorter ones are adverbials: "On Friday, X said."). */
export const MIN_FRONT_WORDS = 4;
/** Items of a comma list that an object span keeps whole ("Iturup, Kunashir, Shikotan and …"): most words per item. */
export const MAX_LIST_ITEM_WORDS = 3;
/** Points of a list after "X said:" read as X's statements (one paragraph each). */
export const MAX_LIST_ITEMS = 12;
/** Words a point of such a list may have; a longer paragraph is prose again. */
export const MAX_LIST_ITEM_STATEMENT_WORDS = 40;
/** Paragraphs back that a continued quotation may look for its speaker (the quote right after "X said: …"). */
export const CONTINUATION_PARAGRAPHS = 1;
/** Paragraphs a quotation left open may run on for before the attribution that closes it ("“… ¶ “…,” X said"). */
export const QUOTE_RUN_PARAGRAPHS = 8;
/** Words from which a quotation inside a sentence is someone's speech rather than a scare quote ("protective ring"). */
export const SPEECH_WORDS = 5;
/** Sentences back that a pronoun or description looks for the person it refers to. */
export const ANTECEDENT_SENTENCES = 12;
/** Sentences back that "the company", "the firm" looks for the organisation it stands for. */
export const GENERIC_ANTECEDENT_SENTENCES = 4;
/** Sentences back within which the last speakers are what a "he"/"she" most likely refers to. */
export const RECENT_SPEAKER_SENTENCES = 2;
/** Words after "said" within which a verb must show for them to be read as a clause ("said they would work"). */
export const BARE_VERB_WINDOW = 8;
/** Words a title may have that the mention finder did not read as part of it ("…," fisheries bureau spokesman X said). */
export const MAX_TITLE_LEAD_WORDS = 3;
