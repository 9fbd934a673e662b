/* readout-attributor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout-attributor.h"

#define MAX_CUE_WORDS 4
/* The longest content a statement gets, in tokens; real ones are far shorter. */
#define MAX_CONTENT_TOKENS 400
/* The longest direct quotation, in tokens (several paragraphs of a speech still fit). */
#define MAX_QUOTE_TOKENS 2000

/* A word that may start a cue (a few in a hundred words) and, once looked up, the longest cue
 * that starts there. Only these words can start a cue: the analysis visits just them, and keeps
 * what the lexicon said about them (the rules ask for the cue at a word many times over). */
typedef struct
{
  guint             token;
  const ReadoutCue *cue;  /* NULL until looked up; &no_cue when it starts none */
} CueStart;

typedef struct
{
  const ReadoutSegmentation   *seg;
  ReadoutMentions             *mentions;
  ReadoutDocumentEntities     *entities;
  ReadoutEngineLexicon        *lexicon;
  ReadoutDocumentAttributions *out;
  guint8                      *consumed;      /* per quote */
  guint8                      *direct;        /* per quote: the content of a direct statement */
  guint                        n_tokens;
  /* seg's tokens, text and lower-case text, at hand for the helpers below (which run for
   * nearly every token) */
  const ReadoutToken          *tokens;
  const char                  *text;
  const char                  *lower;
  gint                         last_subject;  /* entity of the last subject in the sentence */
  guint                        last_subject_sentence;
  gint                         recent[3];     /* the last distinct subjects, newest first */
  guint                        recent_sentence[3];
  guint                        recent_token[3];
  guint                        covered_end;   /* top-level tokens before this are content already */
  gint                         last_others[4]; /* the rest of a subject list: "X, Y and Z said" */
  guint                        n_last_others;
  guint                        cue_max_words; /* the longest cue, at most MAX_CUE_WORDS */
  CueStart                    *starts;        /* the words that may start a cue, in order */
  guint                        n_starts;
  guint                       *first_start;   /* per token and one past: the first start at or after it */
  /* More of seg and mentions at hand, for the same reason: the word info, the quotations and
   * the mentions by token, each otherwise behind two or three pointers */
  const guint                 *info;
  const ReadoutQuote          *quotes;
  ReadoutMention              *mention_data;
  const gint                  *ending_at;
  const gint                  *starting_at;
  /* The last contact ("X and Y spoke with A and B", "reached out to A"): a participle after it
   * in the same sentence addresses the same actors ("…, urging them to …") */
  guint                        contact_sentence;
  gint                         contact_sources[5];
  guint                        n_contact_sources;
  gint                         contact_targets[16];
  guint                        n_contact_targets;
  /* While analyzing what a statement reports: that statement (index), which the relations
   * found there without a statement of their own rest on ("X said he had spoken to Y") */
  gint                         reporting_statement;
} Attributor;

/* CueStart.cue of a word that starts no cue */
static const ReadoutCue no_cue;

typedef struct
{
  guint                   lo;       /* tokens the analysis may look at */
  guint                   hi;
  gboolean                nested;
  gint                    outer_speaker;
  gboolean                outer_direct;
  gboolean                inside_quotes; /* cues inside long quotations count too */
} Range;

/* The small helpers below run for nearly every token, many times over: always inlined, so
 * that the lengths of the literal words they compare fold to constants. */
G_ALWAYS_INLINE static inline const ReadoutToken *
tok (Attributor *a,
     guint       i)
{
  return &a->tokens[i];
}

G_ALWAYS_INLINE static inline gboolean
is_word (Attributor *a,
         guint       i)
{
  return i < a->n_tokens && tok (a, i)->kind == READOUT_TOKEN_WORD;
}

/* readout_segmentation_token_is() for a word, on the arrays held here */
G_ALWAYS_INLINE static inline gboolean
word_is (Attributor *a,
         guint       i,
         const char *w)
{
  gsize len = strlen (w);
  const ReadoutToken *t;

  if (!is_word (a, i))
    return FALSE;
  t = tok (a, i);
  /* the first letter, compared first, rules out most words before the full comparison */
  return a->lower[t->start] == w[0] && t->end - t->start == len &&
         memcmp (a->lower + t->start, w, len) == 0;
}

/* A word of a list, with its length: lists are compared with a token's word a word at a time */
typedef struct
{
  const char *text;
  gsize       length;
} ListWord;

#define LIST_WORD(literal) { literal, sizeof (literal) - 1 }

/* Whether token i is one of the words (lower case), or with prefix, starts with one of them. */
static gboolean
word_matches (Attributor     *a,
              guint           i,
              const ListWord *words,
              gsize           n_words,
              gboolean        prefix)
{
  const char *w;
  gsize len;

  if (!is_word (a, i))
    return FALSE;
  w = a->lower + tok (a, i)->start;
  len = tok (a, i)->end - tok (a, i)->start;
  /* the first letter rules out most words without a call */
  for (gsize k = 0; k < n_words; k++)
    if ((prefix ? words[k].length <= len : words[k].length == len) && words[k].text[0] == w[0] &&
        memcmp (words[k].text, w, words[k].length) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
word_in (Attributor     *a,
         guint           i,
         const ListWord *words,
         gsize           n_words)
{
  return word_matches (a, i, words, n_words, FALSE);
}

G_ALWAYS_INLINE static inline gboolean
punct_is (Attributor *a,
          guint       i,
          const char *s)
{
  const ReadoutToken *t;
  gsize len = strlen (s);

  if (i >= a->n_tokens)
    return FALSE;
  t = tok (a, i);
  return t->kind == READOUT_TOKEN_PUNCT && t->end - t->start == len &&
         memcmp (a->text + t->start, s, len) == 0;
}

G_ALWAYS_INLINE static inline gboolean
is_dash (Attributor *a,
         guint       i)
{
  return punct_is (a, i, "\xe2\x80\x94") || punct_is (a, i, "\xe2\x80\x93") ||
         (punct_is (a, i, "-") && i > 0 && tok (a, i)->start > tok (a, i - 1)->end);
}

static ReadoutWordClass
word_class (Attributor *a,
            guint       i)
{
  return i < a->n_tokens ? (ReadoutWordClass)(a->info[i] & 0xff) : READOUT_WORD_NONE;
}

static ReadoutMention *
mention_ending (Attributor *a,
                guint       i)
{
  gint m = a->ending_at[i];
  return m < 0 ? NULL : &a->mention_data[m];
}

static ReadoutMention *
mention_starting (Attributor *a,
                  guint       i)
{
  gint m = a->starting_at[i];
  return m < 0 ? NULL : &a->mention_data[m];
}

static const ReadoutQuote *
quote (Attributor *a,
       gint        q)
{
  return &a->quotes[q];
}

/* The longest cue of at most n_max words starting at token i. The phrase grows a word at a
 * time (lower-case bases joined by single spaces, as readout_segmentation_phrase () writes
 * them, and no longer than its buffer would take), hashed as it grows, until the lexicon says
 * no longer cue starts with it. */
static const ReadoutCue *
lookup_cue_at (Attributor *a,
               guint       i,
               guint       n_max)
{
  char buffer[128];
  gsize length = 0;
  guint hash = READOUT_PHRASE_HASH_INIT;
  const ReadoutCue *found = NULL;
  /* The phrase so far: in the lower-case text itself for as long as its words are one space
   * apart there (most cues), else copied into buffer */
  const char *phrase = NULL;

  for (guint n = 1; n <= n_max && (n == 1 || is_word (a, i + n - 1)); n++)
    {
      const ReadoutToken *t = tok (a, i + n - 1);
      gsize len = t->base_end - t->start;
      const ReadoutCue *cue;
      gboolean longer;

      if (length + len + 2 > sizeof buffer)
        break;
      if (n == 1)
        phrase = a->lower + t->start;
      else if (phrase != buffer && phrase + length + 1 == a->lower + t->start && a->lower[t->start - 1] == ' ')
        length++;  /* the space and the word follow in the text */
      else
        {
          if (phrase != buffer)
            {
              memcpy (buffer, phrase, length);
              phrase = buffer;
            }
          buffer[length++] = ' ';
          memcpy (buffer + length, a->lower + t->start, len);
        }
      if (n > 1)
        hash = readout_engine_lexicon_phrase_hash (hash, " ", 1);
      hash = readout_engine_lexicon_phrase_hash (hash, a->lower + t->start, len);
      length += len;
      cue = readout_engine_lexicon_lookup_hashed (a->lexicon, READOUT_PHRASES_CUES, hash, phrase, length, &longer);
      if (cue && cue->n_words == n)
        found = cue;
      if (!longer)
        break;
    }
  return found;
}

/* The longest cue at a cue start, looked up the first time only. */
static const ReadoutCue *
start_cue (Attributor *a,
           CueStart   *start)
{
  if (start->cue == NULL)
    {
      const ReadoutCue *cue = lookup_cue_at (a, start->token, a->cue_max_words);
      start->cue = cue ? cue : &no_cue;
    }
  return start->cue == &no_cue ? NULL : start->cue;
}

/* The cue starting at token i and ending before hi, given the longest cue starting at i: when
 * that one ends before hi it is the answer, as no longer one exists; only a cue cut by hi
 * needs a shorter one looked up. */
static const ReadoutCue *
cue_before (Attributor       *a,
            guint             i,
            guint             hi,
            const ReadoutCue *longest)
{
  if (longest == NULL || i + longest->n_words <= hi)
    return longest;
  return lookup_cue_at (a, i, MIN (a->cue_max_words, hi - i));
}

/* The cue starting at token i and ending before hi, if any. */
static const ReadoutCue *
cue_at_start (Attributor *a,
              guint       i,
              guint       hi)
{
  CueStart *start = &a->starts[a->first_start[i]];

  return cue_before (a, i, hi, start_cue (a, start));
}

/* The quick tests inlined: most words start no cue. */
G_ALWAYS_INLINE static inline const ReadoutCue *
cue_at (Attributor *a,
        guint       i,
        guint       hi)
{
  if (i >= hi || !is_word (a, i) || !(a->info[i] & (1u << (8 + READOUT_PHRASES_CUES))) ||
      a->cue_max_words == 0)
    return NULL;
  return cue_at_start (a, i, hi);
}

/* "the said agreement", "a post", "was said to be": a cue word that is not a cue here. */
static gboolean
cue_is_false (Attributor       *a,
              guint             i,
              const ReadoutCue *cue,
              guint             lo)
{
  guint j = i;

  if (i <= lo)
    return FALSE;
  if (cue->frames & READOUT_FRAME_REL)
    return FALSE;
  j = i - 1;
  if (word_is (a, j, "the") || word_is (a, j, "a") || word_is (a, j, "an") || word_is (a, j, "this") ||
      word_is (a, j, "its") || word_is (a, j, "his") || word_is (a, j, "her") || word_is (a, j, "their") ||
      word_is (a, j, "our") || word_is (a, j, "my") || word_is (a, j, "whose"))
    return TRUE;
  /* The passive: "was said to be encouraging" */
  while (j > lo && word_class (a, j) == READOUT_WORD_ADVERB)
    j--;
  if (word_is (a, j, "was") || word_is (a, j, "were") || word_is (a, j, "is") || word_is (a, j, "are") ||
      word_is (a, j, "been") || word_is (a, j, "be") || word_is (a, j, "being"))
    {
      const ReadoutToken *t = tok (a, i);
      const char *end = a->text + t->end;
      /* "have been told by X that …": X speaks (see passive_cue ()) */
      if ((cue->frames & READOUT_FRAME_TELL) && word_is (a, i + cue->n_words, "by"))
        return FALSE;
      /* "was urged by X to …": a relation from X (see analyze_cue ()) */
      if (cue->relation && !g_str_equal (cue->relation, "said") && !(cue->frames & READOUT_FRAME_REL) &&
          cue->n_words == 1 && word_is (a, i + 1, "by"))
        return FALSE;
      /* "is urging" stays a cue; "was urged" does not */
      return !(end - 3 >= a->text + t->start && strncmp (end - 3, "ing", 3) == 0);
    }
  /* A cue written with a capital inside a sentence is a name ("Post", "Press") */
  if ((tok (a, i)->flags & READOUT_TOKEN_CAPITALIZED) && !(tok (a, i)->flags & READOUT_TOKEN_SENTENCE_START) &&
      a->mentions->covering[i] >= 0)
    return TRUE;
  return FALSE;
}

static gboolean
is_preposition (Attributor *a,
                guint       i)
{
  static const ListWord words[] = {
    LIST_WORD ("in"), LIST_WORD ("on"), LIST_WORD ("at"), LIST_WORD ("during"), LIST_WORD ("after"),
    LIST_WORD ("before"), LIST_WORD ("according"), LIST_WORD ("as"), LIST_WORD ("with"), LIST_WORD ("without"),
    LIST_WORD ("speaking"), LIST_WORD ("in"), LIST_WORD ("via"), LIST_WORD ("through"), LIST_WORD ("from"),
    LIST_WORD ("for"), LIST_WORD ("by"), LIST_WORD ("over"), LIST_WORD ("amid"), LIST_WORD ("following"),
    LIST_WORD ("earlier"), LIST_WORD ("later"), LIST_WORD ("however"), LIST_WORD ("meanwhile"), LIST_WORD ("also"),
  };

  return word_in (a, i, words, G_N_ELEMENTS (words));
}

static gboolean
is_date_like (Attributor *a,
              guint       first,
              guint       last)
{
  for (guint k = first; k < last; k++)
    {
      ReadoutWordClass c = word_class (a, k);
      if (!(tok (a, k)->kind == READOUT_TOKEN_NUMBER || c == READOUT_WORD_MONTH || c == READOUT_WORD_WEEKDAY ||
            c == READOUT_WORD_FUNCTION || c == READOUT_WORD_ADVERB))
        return FALSE;
    }
  return TRUE;
}

/* Finds the subject of the cue at i, looking left down to lo. */
/* Whether a that-less reported clause starts at k: a short subject noun phrase and a finite
 * verb, as in "said a second pipe was leaking", "said no oil had reached the shore", "says
 * about 20 barrels escaped". Looks at a few words only. */
static gboolean
clause_at (Attributor *a,
           guint       k,
           guint       hi)
{
  guint sentence;

  if (k >= hi || !(is_word (a, k) || tok (a, k)->kind == READOUT_TOKEN_NUMBER) || is_preposition (a, k) ||
      word_is (a, k, "to") || word_is (a, k, "and") || word_is (a, k, "or") || word_is (a, k, "but") ||
      word_class (a, k) == READOUT_WORD_AUXILIARY || word_class (a, k) == READOUT_WORD_ADVERB ||
      word_class (a, k) == READOUT_WORD_WEEKDAY || word_class (a, k) == READOUT_WORD_MONTH ||
      cue_at (a, k, hi))
    return FALSE;
  sentence = tok (a, k)->sentence;
  for (guint j = k + 1; j < hi && j <= k + 9 && tok (a, j)->sentence == sentence; j++)
    {
      const ReadoutToken *t = tok (a, j);
      gsize length = t->end - t->start;
      /* "a tank at the depot was …", "40 barrels of oil had …": a prepositional phrase may
       * qualify the subject, and a determiner may follow its preposition */
      gboolean after_preposition = j > k + 1 && (word_is (a, j - 1, "of") || word_is (a, j - 1, "in") ||
                                                 word_is (a, j - 1, "at") || word_is (a, j - 1, "near") ||
                                                 word_is (a, j - 1, "on"));

      if (t->kind == READOUT_TOKEN_NUMBER)
        continue;
      if ((word_is (a, j, "of") || word_is (a, j, "in") || word_is (a, j, "at") ||
                        word_is (a, j, "near") || word_is (a, j, "on")) && j <= k + 4 && !after_preposition)
        continue;
      /* a second determiner starts another noun phrase: "told the crew the …" */
      if (t->kind != READOUT_TOKEN_WORD || is_preposition (a, j) || word_is (a, j, "to") ||
          word_is (a, j, "that") || word_is (a, j, "and") ||
          ((word_is (a, j, "the") || word_is (a, j, "a") || word_is (a, j, "an")) && !after_preposition) ||
          word_class (a, j) == READOUT_WORD_PERSON || word_class (a, j) == READOUT_WORD_GROUP ||
          word_class (a, j) == READOUT_WORD_THING || word_class (a, j) == READOUT_WORD_SELF)
        return FALSE;
      if (word_class (a, j) == READOUT_WORD_AUXILIARY)
        return TRUE;
      /* a past tense verb after the noun phrase: "about 20 barrels escaped" */
      if (j > k + 1 && length > 3 && !(t->flags & READOUT_TOKEN_CAPITALIZED) &&
          a->text[t->end - 2] == 'e' && a->text[t->end - 1] == 'd')
        return TRUE;
    }
  return FALSE;
}

/* Where a that-less clause starts after a listener or an adverbial of time or place:
 * "told journalists on Friday the damage was …", "said in a statement the leak had …".
 * Returns the token, or 0. */
static guint
clause_after (Attributor *a,
              guint       k,
              guint       hi)
{
  guint sentence;

  if (k >= hi)
    return 0;
  sentence = tok (a, k)->sentence;
  for (guint p = k + 1; p < hi && p <= k + 7 && tok (a, p)->sentence == sentence; p++)
    {
      const ReadoutToken *t = tok (a, p - 1);
      if (!(t->kind == READOUT_TOKEN_WORD || t->kind == READOUT_TOKEN_NUMBER) || word_is (a, p - 1, "that") ||
          word_class (a, p - 1) == READOUT_WORD_AUXILIARY || cue_at (a, p - 1, hi))
        return 0;
      if (clause_at (a, p, hi))
        return p;
    }
  return 0;
}

static gboolean
is_object_preposition (Attributor *a,
                       guint       i)
{
  static const ListWord words[] = {
    LIST_WORD ("with"), LIST_WORD ("to"), LIST_WORD ("by"), LIST_WORD ("from"), LIST_WORD ("of"),
    LIST_WORD ("for"), LIST_WORD ("in"), LIST_WORD ("at"), LIST_WORD ("on"), LIST_WORD ("about"),
    LIST_WORD ("between"), LIST_WORD ("against"), LIST_WORD ("into"), LIST_WORD ("like"), LIST_WORD ("including"),
  };

  return word_in (a, i, words, G_N_ELEMENTS (words));
}

static gboolean verb_like (Attributor *a, guint k);

/* Whether "by" or "from" at token p ends "a statement by", "the readout from", "a statement
 * issued by", "a statement put out by": a document and who issued it. */
static ReadoutMention *
issued_document (Attributor *a,
                 guint       p,
                 guint       lo)
{
  ReadoutMention *d;
  guint k = p;

  if (!(word_is (a, p, "by") || word_is (a, p, "from")) || p <= lo)
    return NULL;
  /* a participle, and a particle after it: "issued", "put out", "sent out" */
  if (p >= lo + 2 && is_word (a, p - 1) && !(tok (a, p - 1)->flags & READOUT_TOKEN_CAPITALIZED) &&
      (word_is (a, p - 1, "out") || word_is (a, p - 1, "up")))
    k = p - 1;
  if (k >= lo + 2 && is_word (a, k - 1) && !(tok (a, k - 1)->flags & READOUT_TOKEN_CAPITALIZED) &&
      (verb_like (a, k - 1) || word_is (a, k - 1, "put") || word_is (a, k - 1, "sent") ||
       word_is (a, k - 1, "made") || word_is (a, k - 1, "written") || word_is (a, k - 1, "read")))
    k--;
  else if (k != p)
    return NULL;
  d = mention_ending (a, k - 1);
  return d && d->kind == READOUT_MENTION_DOCUMENT && d->first >= lo ? d : NULL;
}

/* Where the phrase of the issuer that starts at mention token first starts, with a lower-case
 * modifier or two before the name: "by ministry spokesperson Lina Sousa". */
static guint
issuer_start (Attributor *a,
              guint       first,
              guint       lo)
{
  guint k = first;

  while (k > lo && first - k < 2 && is_word (a, k - 1) && !(tok (a, k - 1)->flags & READOUT_TOKEN_CAPITALIZED) &&
         word_class (a, k - 1) == READOUT_WORD_NONE && !word_is (a, k - 1, "by") && !word_is (a, k - 1, "from") &&
         mention_ending (a, k - 1) == NULL)
    k--;
  return k;
}

static ReadoutMention *
find_subject_from (Attributor *a,
                   guint       i,
                   guint       lo,
                   gboolean   *coordinated,
                   guint      *stop)
{
  gint j = (gint)i - 1;
  guint skipped = 0;

  *coordinated = FALSE;
  *stop = lo;
  if (j >= (gint)lo && word_is (a, j, "to"))
    {
      /* "called X to express …": the subject of the main verb */
      *coordinated = TRUE;
      *stop = j;
      return NULL;
    }
  while (j >= (gint)lo && skipped < 14)
    {
      const ReadoutToken *t = tok (a, j);
      ReadoutMention *m = mention_ending (a, j);

      if (m && m->first >= lo && m->kind == READOUT_MENTION_PRONOUN &&
          (word_is (a, j, "his") || word_is (a, j, "her") || word_is (a, j, "its") || word_is (a, j, "their") ||
           word_is (a, j, "him") || word_is (a, j, "them") || word_is (a, j, "our") || word_is (a, j, "my")))
        {
          /* possessives and objects are never the subject */
          j--;
          skipped++;
          continue;
        }
      if (m && m->first >= lo)
        {
          /* A name used as a modifier: "the Hindi account", "the Pahalgam attack" */
          if (m->kind == READOUT_MENTION_NAME && m->role == NULL && m->last == m->first + 1 &&
              (guint)j + 1 < i && is_word (a, j + 1) && !(tok (a, j + 1)->flags & READOUT_TOKEN_CAPITALIZED) &&
              word_class (a, j + 1) == READOUT_WORD_NONE && !cue_at (a, j + 1, i + 1))
            {
              j = m->first - 1;
              skipped++;
              continue;
            }
          /* "a statement put out by X said", "a statement from X said": the document's
           * issuer speaks */
          if (m->first > lo && m->kind != READOUT_MENTION_PRONOUN && m->kind != READOUT_MENTION_DOCUMENT &&
              issued_document (a, issuer_start (a, m->first, lo) - 1, lo) != NULL)
            return m;
          /* The object of a preposition is not the subject: "in a conversation with X underscored",
           * unless it is the subject of a gerund ("about the US asking India to …") or the
           * possessor of a noun of contact ("of Rubio’s conversations with") */
          if (m->first > lo && is_object_preposition (a, m->first - 1) && m->kind != READOUT_MENTION_PRONOUN &&
              !(m->last == i && cue_at (a, i, i + 4) && cue_at (a, i, i + 4)->participle) &&
              !(m->last == i && (tok (a, m->last - 1)->flags & READOUT_TOKEN_POSSESSIVE)))
            {
              j = m->first - 2;
              skipped++;
              continue;
            }
          return m;
        }
      if (t->kind == READOUT_TOKEN_WORD)
        {
          ReadoutWordClass c = word_class (a, j);

          /* "A, B, and others have condemned" */
          if (word_is (a, j, "others") && j >= 1 && word_is (a, j - 1, "and"))
            {
              j -= 2;
              if (j >= (gint)lo && punct_is (a, j, ","))
                j--;
              skipped++;
              continue;
            }

          if (word_is (a, j, "and") || word_is (a, j, "while") || word_is (a, j, "but") || word_is (a, j, "then") ||
              word_is (a, j, "before") || word_is (a, j, "after"))
            {
              *coordinated = TRUE;
              *stop = j;
              return NULL;
            }
          /* "Rita Holm, who has said only that …": the person the clause is about */
          if (word_is (a, j, "who") && j >= (gint)lo + 2)
            {
              gint k = punct_is (a, j - 1, ",") ? j - 2 : j - 1;
              ReadoutMention *before = k >= (gint)lo ? mention_ending (a, k) : NULL;
              if (before && before->first >= lo &&
                  (before->kind == READOUT_MENTION_NAME || before->kind == READOUT_MENTION_TITLE) &&
                  (before->first == lo || !is_object_preposition (a, before->first - 1)))
                return before;
            }
          if (word_is (a, j, "that") || word_is (a, j, "who") || word_is (a, j, "which"))
            return NULL;
          if (c == READOUT_WORD_ADVERB || c == READOUT_WORD_AUXILIARY || word_is (a, j, "not") ||
              !(t->flags & READOUT_TOKEN_CAPITALIZED))
            {
              j--;
              skipped++;
              continue;
            }
          j--;
          skipped++;
          continue;
        }
      if (t->kind == READOUT_TOKEN_NUMBER)
        {
          j--;
          skipped++;
          continue;
        }
      if (t->kind == READOUT_TOKEN_QUOTE_OPEN && j + 1 == (gint)i)
        {
          /* a partial quote opening on the cue: Hegseth “reiterated …” */
          j--;
          continue;
        }
      if (t->kind == READOUT_TOKEN_PUNCT && (a->text[t->start] == ',' || is_dash (a, j)))
        {
          /* A parenthetical: ", in a post on X," or ", on May 01," */
          gint k = j - 1;
          while (k >= (gint)lo && k > j - 20 && !punct_is (a, k, ",") && !is_dash (a, k) &&
                 tok (a, k)->kind != READOUT_TOKEN_QUOTE_CLOSE)
            k--;
          if (k >= (gint)lo && (punct_is (a, k, ",") || is_dash (a, k)) && k + 1 < j &&
              (is_preposition (a, k + 1) || is_date_like (a, k + 1, j)))
            {
              j = k - 1;
              skipped++;
              continue;
            }
          /* Apposition: "X, the minister," */
          m = mention_ending (a, j - 1 >= 0 ? j - 1 : 0);
          if (j > 0 && m && m->first >= lo && m->kind == READOUT_MENTION_NAME &&
              m->first > 0 && punct_is (a, m->first - 1, ","))
            return m;
          /* "X, believed by analysts to be …, claimed" */
          if (k >= (gint)lo && punct_is (a, k, ",") && k > 0 && punct_is (a, j, ",") &&
              is_word (a, k + 1) && !(tok (a, k + 1)->flags & READOUT_TOKEN_CAPITALIZED) &&
              !word_is (a, k + 1, "and") && !word_is (a, k + 1, "or"))
            {
              /* "The Resistance Front (TRF), a proxy of …, claimed" */
              gint end = k - 1;
              ReadoutMention *before;
              if (end >= 3 && punct_is (a, end, ")") && punct_is (a, end - 2, "("))
                end -= 3;
              /* "Paul Dunn, 51, who was among those treated …, said": an age before it */
              if (end >= 2 && tok (a, end)->kind == READOUT_TOKEN_NUMBER && punct_is (a, end - 1, ","))
                end -= 2;
              before = mention_ending (a, end);
              if (before && before->first >= lo && before->kind != READOUT_MENTION_PRONOUN &&
                  (before->first == lo || (tok (a, before->first)->flags & READOUT_TOKEN_SENTENCE_START) ||
                   !is_object_preposition (a, before->first - 1)))
                return before;
            }
          *coordinated = TRUE;
          *stop = j;
          return NULL;
        }
      return NULL;
    }
  return NULL;
}

static ReadoutMention *
find_subject (Attributor *a,
              guint       i,
              guint       lo,
              gboolean   *coordinated)
{
  guint stop;
  ReadoutMention *m = find_subject_from (a, i, lo, coordinated, &stop);
  guint sentence = tok (a, i)->sentence;

  /* A coordinated verb with no subject seen yet in the sentence: look further left */
  if (m == NULL && *coordinated && a->last_subject_sentence != sentence && stop > lo)
    {
      gboolean again;
      m = find_subject_from (a, stop, lo, &again, &stop);
      if (m == NULL && again && stop > lo)
        m = find_subject_from (a, stop, lo, &again, &stop);
    }
  return m;
}

/* Remembers the subject of the cue at token i: the last distinct subjects, newest first. */
static void
note_subject_at (Attributor *a,
                 gint        entity,
                 guint       i)
{
  guint sentence = tok (a, i)->sentence;

  a->n_last_others = 0;
  a->last_subject = entity;
  a->last_subject_sentence = sentence;
  if (entity < 0)
    return;
  if (a->recent[0] != entity)
    {
      if (a->recent[1] != entity)
        {
          a->recent[2] = a->recent[1];
          a->recent_sentence[2] = a->recent_sentence[1];
          a->recent_token[2] = a->recent_token[1];
        }
      a->recent[1] = a->recent[0];
      a->recent_sentence[1] = a->recent_sentence[0];
      a->recent_token[1] = a->recent_token[0];
      a->recent[0] = entity;
    }
  a->recent_sentence[0] = sentence;
  a->recent_token[0] = i;
}

/* The entity of a subject mention inside the range; -1 when unknown or plural. */
static gint
subject_entity (Attributor     *a,
                ReadoutMention *m,
                const Range    *range)
{
  if (m == NULL)
    return -1;
  if (m->kind == READOUT_MENTION_PRONOUN)
    {
      if (m->pronoun == READOUT_WORD_SELF)
        return range->nested ? range->outer_speaker : -1;
      if (m->pronoun == READOUT_WORD_GROUP)
        return -1;
      /* "X said that he/it …": in reported speech the pronoun is most often the speaker */
      if (range->nested && !range->outer_direct && range->outer_speaker >= 0 && m->first <= range->lo + 1 &&
          (word_is (a, m->first, "he") || word_is (a, m->first, "she") || word_is (a, m->first, "it") ||
           word_is (a, m->first, "they")) &&
          readout_resolver_pronoun_fits (m, g_ptr_array_index (a->entities->entities, range->outer_speaker)))
        return range->outer_speaker;
      if (m->pronoun == READOUT_WORD_PERSON)
        {
          /* "he" continues the last speaker or subject, or the subject of a later sentence
           * that named a person without speaking; in someone's quote, not the quoted person,
           * unless the quote itself made them its subject ("Singh told X … He further said") */
          gint exclude = range->nested && range->outer_direct ? range->outer_speaker : -1;
          guint sentence = tok (a, m->first)->sentence;

          gint best = -1;
          guint best_sentence = 0;

          for (guint k = 0; k < G_N_ELEMENTS (a->recent); k++)
            if (a->recent[k] >= 0 &&
                (a->recent[k] != exclude || (a->recent_token[k] >= range->lo && a->recent_token[k] < m->first)) &&
                a->recent_sentence[k] + 3 >= sentence &&
                readout_entity_is_person (g_ptr_array_index (a->entities->entities, a->recent[k])) &&
                /* not "she" for a man nor "he" for a woman, when the text tells */
                readout_resolver_pronoun_fits (m, g_ptr_array_index (a->entities->entities, a->recent[k])))
              {
                best = a->recent[k];
                best_sentence = a->recent_sentence[k];
                break;
              }
          for (guint k = 0; k < G_N_ELEMENTS (m->candidates); k++)
            if (m->candidates[k] >= 0 && m->candidates[k] != exclude)
              {
                if (best < 0 || m->candidate_sentences[k] > best_sentence)
                  best = m->candidates[k];
                break;
              }
          return best;
        }
      return readout_resolver_entity_of (m, range->nested && range->outer_direct ? range->outer_speaker : -1);
    }
  if (m->kind == READOUT_MENTION_TITLE && m->role_head)
    {
      /* "the prime minister": the holder of that very title among the last subjects, before
       * one whose title only shares its head ("transport minister") */
      for (guint k = 0; m->role && strchr (m->role, ' ') && k < G_N_ELEMENTS (a->recent); k++)
        {
          ReadoutEntity *e;
          if (a->recent[k] < 0)
            continue;
          e = g_ptr_array_index (a->entities->entities, a->recent[k]);
          for (guint r = 0; e->roles && r < e->roles->len; r++)
            if (strstr (g_ptr_array_index (e->roles, r), m->role))
              return a->recent[k];
        }
      /* "the Secretary": the holder of such a title who spoke or acted last */
      for (guint k = 0; !(m->role && strchr (m->role, ' ')) && k < G_N_ELEMENTS (a->recent); k++)
        {
          ReadoutEntity *e;
          if (a->recent[k] < 0)
            continue;
          e = g_ptr_array_index (a->entities->entities, a->recent[k]);
          for (guint r = 0; e->roles && r < e->roles->len; r++)
            if (strstr (g_ptr_array_index (e->roles, r), m->role_head))
              return a->recent[k];
        }
    }
  return m->entity;
}

static gboolean
is_participle_cue (Attributor *a,
                   guint       i,
                   guint       hi)
{
  const ReadoutCue *cue = cue_at (a, i, hi);
  return cue && cue->participle && !(cue->frames & READOUT_FRAME_REL);
}

/* Whether [first, last) has a verb of speech of its own ("that Rubio expressed …"): then a
 * verb coordinated after it ("and reaffirmed") continues that inner clause. */
static gboolean
has_inner_cue (Attributor *a,
               guint       first,
               guint       last,
               gboolean    contact)
{
  for (guint k = first; k < last; k++)
    {
      const ReadoutCue *cue = is_word (a, k) ? cue_at (a, k, k + MAX_CUE_WORDS) : NULL;
      /* the cue may open a partial quote: the minister “conveyed …” */
      guint p = k > 1 && tok (a, k - 1)->kind == READOUT_TOKEN_QUOTE_OPEN ? k - 1 : k;

      /* with contact, a verb of contact with a named subject starts a clause too: "According
       * to the readout, Rubio called Sharif and urged …" */
      if (contact && cue && (cue->frames & READOUT_FRAME_REL) && k > 0 && mention_ending (a, k - 1) &&
          (mention_ending (a, k - 1)->kind == READOUT_MENTION_NAME ||
           mention_ending (a, k - 1)->kind == READOUT_MENTION_TITLE) &&
          !cue_is_false (a, k, cue, 0))
        return TRUE;
      if (cue && !(cue->frames & READOUT_FRAME_REL) && !cue_is_false (a, k, cue, 0) && p > 0 &&
          (mention_ending (a, p - 1) != NULL ||
           /* "both leaders condemned": a subject that names no one actor */
           (is_word (a, p - 1) && word_class (a, p - 1) == READOUT_WORD_NONE && !cue_at (a, p - 1, p))))
        return TRUE;
    }
  return FALSE;
}

/* Whether [first, last) is only names and commas: "Rubio and Sharif" before "and … said". */
static gboolean
only_names (Attributor *a,
            guint       first,
            guint       last)
{
  for (guint k = first; k < last; k++)
    {
      ReadoutMention *m = mention_starting (a, k);
      if (m && m->kind != READOUT_MENTION_DOCUMENT && m->last <= last)
        k = m->last - 1;
      else if (!punct_is (a, k, ","))
        return FALSE;
    }
  return TRUE;
}

/* Where the content that starts at first ends. */
static guint
content_end (Attributor *a,
             guint       first,
             guint       hi)
{
  guint sentence = tok (a, first)->sentence;
  guint i = first;
  gboolean inner_cue = FALSE;  /* has_inner_cue (first, i), kept up as i moves */
  /* Content after a comma is a clause a source leads ("According to the readout, Rubio called
   * Sharif and urged …"): a verb of contact starts it as well as a verb of speech does. After
   * "said that", "Rubio met Sharif and added …" goes on with the one who said it. */
  gboolean led = first > 0 && punct_is (a, first - 1, ",");

  /* Text without sentence ends must not make this quadratic: no content runs longer */
  hi = MIN (hi, first + MAX_CONTENT_TOKENS);
  while (i < hi)
    {
      const ReadoutToken *t = tok (a, i);

      /* has_inner_cue() finds a cue only at a word that may start one: the bit rules out
       * most words without the call */
      if (i > first && !inner_cue && t->kind == READOUT_TOKEN_WORD &&
          (a->info[i] & (1u << (8 + READOUT_PHRASES_CUES))) && has_inner_cue (a, i, i + 1, led))
        inner_cue = TRUE;

      if (t->sentence != sentence && !(t->quote >= 0 && quote (a, t->quote)->open < first))
        break;
      if (t->kind == READOUT_TOKEN_QUOTE_OPEN)
        {
          /* jump over a quotation that opens inside the content */
          gint q = i + 1 < hi ? tok (a, i + 1)->quote : -1;
          if (q >= 0 && quote (a, q)->open == i)
            {
              guint close = quote (a, q)->close;
              i = close == G_MAXUINT ? quote (a, q)->last : close + 1;
              /* “alarming,” while …: the clause ended inside the quote */
              if (close != G_MAXUINT && close > 0 && punct_is (a, close - 1, ",") &&
                  (word_is (a, i, "while") || word_is (a, i, "but") || word_is (a, i, "even") ||
                   word_is (a, i, "although") || word_is (a, i, "whereas") || word_is (a, i, "as") ||
                   word_is (a, i, "which") || word_is (a, i, "who")))
                goto end;
              continue;
            }
        }
      if (t->kind == READOUT_TOKEN_QUOTE_CLOSE && t->quote < (gint)0 && i > first &&
          tok (a, first)->quote >= 0)
        break;
      if (t->kind == READOUT_TOKEN_QUOTE_CLOSE)
        {
          /* a quotation the content started in closes */
          if (tok (a, first)->quote >= 0 && i > first)
            {
              gint q = tok (a, first)->quote;
              gboolean ours = FALSE;
              while (q >= 0)
                {
                  if (quote (a, q)->close == i)
                    ours = TRUE;
                  q = quote (a, q)->parent;
                }
              if (ours)
                break;
            }
        }
      /* Which of the tests below apply follows from the kind of the token: the punctuation
       * ones, or the words, which never end the content at its first token */
      if (t->kind == READOUT_TOKEN_PUNCT)
        {
          if (punct_is (a, i, ";") || is_dash (a, i) || punct_is (a, i, "(") )
            break;
          if (punct_is (a, i, ","))
            {
              guint n = i + 1;
              ReadoutMention *m = mention_starting (a, n);
              if (is_participle_cue (a, n, hi))
                break;
              if (word_is (a, n, "even") || word_is (a, n, "while") || word_is (a, n, "but") ||
                  word_is (a, n, "drawing") || word_is (a, n, "which") || word_is (a, n, "who") ||
                  word_is (a, n, "according") || word_is (a, n, "as") || word_is (a, n, "however") ||
                  word_is (a, n, "although") || word_is (a, n, "though") || word_is (a, n, "despite") ||
                  word_is (a, n, "whose") || word_is (a, n, "something") || word_is (a, n, "saying"))
                break;
              if (m)
                {
                  guint after = m->last;
                  while (after < hi && word_class (a, after) == READOUT_WORD_ADVERB)
                    after++;
                  const ReadoutCue *cue = cue_at (a, after, hi);
                  if (cue && (cue->frames & READOUT_FRAME_AFTER))
                    {
                      guint next = after + cue->n_words;
                      if (next >= hi || punct_is (a, next, ".") || punct_is (a, next, ",") ||
                          is_preposition (a, next) || tok (a, next)->sentence != sentence)
                        break;
                      /* "asked about X's remarks that …, Bruce added: “…”": a speaker of
                       * its own and what she said start a new clause */
                      if (m->kind != READOUT_MENTION_PRONOUN && m->kind != READOUT_MENTION_DOCUMENT &&
                          (cue->frames & (READOUT_FRAME_QUOTE | READOUT_FRAME_THAT)) &&
                          (tok (a, next)->kind == READOUT_TOKEN_QUOTE_OPEN || punct_is (a, next, ":") ||
                           word_is (a, next, "that")))
                        break;
                    }
                }
              if ((word_is (a, n, "a") || word_is (a, n, "the")) && word_class (a, n + 1) == READOUT_WORD_DOCUMENT)
                break;
              /* ", her spokesman Tom Reed added." — the source closes the sentence */
              for (guint k = n; k < hi && k < n + 8 && tok (a, k)->sentence == sentence; k++)
                {
                  const ReadoutCue *cue = cue_at (a, k, hi);
                  if (cue)
                    {
                      guint next = k + cue->n_words;
                      if ((cue->frames & READOUT_FRAME_AFTER) && k > n &&
                          (next >= hi || punct_is (a, next, ".") || tok (a, next)->sentence != sentence))
                        goto end;
                      break;
                    }
                  if (!is_word (a, k) || word_is (a, k, "that"))
                    break;
                }
            }
        }
      else if (t->kind == READOUT_TOKEN_WORD && i > first)
        {
          if ((word_is (a, i, "while") || word_is (a, i, "whereas")) && is_word (a, i + 1) &&
              tok (a, i + 1)->base_end - tok (a, i + 1)->start > 4 &&
              strncmp (a->lower + tok (a, i + 1)->base_end - 3, "ing", 3) == 0)
            break;
          if (word_is (a, i, "but") && tok (a, first)->quote < 0 && tok (a, i)->quote < 0 &&
              !word_is (a, i - 1, "not") && !word_is (a, i - 1, "only"))
            break;
          if (word_is (a, i, "and"))
            {
              guint n = i + 1;
              const ReadoutCue *cue;
              while (n < hi && (word_class (a, n) == READOUT_WORD_ADVERB || tok (a, n)->kind == READOUT_TOKEN_QUOTE_OPEN))
                n++;
              cue = cue_at (a, n, hi);
              if (cue && !(cue->frames & READOUT_FRAME_REL) && !inner_cue)
                break;
              /* "urged India to … and Rubio asked Sharif to …", "repeated this stand and
               * the prime minister has said that …": a clause with a speaker of its own, after
               * content that is no clause (after "that", or after "According to X,") */
              if (first > 0 && !word_is (a, first - 1, "that") && !led && !inner_cue &&
                  tok (a, n)->kind == READOUT_TOKEN_WORD &&
                  !only_names (a, first, i))
                {
                  ReadoutMention *m = mention_starting (a, n);
                  /* "welcomed India and Pakistan’s pledges": a possessor, not a subject */
                  if (m && m->kind != READOUT_MENTION_PRONOUN && m->kind != READOUT_MENTION_DOCUMENT &&
                      !(tok (a, m->last - 1)->flags & READOUT_TOKEN_POSSESSIVE))
                    {
                      guint after = m->last;
                      while (after < hi && (word_class (a, after) == READOUT_WORD_ADVERB ||
                                            word_class (a, after) == READOUT_WORD_AUXILIARY))
                        after++;
                      cue = cue_at (a, after, hi);
                      if (cue && !(cue->frames & READOUT_FRAME_REL) && !cue_is_false (a, after, cue, n))
                        break;
                    }
                }
            }
        }
      i++;
    }
end:
  /* No trailing punctuation */
  while (i > first)
    {
      const ReadoutToken *t = tok (a, i - 1);
      if (t->kind == READOUT_TOKEN_PUNCT || (t->kind == READOUT_TOKEN_QUOTE_OPEN))
        i--;
      else
        break;
    }
  return i;
}

static guint
trim_bytes_end (Attributor *a,
                guint       start,
                guint       end)
{
  const char *text = a->text;

  while (end > start && strchr (" \t\n.,;:", text[end - 1]))
    end--;
  return end;
}

static gint
add_statement (Attributor             *a,
               gint                    speaker,
               ReadoutMention         *speaker_mention,
               guint                   cue_first,
               guint                   cue_last,
               guint                   first,
               guint                   last,
               const ReadoutCue       *cue,
               ReadoutAttributionKind  kind,
               const Range            *range)
{
  ReadoutFoundStatement s = { 0, };
  gboolean has_words = FALSE;

  if (speaker < 0 || first >= last)
    return -1;
  /* A "quotation" this long is a quote mark left open, not something one person said */
  if (last - first > MAX_QUOTE_TOKENS)
    return -1;
  for (guint k = first; k < last && !has_words; k++)
    has_words = tok (a, k)->kind == READOUT_TOKEN_WORD || tok (a, k)->kind == READOUT_TOKEN_NUMBER ||
                tok (a, k)->kind == READOUT_TOKEN_HANDLE;
  if (!has_words)
    return -1;

  s.speaker = speaker;
  s.reported_by = -1;
  s.addressee = -1;
  s.first = first;
  s.last = last;
  s.start = tok (a, first)->start;
  s.end = trim_bytes_end (a, s.start, tok (a, last - 1)->end);
  if (kind == READOUT_ATTRIBUTION_DIRECT)
    {
      const ReadoutToken *f = tok (a, first);
      if (f->quote >= 0)
        a->direct[f->quote] = TRUE;
      if (f->quote >= 0 && quote (a, f->quote)->first == first)
        {
          s.start = quote (a, f->quote)->start;
          while (s.start < s.end && (a->text[s.start] == ' ' || a->text[s.start] == '\n'))
            s.start++;
        }
    }
  s.cue_start = tok (a, cue_first)->start;
  s.cue_end = tok (a, cue_last - 1)->end;
  if (speaker_mention)
    {
      s.speaker_start = tok (a, speaker_mention->first)->start;
      s.speaker_end = tok (a, speaker_mention->last - 1)->base_end;
    }
  s.kind = kind;
  s.serial = a->out->statements->len;
  s.relation = cue ? cue->relation : NULL;
  if (range->nested && range->outer_speaker >= 0 && range->outer_speaker != speaker)
    s.reported_by = range->outer_speaker;

  /* Quotations inside the content belong to it (the arrays in locals: a store through a
   * guint8 pointer may change anything, as far as the compiler knows, so it would read them
   * from a again for every token) */
  {
    const ReadoutToken *tokens = a->tokens;
    guint8 *consumed = a->consumed;

    for (guint k = first; k < last; k++)
      {
        const ReadoutToken *t = &tokens[k];
        if (t->kind == READOUT_TOKEN_QUOTE_OPEN)
          {
            gint q = k + 1 < a->n_tokens ? tokens[k + 1].quote : -1;
            if (q >= 0)
              {
                consumed[q] = TRUE;
                if (kind == READOUT_ATTRIBUTION_INDIRECT && quote (a, q)->n_words > 0)
                  s.kind = READOUT_ATTRIBUTION_MIXED;
              }
          }
        if (t->quote >= 0)
          consumed[t->quote] = TRUE;
      }
  }

  if (!range->nested && last > a->covered_end && first > cue_first)
    a->covered_end = last;
  g_array_append_val (a->out->statements, s);
  return a->out->statements->len - 1;
}

static void
add_relation (Attributor *a,
              gint        source,
              gint        target,
              const char *type,
              gint        statement)
{
  ReadoutFoundRelation r = { source, target, type, -1 };

  if (statement < 0)
    statement = a->reporting_statement;
  if (statement >= 0)
    r.statement = g_array_index (a->out->statements, ReadoutFoundStatement, statement).serial;

  if (source < 0 || target < 0 || source == target || type == NULL)
    return;
  if (g_str_equal (type, "called_by"))
    {
      r.source = target;
      r.target = source;
      r.type = "called";
    }
  g_array_append_val (a->out->relations, r);
}

/* The first actor mention in [first, first + 3). */
static ReadoutMention *
object_at (Attributor *a,
           guint       first,
           guint       hi)
{
  for (guint k = first; k < hi && k < first + 3; k++)
    {
      ReadoutMention *m = mention_starting (a, k);
      if (m && m->kind != READOUT_MENTION_PRONOUN && m->kind != READOUT_MENTION_DOCUMENT)
        return m;
      if (m && m->kind == READOUT_MENTION_PRONOUN)
        return m;
      if (!(word_is (a, k, "the") || word_is (a, k, "to") || word_is (a, k, "with")))
        return NULL;
    }
  return NULL;
}

/* A guess from the ending: "followed", "agreed", "spoke" is not caught, "attack" is no verb. */
static gboolean
verb_like (Attributor *a,
           guint       k)
{
  const ReadoutToken *t = tok (a, k);
  const char *w = a->lower + t->start;
  guint len = t->base_end - t->start;

  return len > 3 && (strncmp (w + len - 2, "ed", 2) == 0 || strncmp (w + len - 3, "ing", 3) == 0);
}

/* Nouns of the people who speak for an organization or a country */
static const ListWord representative_nouns[] = {
  LIST_WORD ("leaders"), LIST_WORD ("leader"), LIST_WORD ("leadership"), LIST_WORD ("officials"),
  LIST_WORD ("representatives"), LIST_WORD ("delegation"), LIST_WORD ("delegates"), LIST_WORD ("negotiators"),
  LIST_WORD ("envoys"), LIST_WORD ("envoy"), LIST_WORD ("diplomats"), LIST_WORD ("spokespeople"),
};

/* The actor a relation points to from token k: "India’s S Jaishankar" is Jaishankar, "the
 * Pahalgam attack" is no actor. */
static ReadoutMention *
relation_object (Attributor *a,
                 guint       k)
{
  ReadoutMention *m = mention_starting (a, k);

  if (m == NULL)
    return NULL;
  if (m->kind == READOUT_MENTION_COUNTRY && (tok (a, m->last - 1)->flags & READOUT_TOKEN_POSSESSIVE) &&
      mention_starting (a, m->last))
    m = mention_starting (a, m->last);
  /* "the union’s leaders", "Chile’s envoys": the people who speak for the organization */
  else if ((m->kind == READOUT_MENTION_COUNTRY || m->kind == READOUT_MENTION_ORGANIZATION) &&
           (tok (a, m->last - 1)->flags & READOUT_TOKEN_POSSESSIVE) &&
           word_in (a, m->last, representative_nouns, G_N_ELEMENTS (representative_nouns)))
    return m;
  /* "@UN SG @antonioguterres", "UN chief Antonio Guterres": names before the person */
  else
    {
      ReadoutMention *n = m;

      for (guint step = 0; step < 3; step++)
        {
          ReadoutMention *next = mention_starting (a, n->last);

          if ((n->kind != READOUT_MENTION_NAME && n->kind != READOUT_MENTION_ORGANIZATION &&
               n->kind != READOUT_MENTION_HANDLE) ||
              (n->entity >= 0 && readout_entity_is_person (g_ptr_array_index (a->entities->entities, n->entity))) ||
              next == NULL || next->kind == READOUT_MENTION_PRONOUN || next->kind == READOUT_MENTION_DOCUMENT)
            break;
          if (next->entity >= 0 && readout_entity_is_person (g_ptr_array_index (a->entities->entities, next->entity)))
            {
              m = next;
              break;
            }
          n = next;
        }
    }
  if (m->kind == READOUT_MENTION_NAME && m->role == NULL && m->entity >= 0 &&
      !readout_entity_is_person (g_ptr_array_index (a->entities->entities, m->entity)))
    return NULL;
  if (m->kind != READOUT_MENTION_PRONOUN && is_word (a, m->last) &&
      !(tok (a, m->last)->flags & READOUT_TOKEN_CAPITALIZED) && word_class (a, m->last) == READOUT_WORD_NONE &&
      !cue_at (a, m->last, a->n_tokens) && !verb_like (a, m->last))
    return NULL;  /* a modifier: "the Pahalgam attack", "Pakistan’s cooperation" */
  return m;
}

/* The rest of a list of objects: "with X and Y", "from Japan, Egypt, …, and Nepal". */
static void
add_object_list (Attributor     *a,
                 gint            source,
                 ReadoutMention *first,
                 const char     *type,
                 gint            statement,
                 const Range    *range)
{
  ReadoutMention *m = first;

  for (guint n = 0; n < 16; n++)
    {
      guint k = m->last;
      ReadoutMention *next;

      if (punct_is (a, k, ","))
        k++;
      if (word_is (a, k, "and") || word_is (a, k, "or"))
        k++;
      else if (k == m->last)
        return;
      next = relation_object (a, k);
      if (next == NULL && word_is (a, k, "the"))
        next = relation_object (a, k + 1);
      if (next == NULL || next->kind == READOUT_MENTION_PRONOUN || next->kind != first->kind)
        return;
      add_relation (a, source, subject_entity (a, next, range), type, statement);
      m = next;
    }
}

/* Plural nouns that "both …" / "the two …" use for two actors named together before:
 * countries and organizations ("both sides") or people ("both leaders"). */
static const ListWord pair_group_nouns[] = {
  LIST_WORD ("countries"), LIST_WORD ("sides"), LIST_WORD ("parties"), LIST_WORD ("nations"),
  LIST_WORD ("neighbours"), LIST_WORD ("neighbors"), LIST_WORD ("governments"), LIST_WORD ("states"),
};
static const ListWord pair_person_nouns[] = {
  LIST_WORD ("leaders"), LIST_WORD ("ministers"), LIST_WORD ("men"), LIST_WORD ("women"),
};

/* How far back "both countries" looks for the pair it stands for, in tokens (a bound, so
 * that the search stays linear in the text). */
#define PAIR_WINDOW 300

/* "both countries", "the two sides", "both leaders" at k: the last two actors of that kind
 * named together before it ("between India and Pakistan", "Lopes and Berg"), or for people
 * the last two named with that role ("both ministers"); never exclude, the one who speaks of
 * them. Returns the token after the phrase and sets pair[], or returns 0. */
static guint
pair_object (Attributor *a,
             guint       k,
             guint       hi,
             gint        exclude,
             gint        pair[2])
{
  guint noun;
  gboolean people;

  if (word_is (a, k, "both"))
    noun = k + 1;
  else if (word_is (a, k, "the") && word_is (a, k + 1, "two"))
    noun = k + 2;
  else
    return 0;
  if (noun >= hi)
    return 0;
  if (word_in (a, noun, pair_group_nouns, G_N_ELEMENTS (pair_group_nouns)))
    people = FALSE;
  else if (word_in (a, noun, pair_person_nouns, G_N_ELEMENTS (pair_person_nouns)))
    people = TRUE;
  else
    return 0;
  for (guint j = k; j > 1 && j + PAIR_WINDOW > k; j--)
    {
      ReadoutMention *left, *right;

      if (!word_is (a, j, "and"))
        continue;
      left = mention_ending (a, j - 1);
      right = mention_starting (a, j + 1);
      if (left == NULL || right == NULL || left->entity < 0 || right->entity < 0 || left->entity == right->entity ||
          left->entity == exclude || right->entity == exclude)
        continue;
      if (people)
        {
          if (left->kind != READOUT_MENTION_NAME || right->kind != READOUT_MENTION_NAME ||
              !readout_entity_is_person (g_ptr_array_index (a->entities->entities, left->entity)) ||
              !readout_entity_is_person (g_ptr_array_index (a->entities->entities, right->entity)))
            continue;
        }
      else if (!((left->kind == READOUT_MENTION_COUNTRY || left->kind == READOUT_MENTION_ORGANIZATION) &&
                 left->kind == right->kind))
        continue;
      pair[0] = left->entity;
      pair[1] = right->entity;
      return noun + 1;
    }
  /* "both ministers": the last two people named with that role */
  if (people)
    {
      char singular[32];
      gsize len = tok (a, noun)->end - tok (a, noun)->start;
      guint n = 0;

      if (len < 3 || len > sizeof singular)
        return 0;
      memcpy (singular, a->lower + tok (a, noun)->start, len - 1);  /* "ministers" → "minister" */
      singular[len - 1] = '\0';
      for (guint j = k; j > 0 && j + PAIR_WINDOW > k && n < 2; j--)
        {
          ReadoutMention *m = mention_ending (a, j - 1);
          ReadoutEntity *e;
          gboolean has_role = FALSE;

          if (m == NULL || m->entity < 0 || m->kind == READOUT_MENTION_PRONOUN || m->entity == exclude ||
              (n == 1 && m->entity == pair[0]))
            continue;
          e = g_ptr_array_index (a->entities->entities, m->entity);
          if (!readout_entity_is_person (e))
            continue;
          for (guint r = 0; e->roles && r < e->roles->len && !has_role; r++)
            has_role = strstr (g_ptr_array_index (e->roles, r), singular) != NULL;  /* lower case */
          if (has_role)
            pair[n++] = m->entity;
        }
      if (n == 2)
        return noun + 1;
    }
  return 0;
}

/* Remembers a contact of the sentence: its sources, and the other actor of each relation added
 * since the relation at index from. */
static void
note_contact (Attributor *a,
              guint       sentence,
              gint        source,
              const gint *others,
              guint       n_others,
              guint       from)
{
  a->contact_sentence = sentence;
  a->n_contact_sources = 0;
  a->contact_sources[a->n_contact_sources++] = source;
  for (guint k = 0; k < n_others && a->n_contact_sources < G_N_ELEMENTS (a->contact_sources); k++)
    a->contact_sources[a->n_contact_sources++] = others[k];
  a->n_contact_targets = 0;
  for (guint r = from; r < a->out->relations->len; r++)
    {
      const ReadoutFoundRelation *f = &g_array_index (a->out->relations, ReadoutFoundRelation, r);
      gint other = f->target;
      gboolean seen = FALSE;

      /* "called_by" is turned round: the source is the other one */
      if (f->target == source)
        other = f->source;
      for (guint k = 0; k < a->n_contact_sources; k++)
        if (f->target == a->contact_sources[k])
          other = f->source;

      for (guint t = 0; t < a->n_contact_targets; t++)
        seen |= a->contact_targets[t] == other;
      if (!seen && a->n_contact_targets < G_N_ELEMENTS (a->contact_targets))
        a->contact_targets[a->n_contact_targets++] = other;
    }
  if (a->n_contact_targets == 0)
    a->contact_sentence = G_MAXUINT;
}

/* Whether the object at first, when it is a pronoun, may stand for those contacted: "them"
 * for several or for a country or organization, "him" or "her" for one person. */
static gboolean
contact_pronoun_agrees (Attributor *a,
                        guint       first,
                        guint       last)
{
  gboolean people = TRUE;

  if (first >= last || !(word_is (a, first, "them") || word_is (a, first, "him") || word_is (a, first, "her")))
    return TRUE;
  for (guint t = 0; t < a->n_contact_targets; t++)
    people &= readout_entity_is_person (g_ptr_array_index (a->entities->entities, a->contact_targets[t]));
  if (word_is (a, first, "them"))
    return a->n_contact_targets >= 2 || !people;
  return a->n_contact_targets == 1 && people;
}

/* Whether speaker is a source of the contact of this sentence. */
static gboolean
contact_of (Attributor *a,
            guint       sentence,
            gint        speaker)
{
  if (a->contact_sentence != sentence || speaker < 0)
    return FALSE;
  for (guint k = 0; k < a->n_contact_sources; k++)
    if (a->contact_sources[k] == speaker)
      return TRUE;
  return FALSE;
}

/* A noun of contact used after a preposition: "in a conversation with", "during talks with",
 * "in back-to-back calls to". Returns the preposition's token, or -1. */
static gint
contact_noun_preposition (Attributor *a,
                          guint       i,
                          guint       lo)
{
  for (guint j = i, n = 0; j > lo && n < 6; j--, n++)
    {
      guint p = j - 1;

      if (word_is (a, p, "in") || word_is (a, p, "during") || word_is (a, p, "after") ||
          word_is (a, p, "through") || word_is (a, p, "via"))
        return p;
      if (is_dash (a, p) || punct_is (a, p, "-"))
        continue;
      if (!is_word (a, p) || (tok (a, p)->flags & READOUT_TOKEN_CAPITALIZED) || mention_starting (a, p) ||
          cue_at (a, p, i + 1) != NULL)
        return -1;
    }
  return -1;
}

/* Groups of people named by where they come from: "foreign ministers from A, B and C", "the
 * envoys of A and B", "(UNSC)—A, B, and C—". After a verb of contact whose object is such a
 * group and no actor, the first country named in the next few tokens of the clause starts the
 * list of those contacted. */
static ReadoutMention *
country_after_group (Attributor *a,
                     guint       k,
                     guint       hi)
{
  guint sentence = tok (a, k)->sentence;
  gboolean from = FALSE;

  for (guint j = k; j < hi && j < k + 24 && tok (a, j)->sentence == sentence; j++)
    {
      ReadoutMention *m = mention_starting (a, j);

      if (word_is (a, j, "from") || word_is (a, j, "of"))
        from = TRUE;
      if (m && m->kind == READOUT_MENTION_COUNTRY && from && m->entity >= 0 &&
          !(tok (a, m->last - 1)->flags & READOUT_TOKEN_POSSESSIVE))
        return m;
      if (punct_is (a, j, ".") || punct_is (a, j, ";") || punct_is (a, j, ":") ||
          (j > k && cue_at (a, j, hi)) || word_is (a, j, "and") || word_is (a, j, "but") ||
          word_is (a, j, "who") || word_is (a, j, "which") || word_is (a, j, "that"))
        return NULL;
      if (punct_is (a, j, ",") && !from)
        return NULL;
    }
  return NULL;
}

static guint subject_list (Attributor *a, ReadoutMention *subject, const Range *range, gint *others);

static void
handle_relation_cue (Attributor       *a,
                     guint             i,
                     const ReadoutCue *cue,
                     const Range      *range)
{
  gboolean coordinated;
  ReadoutMention *subject = find_subject (a, i, range->lo, &coordinated);
  gint source;
  gint others[4] = { -1, -1, -1, -1 };
  guint n_others = 0;
  gint preposition = contact_noun_preposition (a, i, range->lo);
  gboolean speaker_own = FALSE;

  /* "has (full) confidence in X"; not "lost confidence in X", "no confidence in X" */
  if (g_str_equal (cue->lemma, "confidence in"))
    {
      static const ListWord doubt[] = {
        LIST_WORD ("no"), LIST_WORD ("not"), LIST_WORD ("lost"), LIST_WORD ("lose"), LIST_WORD ("loses"),
        LIST_WORD ("losing"), LIST_WORD ("lack"), LIST_WORD ("lacks"), LIST_WORD ("lacked"), LIST_WORD ("little"),
        LIST_WORD ("without"), LIST_WORD ("shaken"), LIST_WORD ("undermined"), LIST_WORD ("eroded"),
        LIST_WORD ("questioned"), LIST_WORD ("doubts"), LIST_WORD ("less"), LIST_WORD ("any"),
      };
      for (guint j = i; j > range->lo && j + 4 > i; j--)
        if (word_in (a, j - 1, doubt, G_N_ELEMENTS (doubt)))
          return;
    }

  /* A noun of contact after a preposition: "in a phone conversation with X, Y said" (the
   * subject comes after the object), "Y had in a conversation with X underscored …" (before
   * the preposition), "[Y communicated this message] in calls to X" (in what Y is reported to
   * have said, with no subject of its own: Y) */
  if (preposition >= 0)
    {
      ReadoutMention *ahead = NULL;
      guint sentence = tok (a, i)->sentence;

      for (guint k = i + cue->n_words; k < range->hi && k < i + 16 && tok (a, k)->sentence == sentence; k++)
        if (punct_is (a, k, ","))
          {
            ahead = mention_starting (a, k + 1);
            if (ahead && ahead->kind != READOUT_MENTION_NAME && ahead->kind != READOUT_MENTION_TITLE &&
                !(ahead->kind == READOUT_MENTION_PRONOUN && ahead->pronoun == READOUT_WORD_PERSON))
              ahead = NULL;
            break;
          }
      if (ahead)
        subject = ahead;
      else
        {
          subject = find_subject (a, preposition, range->lo, &coordinated);
          if (subject == NULL && !(range->nested && range->outer_speaker >= 0 && !coordinated))
            return;
          speaker_own = subject == NULL;
        }
    }

  /* "his conversation with X": the possessive is the one who spoke */
  if (i > range->lo && mention_ending (a, i - 1) && mention_ending (a, i - 1)->kind == READOUT_MENTION_PRONOUN &&
      (word_is (a, i - 1, "his") || word_is (a, i - 1, "her") || word_is (a, i - 1, "their")))
    {
      subject = mention_ending (a, i - 1);
      /* "In his conversation with X, Rubio stressed …": the possessive points ahead */
      if (i >= 2 && (word_is (a, i - 2, "in") || word_is (a, i - 2, "during") || word_is (a, i - 2, "after")))
        for (guint k = i + cue->n_words; k < range->hi && k < i + 16; k++)
          if (punct_is (a, k, ","))
            {
              ReadoutMention *ahead = mention_starting (a, k + 1);
              if (ahead && ahead->kind == READOUT_MENTION_NAME)
                subject = ahead;
              break;
            }
    }
  source = speaker_own ? range->outer_speaker : subject_entity (a, subject, range);
  guint k = i + cue->n_words;
  guint limit = MIN (range->hi, k + 6);
  guint sentence = tok (a, i)->sentence;

  if (source < 0 && coordinated && a->last_subject_sentence == sentence)
    source = a->last_subject;
  /* "A and B spoke with X", "Gulf nations including A and B reached out to X" */
  if (source >= 0 && subject && !speaker_own)
    n_others = subject_list (a, subject, range, others);
  /* “Received a call from …”: in a quote, a verb without subject is the speaker's own */
  if (source < 0 && subject == NULL && range->nested && range->outer_direct &&
      (i == range->lo || (tok (a, i)->flags & READOUT_TOKEN_SENTENCE_START) ||
       tok (a, i - 1)->kind == READOUT_TOKEN_QUOTE_OPEN))
    source = range->outer_speaker;
  if (source < 0)
    return;
  if (!(i > 0 && (word_is (a, i - 1, "his") || word_is (a, i - 1, "her") || word_is (a, i - 1, "their") ||
                  word_is (a, i - 1, "its") || word_is (a, i - 1, "the") || word_is (a, i - 1, "a"))))
    {
      note_subject_at (a, source, i);
      /* "A and B reached out to X, calling for …": both go on */
      a->n_last_others = n_others;
      memcpy (a->last_others, others, sizeof others);
    }

  /* "called the report “alarming”": a verb of contact used for a judgement */
  if (g_str_equal (cue->lemma, "call"))
    for (guint j = k; j < limit && j < k + 5; j++)
      {
        if ((mention_starting (a, j) && mention_starting (a, j)->kind != READOUT_MENTION_DOCUMENT) ||
            !(is_word (a, j) || tok (a, j)->kind == READOUT_TOKEN_QUOTE_OPEN))
          break;
        if (tok (a, j)->kind == READOUT_TOKEN_QUOTE_OPEN && j > k)
          {
            guint last = content_end (a, k, range->hi);
            add_statement (a, source, subject, i, i + cue->n_words, k, last, cue, READOUT_ATTRIBUTION_INDIRECT, range);
            return;
          }
      }

  for (; k < limit; k++)
    {
      gint pair[2];
      ReadoutMention *m;

      /* "spoke with both sides" */
      if (pair_object (a, k, range->hi, source, pair))
        {
          guint from = a->out->relations->len;
          for (guint p = 0; p < 2; p++)
            {
              add_relation (a, source, pair[p], cue->relation, -1);
              for (guint o = 0; o < n_others; o++)
                add_relation (a, others[o], pair[p], cue->relation, -1);
            }
          note_contact (a, sentence, source, others, n_others, from);
          return;
        }
      m = relation_object (a, k);
      /* "spoke to envoys from A, B and C" */
      if (m == NULL && mention_starting (a, k) == NULL && is_word (a, k) &&
          !(tok (a, k)->flags & READOUT_TOKEN_CAPITALIZED) && a->lower[tok (a, k)->end - 1] == 's' &&
          (word_is (a, k + 1, "from") || word_is (a, k + 1, "of")))
        m = country_after_group (a, k, range->hi);
      /* "called Peru’s claims absurd", "met the union’s demands": a thing, not the actor */
      if (m && m->kind != READOUT_MENTION_PRONOUN && (tok (a, m->last - 1)->flags & READOUT_TOKEN_POSSESSIVE) &&
          !word_in (a, m->last, representative_nouns, G_N_ELEMENTS (representative_nouns)))
        return;
      /* "spoke to foreign ministers from A, B and C": the countries */
      if (m && m->kind == READOUT_MENTION_TITLE && subject_entity (a, m, range) < 0)
        {
          ReadoutMention *country = country_after_group (a, m->last, range->hi);
          if (country == NULL)
            return;
          m = country;
        }
      if (m == NULL && mention_starting (a, k) && mention_starting (a, k)->kind != READOUT_MENTION_DOCUMENT)
        return;  /* the first name after the verb is its object, or no actor is */
      /* "spoke with X", not "speaking in Moscow" */
      if (m && cue->n_words == 1 && (g_str_equal (cue->lemma, "speak") || g_str_equal (cue->lemma, "talk")) &&
          !(word_is (a, k - 1, "with") || word_is (a, k - 1, "to") ||
            (word_is (a, k - 1, "the") && (word_is (a, k - 2, "with") || word_is (a, k - 2, "to")))))
        return;
      if (m && m->kind == READOUT_MENTION_PRONOUN)
        return;  /* "to his counterparts": the object is the noun */
      if (m && m->kind != READOUT_MENTION_DOCUMENT)
        {
          gint target = subject_entity (a, m, range);
          guint from = a->out->relations->len;
          add_relation (a, source, target, cue->relation, -1);
          add_object_list (a, source, m, cue->relation, -1, range);
          for (guint o = 0; o < n_others; o++)
            {
              add_relation (a, others[o], target, cue->relation, -1);
              add_object_list (a, others[o], m, cue->relation, -1, range);
            }
          note_contact (a, sentence, source, others, n_others, from);
          /* "spoke to X about the need to …": what was said */
          if (g_strcmp0 (cue->relation, "spoke_with") == 0 && word_is (a, m->last, "about") &&
              m->last + 1 < range->hi)
            {
              guint first = m->last + 1;
              guint last = content_end (a, first, range->hi);
              gint index = add_statement (a, source, subject, i, i + cue->n_words, first, last, cue,
                                          READOUT_ATTRIBUTION_INDIRECT, range);
              if (index >= 0)
                g_array_index (a->out->statements, ReadoutFoundStatement, index).addressee = target;
            }
          return;
        }
      if (punct_is (a, k, ",") && word_is (a, k + 1, "including"))
        {
          limit = MIN (range->hi, k + 6);
          continue;
        }
      /* "a call from @UN SG @antonioguterres": a handle that names no actor */
      if (tok (a, k)->kind == READOUT_TOKEN_HANDLE && mention_starting (a, k) == NULL)
        continue;
      if (tok (a, k)->kind != READOUT_TOKEN_WORD || cue_at (a, k, range->hi))
        return;
    }
}

static guint analyze_range (Attributor *a, const Range *range);

static void
analyze_nested (Attributor *a,
                gint        index)
{
  ReadoutFoundStatement s = g_array_index (a->out->statements, ReadoutFoundStatement, index);
  Range inner = { s.first, s.last, TRUE, s.speaker, s.kind == READOUT_ATTRIBUTION_DIRECT, TRUE };
  guint before = a->out->statements->len;
  guint found;
  gint saved_subject = a->last_subject;
  guint saved_sentence = a->last_subject_sentence;
  gint saved_reporting;

  gint saved_recent[3];
  guint saved_recent_sentence[3], saved_recent_token[3];

  /* Who the narration is about does not change inside what someone reports */
  memcpy (saved_recent, a->recent, sizeof saved_recent);
  memcpy (saved_recent_sentence, a->recent_sentence, sizeof saved_recent_sentence);
  memcpy (saved_recent_token, a->recent_token, sizeof saved_recent_token);
  a->last_subject = -1;
  a->last_subject_sentence = G_MAXUINT;
  saved_reporting = a->reporting_statement;
  a->reporting_statement = index;
  found = analyze_range (a, &inner);
  a->reporting_statement = saved_reporting;
  a->last_subject = saved_subject;
  a->last_subject_sentence = saved_sentence;
  memcpy (a->recent, saved_recent, sizeof saved_recent);
  memcpy (a->recent_sentence, saved_recent_sentence, sizeof saved_recent_sentence);
  memcpy (a->recent_token, saved_recent_token, sizeof saved_recent_token);
  if (found == 0)
    return;
  /* The outer statement only says who reports the inner ones when an inner one starts it, or
   * repeats what an inner one of the same speaker says more precisely */
  for (guint k = before; k < a->out->statements->len; k++)
    {
      ReadoutFoundStatement *t = &g_array_index (a->out->statements, ReadoutFoundStatement, k);
      guint lead = s.first;

      if (t->speaker == s.speaker && s.kind != READOUT_ATTRIBUTION_DIRECT)
        {
          g_array_index (a->out->statements, ReadoutFoundStatement, index).dropped = TRUE;
          break;
        }

      /* skip a leading adverbial: "during his call with Jaishankar," */
      for (guint j = s.first; j < s.first + 12 && j < s.last; j++)
        if (punct_is (a, j, ","))
          {
            lead = j + 1;
            break;
          }
      /* “She told us that …,” X said: a quote that retells what someone it points to said
       * stays X's own words */
      if (!(s.kind == READOUT_ATTRIBUTION_DIRECT &&
            (word_class (a, s.first) == READOUT_WORD_PERSON || word_class (a, s.first) == READOUT_WORD_GROUP)) &&
          t->speaker_start >= tok (a, s.first)->start &&
          (t->speaker_start <= tok (a, MIN (s.first + 3, s.last - 1))->start ||
           (t->speaker_start <= tok (a, MIN (lead + 2, s.last - 1))->start)))
        {
          g_array_index (a->out->statements, ReadoutFoundStatement, index).dropped = TRUE;
          break;
        }
      /* "according to the readout, Rubio called Sharif and urged him …": the content is a
       * clause whose subject the inner statement continues (through a verb of contact) */
      if (s.kind != READOUT_ATTRIBUTION_DIRECT && t->speaker_start == 0)
        {
          ReadoutMention *head = mention_starting (a, s.first);
          if (head == NULL && lead > s.first)
            head = mention_starting (a, lead);
          if (head && head->kind != READOUT_MENTION_PRONOUN && head->entity == t->speaker)
            {
              g_array_index (a->out->statements, ReadoutFoundStatement, index).dropped = TRUE;
              break;
            }
        }
    }
}

/* A cue that follows a quotation: "“…,” added X" or "“…,” X said". Returns the quote or -1. */
static gint
quote_before (Attributor *a,
              guint       i,
              guint       lo)
{
  gint j = (gint)i - 1;

  if (j >= (gint)lo && punct_is (a, j, ","))
    j--;
  if (j >= (gint)lo && tok (a, j)->kind == READOUT_TOKEN_QUOTE_CLOSE)
    {
      /* the quotation whose closing mark this is */
      {
        gint k = j - 1;
        gint q = k >= 0 ? tok (a, k)->quote : -1;
        while (q >= 0 && quote (a, q)->close != (guint)j)
          q = quote (a, q)->parent;
        return q;
      }
    }
  return -1;
}

/* "“…,” the company's chief executive, Pieter Vos, said", "“…,” union leader Ann Roe told":
 * a few words of title or apposition may stand between the quotation and the name. */
static gint
quote_before_subject (Attributor *a,
                      guint       first,
                      guint       lo)
{
  gint q = quote_before (a, first, lo);
  guint j = first;

  for (guint n = 0; q < 0 && n < 8 && j > lo; n++)
    {
      j--;
      if (!(is_word (a, j) || punct_is (a, j, ",")) || word_is (a, j, "and") || word_is (a, j, "or") ||
          word_is (a, j, "that") || cue_at (a, j, first))
        break;
      q = quote_before (a, j, lo);
    }
  return q;
}

static gboolean analyze_forward (Attributor *a, guint i, const ReadoutCue *cue, const Range *range,
                                 gint speaker, ReadoutMention *subject);
static void drop_statements_within (Attributor *a, guint start, guint end);

/* The other members of a list the subject ends: "Saudi Arabia and Kuwait", "A, B, and C"; in
 * the order they are written. */
static guint
subject_list (Attributor     *a,
              ReadoutMention *subject,
              const Range    *range,
              gint           *others)
{
  gint found[4];
  guint n = 0;
  ReadoutMention *m = subject;

  if (subject == NULL || subject->kind == READOUT_MENTION_PRONOUN || subject->kind == READOUT_MENTION_DOCUMENT)
    return 0;
  /* The last member comes after "and"; the others after commas */
  gboolean and_others = (punct_is (a, subject->last, ",") && word_is (a, subject->last + 1, "and") &&
                         word_is (a, subject->last + 2, "others")) ||
                        (word_is (a, subject->last, "and") && word_is (a, subject->last + 1, "others"));

  if (!(((gint)subject->first - 1 >= (gint)range->lo && word_is (a, subject->first - 1, "and")) || and_others))
    return 0;
  while (n < G_N_ELEMENTS (found))
    {
      gint p = (gint)m->first - 1;
      ReadoutMention *before;

      if (p >= (gint)range->lo && word_is (a, p, "and") && m == subject)
        p--;
      else if (p >= (gint)range->lo && punct_is (a, p, ",") && (m != subject || and_others))
        p--;
      else
        break;
      if (p >= (gint)range->lo && punct_is (a, p, ","))
        p--;
      before = p >= (gint)range->lo ? mention_ending (a, p) : NULL;
      if (before == NULL || before->first < range->lo || before->entity < 0 || before->entity == subject->entity ||
          before->kind == READOUT_MENTION_PRONOUN || before->kind == READOUT_MENTION_DOCUMENT ||
          before->kind == READOUT_MENTION_TITLE || before->kind != subject->kind)
        break;
      found[n++] = before->entity;
      m = before;
    }
  /* "between India and Pakistan": objects of a preposition, not a subject */
  if (n > 0 && m->first > range->lo && is_object_preposition (a, m->first - 1) &&
      !word_is (a, m->first - 1, "including") && !word_is (a, m->first - 1, "like"))
    return 0;
  for (guint k = 0; k < n; k++)
    others[k] = found[n - 1 - k];
  return n;
}

/* "both leaders reaffirmed …": one statement for each of the two people last named. */
static gboolean
both_leaders (Attributor  *a,
              guint        i,
              const Range *range,
              gint        *index)
{
  gint j = (gint)i - 1;
  gint people[2] = { -1, -1 };
  guint n = 0;
  const ReadoutCue *cue = cue_at (a, i, range->hi);

  *index = -1;
  while (j >= (gint)range->lo && word_class (a, j) == READOUT_WORD_ADVERB)
    j--;
  if (j < 1 || !(word_is (a, j, "leaders") || word_is (a, j, "sides") || word_is (a, j, "ministers")) ||
      !(word_is (a, j - 1, "both") || word_is (a, j - 1, "two")))
    return FALSE;
  for (gint k = j - 2; k >= 0 && k > j - 120 && n < 2; k--)
    {
      ReadoutMention *m = mention_ending (a, k);
      gint e;
      if (m == NULL || m->kind == READOUT_MENTION_PRONOUN || m->kind == READOUT_MENTION_DOCUMENT)
        continue;
      e = m->entity;
      if (e >= 0 && e != people[0] && e != range->outer_speaker &&
          readout_entity_is_person (g_ptr_array_index (a->entities->entities, e)))
        people[n++] = e;
    }
  if (n < 2)
    return FALSE;
  for (guint q = 0; q < 2; q++)
    {
      guint before = a->out->statements->len;
      guint p = 1 - q; /* in the order they were named */
      analyze_forward (a, i, cue, range, people[p], NULL);
      if (a->out->statements->len > before)
        {
          ReadoutFoundStatement *s = &g_array_index (a->out->statements, ReadoutFoundStatement, before);
          s->addressee = people[1 - p];
          s->speaker_start = tok (a, j - 1)->start;
          s->speaker_end = tok (a, j)->end;
          *index = before;
        }
    }
  /* "… and pledged to …" goes on with both */
  note_subject_at (a, people[1], i);
  a->last_others[0] = people[0];
  a->n_last_others = 1;
  return TRUE;
}

/* Statements found in a stretch that turns out to be reported by someone else: the nested
 * analysis finds them again with their reporter. */
static void
drop_statements_within (Attributor *a,
                        guint       start,
                        guint       end)
{
  /* Only the last statements can lie there: they are found in text order */
  for (guint k = a->out->statements->len, seen = 0; k > 0 && seen < 64; k--, seen++)
    {
      ReadoutFoundStatement *s = &g_array_index (a->out->statements, ReadoutFoundStatement, k - 1);
      if (s->cue_start >= start && s->cue_end <= end)
        s->dropped = TRUE;
    }
}

/* "[full] solidarity with X", "support to X": the noun's relation to the actor after it. */
static gboolean
stance_relation (Attributor  *a,
                 gint         speaker,
                 guint        first,
                 guint        last,
                 gint         statement,
                 const char **bare)
{
  *bare = NULL;
  for (guint k = first; k < last && k < first + 3; k++)
    {
      const char *type;
      char buffer[64];
      ReadoutMention *m;

      /* a word too long for the buffer ends the search, as readout_segmentation_phrase()
       * would fail on it */
      if (!is_word (a, k) || tok (a, k)->base_end - tok (a, k)->start + 2 > sizeof buffer)
        return FALSE;
      /* most words are no stance noun, as their word info tells without a lookup */
      if (!(a->info[k] & READOUT_WORD_INFO_STANCE))
        continue;
      if (!readout_segmentation_phrase (a->seg, k, k + 1, TRUE, buffer, sizeof buffer))
        return FALSE;
      type = readout_engine_lexicon_lookup_stance (a->lexicon, buffer);
      if (type == NULL)
        continue;
      if (!(word_is (a, k + 1, "with") || word_is (a, k + 1, "for") || word_is (a, k + 1, "to") ||
            word_is (a, k + 1, "toward") || word_is (a, k + 1, "towards")))
        {
          /* "expressing solidarity": toward no one named here */
          *bare = type;
          return TRUE;
        }
      m = relation_object (a, word_is (a, k + 2, "the") ? k + 3 : k + 2);
      if (m && m->kind != READOUT_MENTION_PRONOUN)
        add_relation (a, speaker, m->entity, type, statement);
      return TRUE;
    }
  return FALSE;
}

/* The actor that the object at k names: "condemned Pakistan", "accused the government of …",
 * or the owner of the thing named ("backed India’s right to self-defence", "rejected the
 * ministry’s claims"). NULL when it names none, and a pronoun as it is. */
static ReadoutMention *country_after_group (Attributor *a, guint k, guint hi);

static ReadoutMention *
object_actor (Attributor *a,
              guint       k,
              guint       hi)
{
  ReadoutMention *m = relation_object (a, k);

  if (m == NULL && word_is (a, k, "the") && !mention_starting (a, k))
    {
      k++;
      m = relation_object (a, k);
    }
  if (m)
    return m;
  /* "briefed the envoys of Japan, Norway and Chile": the countries */
  if (mention_starting (a, k) == NULL && is_word (a, k) && !(tok (a, k)->flags & READOUT_TOKEN_CAPITALIZED) &&
      a->lower[tok (a, k)->end - 1] == 's' && (word_is (a, k + 1, "from") || word_is (a, k + 1, "of")))
    return country_after_group (a, k, hi);
  m = mention_starting (a, k);
  if (m && m->entity >= 0 && (tok (a, m->last - 1)->flags & READOUT_TOKEN_POSSESSIVE) &&
      (m->kind == READOUT_MENTION_COUNTRY || m->kind == READOUT_MENTION_ORGANIZATION ||
       ((m->kind == READOUT_MENTION_NAME || m->kind == READOUT_MENTION_TITLE) &&
        readout_entity_is_person (g_ptr_array_index (a->entities->entities, m->entity)))))
    return m;
  return NULL;
}

/* The passive: "X was quoted (by Y) as saying …" (X speaks, Y reports it) and "X have been
 * told by Y that …" (Y speaks to X). Returns whether the cue was one; *index is the statement
 * or -1. */
static gboolean
passive_cue (Attributor       *a,
             guint             i,
             const ReadoutCue *cue,
             const Range      *range,
             gint             *index)
{
  guint cue_last = i + cue->n_words;
  gboolean coordinated;

  *index = -1;
  if (i >= range->lo + 2 && word_is (a, i, "saying") && word_is (a, i - 1, "as"))
    {
      gint quoted = -1;
      gint reporter = -1;
      ReadoutMention *subject;
      gint speaker;
      guint before = a->out->statements->len;

      for (guint j = i - 1; j > range->lo && j + 8 > i; j--)
        if (word_is (a, j - 1, "quoted"))
          {
            quoted = j - 1;
            break;
          }
      if (quoted < 0)
        return FALSE;
      if (word_is (a, quoted + 1, "by"))
        {
          ReadoutMention *m = object_at (a, quoted + 2, i);
          if (m && m->kind != READOUT_MENTION_PRONOUN)
            reporter = subject_entity (a, m, range);
        }
      subject = find_subject (a, quoted, range->lo, &coordinated);
      speaker = subject_entity (a, subject, range);
      if (speaker < 0)
        return TRUE;
      note_subject_at (a, speaker, i);
      analyze_forward (a, i, cue, range, speaker, subject);
      for (guint k = before; k < a->out->statements->len; k++)
        {
          ReadoutFoundStatement *s = &g_array_index (a->out->statements, ReadoutFoundStatement, k);
          if (reporter >= 0 && reporter != s->speaker && s->reported_by < 0)
            s->reported_by = reporter;
          *index = k;
        }
      return TRUE;
    }
  if ((cue->frames & READOUT_FRAME_TELL) && i > range->lo &&
      (word_is (a, i - 1, "been") || word_is (a, i - 1, "was") || word_is (a, i - 1, "were") ||
       word_is (a, i - 1, "is") || word_is (a, i - 1, "are") || word_is (a, i - 1, "being")) &&
      word_is (a, cue_last, "by"))
    {
      ReadoutMention *m = object_at (a, cue_last + 1, range->hi);
      ReadoutMention *listener = find_subject (a, i, range->lo, &coordinated);
      gint speaker = subject_entity (a, m, range);
      guint first = 0, last;

      if (m == NULL || m->kind == READOUT_MENTION_PRONOUN || speaker < 0)
        return TRUE;
      if (word_is (a, m->last, "that"))
        first = m->last + 1;
      else if (clause_at (a, m->last, range->hi))
        first = m->last;
      if (first == 0 || first >= range->hi)
        return TRUE;
      last = content_end (a, first, range->hi);
      *index = add_statement (a, speaker, m, i, cue_last, first, last, cue, READOUT_ATTRIBUTION_INDIRECT, range);
      if (*index >= 0)
        {
          gint addressee = subject_entity (a, listener, range);
          g_array_index (a->out->statements, ReadoutFoundStatement, *index).addressee = addressee;
          if (!range->nested)
            analyze_nested (a, *index);
        }
      return TRUE;
    }
  return FALSE;
}

/* Where the source of "according to" ends: after "the readout from the foreign ministry" when
 * the source is a document and its issuer follows it. */
static guint
lead_source_end (Attributor     *a,
                 ReadoutMention *source,
                 guint           hi)
{
  guint k = source->last;

  /* "according to a foreign ministry statement" */
  if (source->kind != READOUT_MENTION_DOCUMENT && source->kind != READOUT_MENTION_PRONOUN && k < hi &&
      is_word (a, k) && !(tok (a, k)->flags & READOUT_TOKEN_CAPITALIZED) && word_class (a, k) == READOUT_WORD_DOCUMENT)
    return k + 1;
  if (source->kind == READOUT_MENTION_DOCUMENT &&
      (word_is (a, k, "from") || word_is (a, k, "by") || word_is (a, k, "of")) && k + 1 < hi)
    {
      ReadoutMention *issuer = mention_starting (a, k + 1);
      if (issuer == NULL && word_is (a, k + 1, "the"))
        issuer = mention_starting (a, k + 2);
      if (issuer && issuer->kind != READOUT_MENTION_PRONOUN && issuer->kind != READOUT_MENTION_DOCUMENT &&
          issuer->last <= hi)
        return issuer->last;
    }
  return k;
}

static gboolean
analyze_cue (Attributor       *a,
             guint             i,
             const ReadoutCue *cue,
             const Range      *range)
{
  guint cue_last = i + cue->n_words;
  guint sentence = tok (a, i)->sentence;
  gboolean coordinated = FALSE;
  ReadoutMention *subject = NULL;
  gint speaker = -1;
  gint q;
  gint index = -1;
  gint others[4] = { -1, -1, -1, -1 };
  guint n_others = 0;

  if (cue->frames & READOUT_FRAME_REL)
    {
      handle_relation_cue (a, i, cue, range);
      return FALSE;
    }

  /* "According to X, …" and "…, according to X." */
  if (cue->frames & READOUT_FRAME_LEAD)
    {
      ReadoutMention *source = object_at (a, cue_last, range->hi);
      gint entity;
      guint first, last;
      guint source_end;

      /* "according to a ministry readout", "as per the official readout from the foreign
       * ministry": the document speaks for whoever issued it */
      if (source == NULL && mention_starting (a, cue_last) &&
          mention_starting (a, cue_last)->kind == READOUT_MENTION_DOCUMENT)
        {
          source = mention_starting (a, cue_last);
          /* "according to a report, …": a document of no one named */
          if (source->affiliation == NULL && source->role == NULL &&
              (word_is (a, source->first, "a") || word_is (a, source->first, "an")))
            source = NULL;
        }
      entity = subject_entity (a, source, range);
      if (source == NULL || entity < 0)
        return FALSE;
      source_end = lead_source_end (a, source, range->hi);
      if (punct_is (a, source_end, ","))
        {
          first = source_end + 1;
          /* ", released late on Tuesday, …": a participle phrase about the document */
          if (source->kind == READOUT_MENTION_DOCUMENT && is_word (a, first) &&
              !(tok (a, first)->flags & READOUT_TOKEN_CAPITALIZED) && verb_like (a, first) &&
              !cue_at (a, first, range->hi))
            for (guint k = first + 1; k < range->hi && k < first + 16 && tok (a, k)->sentence == sentence; k++)
              if (punct_is (a, k, ","))
                {
                  first = k + 1;
                  break;
                }
          last = content_end (a, first, range->hi);
        }
      else
        {
          const ReadoutSentence *s = &g_array_index (a->seg->sentences, ReadoutSentence, sentence);
          first = MAX (s->first, range->lo);
          last = i;
          while (last > first && tok (a, last - 1)->kind == READOUT_TOKEN_PUNCT)
            last--;
          /* "“…,” the minister said, according to X": the minister speaks, X reports it */
          if (last > first)
            for (guint n = a->out->statements->len; n > 0; n--)
              {
                ReadoutFoundStatement *found = &g_array_index (a->out->statements, ReadoutFoundStatement, n - 1);
                if (found->cue_start < tok (a, first)->start)
                  break;
                if (!found->dropped && found->cue_end <= tok (a, last - 1)->end)
                  {
                    if (found->speaker != entity && found->reported_by < 0)
                      found->reported_by = entity;
                    return TRUE;
                  }
              }
          if (!range->nested && last > first)
            drop_statements_within (a, tok (a, first)->start, tok (a, last - 1)->end);
        }
      index = add_statement (a, entity, source, i, cue_last, first, last, cue, READOUT_ATTRIBUTION_INDIRECT, range);
      if (index >= 0 && !range->nested)
        analyze_nested (a, index);
      return index >= 0;
    }

  /* “…,” added X */
  q = quote_before (a, i, range->lo);
  if (q >= 0 && !a->consumed[q] && (cue->frames & READOUT_FRAME_AFTER))
    {
      ReadoutMention *m = mention_starting (a, cue_last);
      if (m && (m->kind != READOUT_MENTION_PRONOUN || m->pronoun != READOUT_WORD_GROUP))
        {
          speaker = subject_entity (a, m, range);
          if (speaker >= 0)
            note_subject_at (a, speaker, i);
          index = add_statement (a, speaker, m, i, cue_last, quote (a, q)->first, quote (a, q)->last, cue,
                                 READOUT_ATTRIBUTION_DIRECT, range);
          if (index >= 0 && !range->nested)
            analyze_nested (a, index);
          return index >= 0;
        }
    }

  if (both_leaders (a, i, range, &index))
    return index >= 0;

  if (passive_cue (a, i, cue, range, &index))
    return index >= 0;

  /* "Peru was urged by the UN to …", "Chile has been accused by X of …": the agent after "by"
   * acts on the subject; the relation, without a statement of its own */
  guint aux = i > range->lo ? i - 1 : i;
  while (aux > range->lo && word_class (a, aux) == READOUT_WORD_ADVERB)
    aux--;
  if (cue->relation && !g_str_equal (cue->relation, "said") && aux < i && cue->n_words == 1 &&
      (word_is (a, aux, "was") || word_is (a, aux, "were") || word_is (a, aux, "been") ||
       word_is (a, aux, "being") || word_is (a, aux, "is") || word_is (a, aux, "are")) &&
      word_is (a, cue_last, "by"))
    {
      ReadoutMention *agent = object_at (a, cue_last + 1, range->hi);
      ReadoutMention *patient = find_subject (a, aux, range->lo, &coordinated);
      gint source = agent && agent->kind != READOUT_MENTION_PRONOUN ? subject_entity (a, agent, range) : -1;
      gint target = subject_entity (a, patient, range);

      if (source >= 0 && target >= 0)
        add_relation (a, source, target, cue->relation, -1);
      return FALSE;
    }

  subject = find_subject (a, i, range->lo, &coordinated);
  /* "a spokesperson for the transport ministry said": an unnamed spokesperson speaks for the
   * organization */
  if (subject && subject->kind == READOUT_MENTION_TITLE && subject->role_head &&
      g_str_has_prefix (subject->role_head, "spokes") &&
      (word_is (a, subject->last, "for") || word_is (a, subject->last, "of")))
    {
      ReadoutMention *org = object_at (a, subject->last + 1, i);
      if (org && (org->kind == READOUT_MENTION_ORGANIZATION || org->kind == READOUT_MENTION_COUNTRY) &&
          org->last <= i && subject_entity (a, org, range) >= 0)
        subject = org;
    }
  speaker = subject_entity (a, subject, range);
  /* "…wrote to the firm’s chief, Lars Eng, demanding that …": the name in apposition to an
   * object is not who demands; the subject of the sentence is */
  if (cue->participle && subject && i > range->lo && punct_is (a, i - 1, ",") && subject->last + 1 == i &&
      subject->first > range->lo && punct_is (a, subject->first - 1, ",") && a->last_subject_sentence == sentence &&
      a->last_subject >= 0 && a->last_subject != speaker && subject->first > range->lo + 1 &&
      !(tok (a, subject->first - 1)->flags & READOUT_TOKEN_SENTENCE_START) &&
      a->recent_token[0] < subject->first)
    {
      gint object = speaker;

      speaker = a->last_subject;
      subject = NULL;
      /* the one demanded of: "…, demanding that …" goes to Lars Eng */
      if (object >= 0)
        {
          a->contact_sentence = sentence;
          a->contact_sources[0] = speaker;
          a->n_contact_sources = 1;
          a->contact_targets[0] = object;
          a->n_contact_targets = 1;
        }
    }
  if (speaker < 0 && subject == NULL && coordinated && a->last_subject_sentence == sentence)
    speaker = a->last_subject;
  if (subject && subject->kind == READOUT_MENTION_PRONOUN && subject->pronoun == READOUT_WORD_GROUP)
    return FALSE;
  /* "X said that it rejected …", “I offered my support,” X wrote: the report already says it */
  if (range->nested && subject && subject->kind == READOUT_MENTION_PRONOUN && speaker == range->outer_speaker &&
      ((!range->outer_direct && subject->first <= range->lo + 1) || subject->pronoun == READOUT_WORD_SELF))
    {
      note_subject_at (a, speaker, i);
      return FALSE;
    }
  /* "If Hegseth did say that …": a condition, not a report */
  if (subject && subject->first > range->lo &&
      (word_is (a, subject->first - 1, "if") || word_is (a, subject->first - 1, "whether") ||
       word_is (a, subject->first - 1, "unless")))
    return FALSE;
  if (speaker < 0)
    return FALSE;
  if (subject == NULL && coordinated)
    {
      n_others = a->n_last_others;
      memcpy (others, a->last_others, sizeof others);
    }
  else
    n_others = subject_list (a, subject, range, others);
  note_subject_at (a, speaker, i);
  a->n_last_others = n_others;
  memcpy (a->last_others, others, sizeof others);

  /* “…,” X said */
  if (subject && (cue->frames & READOUT_FRAME_AFTER))
    {
      q = quote_before_subject (a, subject->first, range->lo);
      if (q >= 0 && !a->consumed[q])
        {
          index = add_statement (a, speaker, subject, i, cue_last, quote (a, q)->first, quote (a, q)->last, cue,
                                 READOUT_ATTRIBUTION_DIRECT, range);
          if (index >= 0 && !range->nested)
            analyze_nested (a, index);
          return index >= 0;
        }
    }

  /* Each of "X, Y and Z" said it */
  for (guint k = 0; k < n_others; k++)
    analyze_forward (a, i, cue, range, others[k], NULL);
  return analyze_forward (a, i, cue, range, speaker, subject);
}

/* Whether a to-infinitive follows the object that starts at k: "India to work …", "both
 * countries, and their leaders, to exercise restraint". */
static gboolean
infinitive_after (Attributor *a,
                  guint       k,
                  guint       hi)
{
  guint sentence = tok (a, k)->sentence;

  for (guint j = k; j < hi && j < k + 16 && tok (a, j)->sentence == sentence; j++)
    {
      if (word_is (a, j, "to") && j + 1 < hi &&
          (is_word (a, j + 1) || tok (a, j + 1)->kind == READOUT_TOKEN_QUOTE_OPEN))
        return TRUE;
      if (punct_is (a, j, ".") || punct_is (a, j, ";") || punct_is (a, j, ":") || (j > k && cue_at (a, j, hi)))
        return FALSE;
    }
  return FALSE;
}

/* Whether the cue at i is in the present tense, third person: "supports", "backs". */
static gboolean
present_form (Attributor       *a,
              guint             i,
              const ReadoutCue *cue)
{
  const ReadoutToken *t = tok (a, i);
  const char *w = a->lower + t->start;
  gsize len = t->end - t->start;
  gsize lemma = strlen (cue->lemma);

  return cue->n_words == 1 && len > lemma && len <= lemma + 2 && strncmp (w, cue->lemma, lemma) == 0 &&
         w[len - 1] == 's' && w[len - 2] != 's';
}

/* An accusation made without a verb of accusing: what the speaker says an actor does or did
 * names a part in wrongdoing ("that Pakistan has a history of supporting, training and funding
 * terrorist organisations", "that the company was behind the leak of toxic waste" does not: no
 * crime named). Both a word of taking part and a word of the wrongdoing must follow the actor
 * that starts the content, in its clause, with no negation. */
static const ListWord accusation_part[] = {
  LIST_WORD ("support"), LIST_WORD ("fund"), LIST_WORD ("financ"), LIST_WORD ("sponsor"), LIST_WORD ("harbo"),
  LIST_WORD ("train"), LIST_WORD ("arming"), LIST_WORD ("armed"), LIST_WORD ("shelter"), LIST_WORD ("fuel"),
  LIST_WORD ("abet"), LIST_WORD ("behind"), LIST_WORD ("responsib"), LIST_WORD ("orchestrat"), LIST_WORD ("plot"),
  LIST_WORD ("mastermind"), LIST_WORD ("violat"), LIST_WORD ("commit"), LIST_WORD ("export"), LIST_WORD ("infiltrat"),
  LIST_WORD ("breach"), LIST_WORD ("exposed"), LIST_WORD ("complicit"), LIST_WORD ("perpetrat"),
};
static const ListWord accusation_wrong[] = {
  LIST_WORD ("terror"), LIST_WORD ("militan"), LIST_WORD ("extremis"), LIST_WORD ("insurgen"), LIST_WORD ("jihad"),
  LIST_WORD ("crimes"), LIST_WORD ("atrocit"), LIST_WORD ("massacre"), LIST_WORD ("genocide"), LIST_WORD ("ceasefire"),
  LIST_WORD ("truce"), LIST_WORD ("sanctions"), LIST_WORD ("rogue"), LIST_WORD ("sabotag"), LIST_WORD ("fraud"),
  LIST_WORD ("corruption"), LIST_WORD ("smuggl"), LIST_WORD ("traffick"), LIST_WORD ("war crime"),
};

static void
accusation_in_content (Attributor  *a,
                       gint         speaker,
                       guint        first,
                       guint        last,
                       gint         statement,
                       const Range *range)
{
  static const ListWord negations[] = {
    LIST_WORD ("not"), LIST_WORD ("never"), LIST_WORD ("no"), LIST_WORD ("nothing"), LIST_WORD ("denied"),
    LIST_WORD ("denies"), LIST_WORD ("rejected"), LIST_WORD ("rejects"), LIST_WORD ("against"), LIST_WORD ("fight"),
    LIST_WORD ("fighting"), LIST_WORD ("combat"), LIST_WORD ("combating"), LIST_WORD ("counter"), LIST_WORD ("victim"),
    LIST_WORD ("victims"), LIST_WORD ("if"), LIST_WORD ("whether"),
  };
  ReadoutMention *m;
  gboolean part = FALSE, wrong = FALSE;
  gint target;

  if (word_is (a, first, "that"))
    first++;
  m = mention_starting (a, first);
  if (m == NULL || m->kind == READOUT_MENTION_PRONOUN || m->kind == READOUT_MENTION_DOCUMENT ||
      (tok (a, m->last - 1)->flags & READOUT_TOKEN_POSSESSIVE))
    return;
  target = subject_entity (a, m, range);
  if (target < 0 || target == speaker)
    return;
  for (guint j = m->last; j < last && j < m->last + 16; j++)
    {
      if (punct_is (a, j, ".") || punct_is (a, j, ";") || word_in (a, j, negations, G_N_ELEMENTS (negations)) ||
          (j > m->last && (word_is (a, j, "and") || word_is (a, j, "but")) && mention_starting (a, j + 1)) ||
          (j > m->last && word_is (a, j, "that")))
        return;
      part |= word_matches (a, j, accusation_part, G_N_ELEMENTS (accusation_part), TRUE);
      wrong |= word_matches (a, j, accusation_wrong, G_N_ELEMENTS (accusation_wrong), TRUE);
      if (part && wrong)
        {
          add_relation (a, speaker, target, "accused", statement);
          return;
        }
    }
}

/* The content after the cue, or before it for "…, X said." */
static gboolean
analyze_forward (Attributor       *a,
                 guint             i,
                 const ReadoutCue *cue,
                 const Range      *range,
                 gint              speaker,
                 ReadoutMention   *subject)
{
  guint cue_last = i + cue->n_words;
  guint sentence = tok (a, i)->sentence;
  gint index;
  guint k = cue_last;

  /* Rubio “encouraged” India to …: the cue was quoted on its own */
  while (k < range->hi && tok (a, k)->kind == READOUT_TOKEN_QUOTE_CLOSE && tok (a, i)->quote >= 0)
    k++;
  /* "said Tuesday he would …", "said on May 3 that …" */
  for (;;)
    {
      if (k < range->hi && (word_class (a, k) == READOUT_WORD_ADVERB || word_class (a, k) == READOUT_WORD_WEEKDAY))
        k++;
      else if (k + 1 < range->hi && word_is (a, k, "on") &&
               (word_class (a, k + 1) == READOUT_WORD_WEEKDAY || word_class (a, k + 1) == READOUT_WORD_MONTH))
        k += 2;
      else if (k < range->hi && (word_class (a, k) == READOUT_WORD_MONTH || tok (a, k)->kind == READOUT_TOKEN_NUMBER) &&
               k > cue_last)
        k++;
      else
        break;
    }

  /* "told X that …" */
  {
    gint addressee = -1;
    guint first = 0, last = 0;
    ReadoutAttributionKind kind = READOUT_ATTRIBUTION_INDIRECT;
    gint pair[2];
    guint object_first = 0;
    gboolean addressed = FALSE;
    gboolean stance = FALSE;
    const char *bare = NULL;

    if (cue->frames & READOUT_FRAME_TELL)
      {
        ReadoutMention *m = object_at (a, k, range->hi);
        if (m)
          {
            addressee = subject_entity (a, m, range);
            object_first = k;
            k = m->last;
          }
      }

    /* A that-clause or a quotation within a few words: "posted on X that", "stance: “…”" */
    if (cue->frames & (READOUT_FRAME_THAT | READOUT_FRAME_QUOTE | READOUT_FRAME_TELL))
      {
        for (guint j = k; j < range->hi && j < k + 12 && tok (a, j)->sentence == sentence; j++)
          {
            const ReadoutToken *t = tok (a, j);
            if (word_is (a, j, "that") && (cue->frames & (READOUT_FRAME_THAT | READOUT_FRAME_TELL)) &&
                (j == k || is_preposition (a, k) || word_is (a, k, "a") || j - k <= 8))
              {
                first = j + 1;
                break;
              }
            if ((punct_is (a, j, ":") || punct_is (a, j, ",")) && j + 1 < range->hi &&
                tok (a, j + 1)->kind == READOUT_TOKEN_QUOTE_OPEN && (cue->frames & READOUT_FRAME_QUOTE))
              {
                gint qq = j + 2 < a->n_tokens ? tok (a, j + 2)->quote : -1;
                if (qq >= 0 && quote (a, qq)->open == j + 1)
                  {
                    first = quote (a, qq)->first;
                    last = quote (a, qq)->last;
                    kind = READOUT_ATTRIBUTION_DIRECT;
                  }
                break;
              }
            if (t->kind == READOUT_TOKEN_QUOTE_OPEN || punct_is (a, j, ".") || punct_is (a, j, ";") ||
                cue_at (a, j, range->hi))
              break;
            if (punct_is (a, j, ",") && j != k)
              break;
          }
      }
    /* "told journalists on Friday the …" (no actor as listener), "said in a statement the …" */
    if (first == 0 && k < range->hi && tok (a, k)->sentence == sentence &&
        (((cue->frames & READOUT_FRAME_TELL) && addressee < 0 && is_word (a, k) && !is_preposition (a, k)) ||
         ((cue->frames & (READOUT_FRAME_THAT | READOUT_FRAME_TELL)) &&
          (word_is (a, k, "in") || word_is (a, k, "on") || word_is (a, k, "at") || word_is (a, k, "during") ||
           word_is (a, k, "via") || word_is (a, k, "through") || word_is (a, k, "outside") ||
           word_is (a, k, "late") || word_is (a, k, "early")))))
      first = clause_after (a, k, range->hi);
    if (first == 0)
      {
        if (k >= range->hi || tok (a, k)->sentence != sentence)
          first = 0;
        else if (tok (a, k)->kind == READOUT_TOKEN_QUOTE_OPEN && (cue->frames & READOUT_FRAME_QUOTE))
          {
            gint qq = k + 1 < a->n_tokens ? tok (a, k + 1)->quote : -1;
            first = k;
            if (qq >= 0 && quote (a, qq)->open == k && quote (a, qq)->n_words > 2)
              {
                guint after = quote (a, qq)->close == G_MAXUINT ? quote (a, qq)->last : quote (a, qq)->close + 1;
                if (after >= range->hi || punct_is (a, after, ".") || punct_is (a, after, ",") ||
                    tok (a, after)->sentence != sentence)
                  {
                    first = quote (a, qq)->first;
                    last = quote (a, qq)->last;
                    kind = READOUT_ATTRIBUTION_DIRECT;
                  }
              }
          }
        else if (cue->frames & (READOUT_FRAME_OBJ | READOUT_FRAME_OBJTO | READOUT_FRAME_TO | READOUT_FRAME_TELL))
          {
            if ((tok (a, k)->kind == READOUT_TOKEN_WORD && !is_preposition (a, k) && !word_is (a, k, "to")) ||
                tok (a, k)->kind == READOUT_TOKEN_QUOTE_OPEN ||
                tok (a, k)->kind == READOUT_TOKEN_HANDLE || tok (a, k)->kind == READOUT_TOKEN_NUMBER)
              first = k;
            else if (word_is (a, k, "to") && (cue->frames & READOUT_FRAME_TO))
              first = k + 1;
            /* "warned X to …": the listener and the infinitive, as "urged X to …" */
            else if (word_is (a, k, "to") && (cue->frames & READOUT_FRAME_OBJTO) && addressee >= 0 &&
                     object_first > 0 && is_word (a, k + 1))
              first = object_first;
            /* "X said the council had asked the government for funds": inside a report, a
             * verb that reports speech with an object and a to-infinitive ("asked X to …")
             * tells of a request for a thing without one, which stays the reporter's account */
            if (first == k && range->nested && (cue->frames & READOUT_FRAME_OBJTO) &&
                !(cue->frames & (READOUT_FRAME_OBJ | READOUT_FRAME_TO | READOUT_FRAME_TELL | READOUT_FRAME_THAT |
                                 READOUT_FRAME_QUOTE)) &&
                !infinitive_after (a, k, range->hi))
              {
                /* the request is still a relation: "asked the government for funds" */
                ReadoutMention *m = object_at (a, k, range->hi);
                if (m && m->kind != READOUT_MENTION_PRONOUN && cue->relation)
                  add_relation (a, speaker, subject_entity (a, m, range), cue->relation, -1);
                first = 0;
              }
            if ((cue->frames & READOUT_FRAME_OBJTO) && addressee < 0)
              {
                ReadoutMention *m = object_at (a, k, range->hi);
                if (m)
                  addressee = subject_entity (a, m, range);
              }
          }
        else if ((cue->frames & READOUT_FRAME_THAT) && !is_preposition (a, k) &&
                 (mention_starting (a, k) || word_is (a, k, "the") || word_is (a, k, "it") ||
                  word_is (a, k, "there") || word_is (a, k, "this") || clause_at (a, k, range->hi)))
          first = k;
      }

    if (first == 0 && subject && (cue->frames & READOUT_FRAME_AFTER) &&
        (k >= range->hi || punct_is (a, k, ".") || punct_is (a, k, ",") || tok (a, k)->sentence != sentence ||
         is_preposition (a, k)))
      {
        /* "…, X said." — the content comes before */
        guint b = subject->first;
        const ReadoutSentence *s = &g_array_index (a->seg->sentences, ReadoutSentence, sentence);
        guint lo = MAX (s->first, range->lo);
        guint issuer = issuer_start (a, b, lo);
        ReadoutMention *document = issuer > lo ? issued_document (a, issuer - 1, lo) : NULL;

        /* "…, a statement put out by X said." */
        if (document)
          b = document->first;

        while (b > lo && (word_is (a, b - 1, "as") || word_is (a, b - 1, "according") ||
                          word_is (a, b - 1, "a") || word_is (a, b - 1, "an") || word_is (a, b - 1, "the") ||
                          word_is (a, b - 1, "his") || word_is (a, b - 1, "her") || word_is (a, b - 1, "its") ||
                          word_is (a, b - 1, "their")))
          b--;
        if (b > lo + 2 && punct_is (a, b - 1, ","))
          {
            guint start = lo;
            while (start < b && (tok (a, start)->flags & READOUT_TOKEN_DATELINE))
              start++;
            if (!range->nested)
              drop_statements_within (a, tok (a, start)->start, tok (a, b - 1)->end);
            index = add_statement (a, speaker, subject, i, cue_last, start, b - 1, cue,
                                   READOUT_ATTRIBUTION_INDIRECT, range);
            if (index >= 0 && !range->nested)
              analyze_nested (a, index);
            return index >= 0;
          }
        return FALSE;
      }
    if (first == 0)
      return FALSE;
    if (range->nested && (subject == NULL || present_form (a, i, cue)) && cue->relation &&
        g_str_equal (cue->relation, "supported") && !(cue->frames & (READOUT_FRAME_THAT | READOUT_FRAME_QUOTE)))
      {
        /* "… stands with India and supports India’s right …", "X said the US backs India"
         * inside a report: a stance the report describes (a standing one, in the present),
         * kept as a relation, not a statement of its own */
        ReadoutMention *m = relation_object (a, first);
        if (m && m->kind != READOUT_MENTION_PRONOUN)
          add_relation (a, speaker, m->entity, cue->relation, -1);
        return FALSE;
      }
    if (last == 0)
      {
        last = content_end (a, first, range->hi);
        /* "While Rubio reaffirmed X, his tone …": a subordinate clause ends at its comma */
        if (subject && subject->first > 0 && kind != READOUT_ATTRIBUTION_DIRECT &&
            (word_is (a, subject->first - 1, "while") || word_is (a, subject->first - 1, "although") ||
             word_is (a, subject->first - 1, "though") || word_is (a, subject->first - 1, "when") ||
             word_is (a, subject->first - 1, "because") || word_is (a, subject->first - 1, "since") ||
             word_is (a, subject->first - 1, "as") || word_is (a, subject->first - 1, "after")))
          for (guint c = first + 1; c < last; c++)
            if (punct_is (a, c, ",") && tok (a, c)->quote == tok (a, first)->quote)
              {
                last = c;
                break;
              }
      }
    index = add_statement (a, speaker, subject, i, cue_last, first, last, cue, kind, range);
    if (index < 0)
      return FALSE;
    g_array_index (a->out->statements, ReadoutFoundStatement, index).addressee = addressee;
    /* "said that X has a history of funding terrorist groups" */
    if (cue->frames & (READOUT_FRAME_THAT | READOUT_FRAME_TELL | READOUT_FRAME_QUOTE))
      accusation_in_content (a, speaker, first, last, index, range);
    if (addressee >= 0 && cue->relation && !g_str_equal (cue->relation, "said"))
      {
        ReadoutMention *m = object_at (a, k, range->hi);
        const char *type = cue->relation;

        /* "warned X to stay indoors" is advice, as "urged": "warned X that …" stays a warning */
        if (g_str_equal (type, "warned") && word_is (a, k, "to"))
          type = "urged";
        add_relation (a, speaker, addressee, type, index);
        if (m && m->entity == addressee)
          add_object_list (a, speaker, m, type, index, range);
        addressed = TRUE;
      }
    /* "called on both countries to …": the two named together before */
    else if (addressee < 0 && cue->relation && !g_str_equal (cue->relation, "said") &&
             (cue->frames & (READOUT_FRAME_OBJTO | READOUT_FRAME_TELL)) && pair_object (a, k, range->hi, speaker, pair))
      {
        add_relation (a, speaker, pair[0], cue->relation, index);
        add_relation (a, speaker, pair[1], cue->relation, index);
        addressed = TRUE;
      }
    /* "expressed solidarity with India": a stance toward an actor */
    if (first == k && (cue->frames & READOUT_FRAME_OBJ))
      stance = stance_relation (a, speaker, first, last, index, &bare);
    /* "condemned Pakistan", "accused the government of …", "backed India’s right" */
    if (!stance && cue->relation && !g_str_equal (cue->relation, "said") && (cue->frames & READOUT_FRAME_OBJ) &&
        first == k && addressee < 0 && !addressed)
      {
        ReadoutMention *m = NULL;

        if (pair_object (a, first, range->hi, speaker, pair))
          {
            add_relation (a, speaker, pair[0], cue->relation, index);
            add_relation (a, speaker, pair[1], cue->relation, index);
            addressed = TRUE;
          }
        else if ((m = object_actor (a, first, range->hi)) && m->kind != READOUT_MENTION_PRONOUN)
          {
            add_relation (a, speaker, subject_entity (a, m, range), cue->relation, index);
            if (!(tok (a, m->last - 1)->flags & READOUT_TOKEN_POSSESSIVE))
              add_object_list (a, speaker, m, cue->relation, index, range);
            addressed = TRUE;
          }
        else if (m && !(word_is (a, m->first, "them") || word_is (a, m->first, "him") ||
                        word_is (a, m->first, "her")))
          addressed = TRUE;  /* "its", "their": not the people of the contact */
      }
    /* After a contact in the same sentence, a participle without an actor as object is said
     * to those contacted: "spoke with X, urging restraint", "spoke to A, B and C, briefing
     * them on …", "reached out to X, calling for calm", "…, expressing solidarity" */
    if (cue->participle && addressee < 0 && !addressed && contact_of (a, sentence, speaker) &&
        contact_pronoun_agrees (a, first, last))
      {
        const char *type = bare ? bare : cue->relation;
        /* only what is said to someone: "…, condemning the attack" is no condemnation of
         * those contacted, nor "reiterating his condemnation of …" */
        if (type && (g_str_equal (type, "urged") || g_str_equal (type, "briefed") || g_str_equal (type, "thanked") ||
                     g_str_equal (type, "warned") || (bare && g_str_equal (type, "supported"))))
          for (guint t = 0; t < a->n_contact_targets; t++)
            add_relation (a, speaker, a->contact_targets[t], type, index);
      }
    if (!range->nested)
      analyze_nested (a, index);
  }
  return TRUE;
}

static gboolean
token_is_open (Attributor *a,
               guint       i,
               const Range *range)
{
  gint q = tok (a, i)->quote;

  if (range->nested)
    return TRUE;
  /* Cues inside a short quotation still count: Rubio “encouraged” India; so does a cue that
   * opens a partial quote: and “stresses that …” */
  if (q >= 0 && quote (a, q)->first == i)
    return TRUE;
  if (range->inside_quotes)
    return TRUE;
  while (q >= 0)
    {
      if (quote (a, q)->n_words > 2)
        return FALSE;
      q = quote (a, q)->parent;
    }
  return TRUE;
}

/* Looks for cues in the range; returns how many statements it added. */
static guint
analyze_range (Attributor  *a,
               const Range *range)
{
  guint before = a->out->statements->len;
  guint next = range->lo; /* tokens before it belong to the last cue */

  if (a->cue_max_words == 0)
    return 0;
  /* Only the words that may start a cue can (see CueStart) */
  for (guint s = a->first_start[range->lo]; s < a->n_starts; s++)
    {
      guint i = a->starts[s].token;
      const ReadoutCue *cue;

      if (i >= range->hi)
        break;
      if (i < next || !token_is_open (a, i, range))
        continue;
      if (!range->nested && i < a->covered_end)
        continue;
      cue = cue_before (a, i, range->hi, start_cue (a, &a->starts[s]));
      if (cue == NULL || cue_is_false (a, i, cue, range->lo))
        continue;
      analyze_cue (a, i, cue, range);
      next = i + cue->n_words;
    }
  return a->out->statements->len - before;
}

/* Quotations no cue took: a quotation right after another by the same speaker (“A,” X said.
 * “B.”), or a paragraph that is only a quotation after a paragraph ending with one. */
static void
attribute_remaining_quotes (Attributor *a)
{
  gint previous = -1; /* statement index of the last direct statement */

  for (guint qi = 0; qi < a->seg->quotes->len; qi++)
    {
      const ReadoutQuote *q = quote (a, qi);
      const ReadoutToken *open = tok (a, q->open);
      ReadoutFoundStatement *prev;
      guint prev_para, para;

      /* the most recent direct statement before this quotation */
      while (previous + 1 < (gint)a->out->statements->len &&
             g_array_index (a->out->statements, ReadoutFoundStatement, previous + 1).start < open->start)
        previous++;
      if (a->consumed[qi] || q->parent >= 0 || q->n_words < 4 || previous < 0)
        continue;
      prev = &g_array_index (a->out->statements, ReadoutFoundStatement, previous);
      if (prev->kind != READOUT_ATTRIBUTION_DIRECT || prev->dropped)
        continue;
      prev_para = g_array_index (a->seg->sentences, ReadoutSentence, tok (a, prev->first)->sentence).paragraph;
      para = g_array_index (a->seg->sentences, ReadoutSentence, open->sentence).paragraph;
      if (para == prev_para || (para == prev_para + 1 && (open->flags & READOUT_TOKEN_PARAGRAPH_START)))
        {
          ReadoutFoundStatement s = *prev;
          guint first = q->first, last = q->last;

          s.first = first;
          s.last = last;
          s.start = q->start;
          s.end = trim_bytes_end (a, q->start, q->end);
          s.speaker_start = s.speaker_end = 0;
          s.serial = a->out->statements->len;
          a->consumed[qi] = TRUE;
          if (s.end > s.start)
            g_array_append_val (a->out->statements, s);
        }
    }
}

static gint
compare_statements (gconstpointer pa,
                    gconstpointer pb)
{
  const ReadoutFoundStatement *x = pa, *y = pb;

  return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

/* Sorts the statements by where their content starts, keeping equal ones in their order (as
 * g_array_sort () does). They are found mostly in order already, so an insertion sort moves few;
 * should it have to move many, g_array_sort () finishes (the order is the same either way). */
static void
sort_statements (GArray *statements)
{
  ReadoutFoundStatement *s = (ReadoutFoundStatement *)statements->data;
  gsize moves = 0;

  for (guint k = 1; k < statements->len; k++)
    {
      ReadoutFoundStatement moved;
      guint j = k;

      if (s[k - 1].start <= s[k].start)
        continue;
      if (moves > 8 * (gsize)statements->len)
        {
          g_array_sort (statements, compare_statements);
          return;
        }
      moved = s[k];
      while (j > 0 && s[j - 1].start > moved.start)
        {
          s[j] = s[j - 1];
          j--;
          moves++;
        }
      s[j] = moved;
    }
}

/* Finds the words that may start a cue, and for each token the first of them at or after it. */
static void
find_cue_starts (Attributor *a)
{
  const guint n_tokens = a->n_tokens;
  const ReadoutToken *tokens = a->tokens;
  /* The test of readout_segmentation_may_start () on arrays held here: this loop runs over every
   * token of the document, and the compiler would read them from the segmentation again for
   * each (g_renew () below may write anywhere, as far as it knows) */
  const guint *info = a->seg->info;
  const guint may_start = 1u << (8 + READOUT_PHRASES_CUES);
  guint *first_start = g_new (guint, n_tokens + 1);
  guint size = 16 + n_tokens / 16;
  CueStart *starts = g_new (CueStart, size);
  guint n = 0;

  for (guint i = 0; i < n_tokens; i++)
    {
      first_start[i] = n;
      if ((info[i] & may_start) && tokens[i].kind == READOUT_TOKEN_WORD)
        {
          if (n == size)
            {
              size *= 2;
              starts = g_renew (CueStart, starts, size);
            }
          starts[n].token = i;
          starts[n].cue = NULL;
          n++;
        }
    }
  first_start[n_tokens] = n;
  a->first_start = first_start;
  a->starts = starts;
  a->n_starts = n;
}

ReadoutDocumentAttributions *
readout_attributor_run (const ReadoutSegmentation *seg,
                        ReadoutMentions           *mentions,
                        ReadoutDocumentEntities   *entities,
                        ReadoutEngineLexicon      *lexicon)
{
  ReadoutDocumentAttributions *out = g_new0 (ReadoutDocumentAttributions, 1);
  Attributor a = { seg, mentions, entities, lexicon, out, g_new0 (guint8, seg->quotes->len + 1), NULL,
                   seg->tokens->len, (const ReadoutToken *)seg->tokens->data, seg->text, seg->lower,
                   -1, G_MAXUINT, { -1, -1, -1 }, { 0, 0, 0 }, { 0, 0, 0 }, 0, { -1, -1, -1, -1 }, 0 };

  a.direct = g_new0 (guint8, seg->quotes->len + 1);
  a.contact_sentence = G_MAXUINT;
  a.reporting_statement = -1;
  a.info = seg->info;
  a.quotes = (const ReadoutQuote *)(gconstpointer)seg->quotes->data;
  a.mention_data = (ReadoutMention *)(gpointer)mentions->mentions->data;
  a.ending_at = mentions->ending_at;
  a.starting_at = mentions->starting_at;
  a.cue_max_words = MIN (MAX_CUE_WORDS, readout_engine_lexicon_table_max_words (lexicon, READOUT_PHRASES_CUES));
  find_cue_starts (&a);
  /* Sized for typical news text (a statement in some thirty tokens), saving most of the
   * copies of growing it by doubling: the engine copies out what it keeps and frees it. The
   * relations are kept as they are, until the actors are merged: that array starts empty. */
  out->statements = g_array_sized_new (FALSE, FALSE, sizeof (ReadoutFoundStatement), a.n_tokens / 24 + 8);
  out->relations = g_array_new (FALSE, FALSE, sizeof (ReadoutFoundRelation));

  for (guint s = 0; s < seg->sentences->len; s++)
    {
      const ReadoutSentence *sentence = &g_array_index (seg->sentences, ReadoutSentence, s);
      Range range = { sentence->first, sentence->last, FALSE, -1, FALSE, FALSE };

      analyze_range (&a, &range);
    }

  /* Sentences inside a quotation that no one was found to speak as a whole, such as the rest
   * of a partial quote (and “stresses that … He calls on …”): their own cues count. */
  for (guint s = 0; s < seg->sentences->len; s++)
    {
      const ReadoutSentence *sentence = &g_array_index (seg->sentences, ReadoutSentence, s);
      gint q = readout_segmentation_token (seg, sentence->first)->quote;
      Range range = { sentence->first, sentence->last, FALSE, -1, FALSE, TRUE };

      if (q < 0 || a.direct[q] || readout_segmentation_token (seg, quote (&a, q)->open)->sentence == s)
        continue;
      a.covered_end = 0;
      analyze_range (&a, &range);
    }

  sort_statements (out->statements);
  attribute_remaining_quotes (&a);
  sort_statements (out->statements);

  g_free (a.consumed);
  g_free (a.direct);
  g_free (a.starts);
  g_free (a.first_start);
  return out;
}

void
readout_document_attributions_free (ReadoutDocumentAttributions *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->statements);
  g_array_unref (self->relations);
  g_free (self);
}
