/* test-attribution.c: statements, speakers, kinds and reporters on small made-up sentences of
 * each rule family, with negative cases, and a few general facts about the development corpus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "readout.h"
#include "readout-engine.h"

static ReadoutAnalysisResult *
analyze (const char * const *texts)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  ReadoutAnalysisResult *result = readout_analysis_result_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; texts[i]; i++)
    {
      ReadoutDocument *document = readout_document_new ();
      g_autofree char *id = g_strdup_printf ("d%u", i + 1);

      readout_document_set_id (document, id);
      readout_document_set_text (document, texts[i]);
      g_ptr_array_add (documents, document);
    }
  g_assert_true (readout_engine_run (documents, readout_lexicon_get_default (), result, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return result;
}

static ReadoutAnalysisResult *
analyze_one (const char *text)
{
  const char *texts[] = { text, NULL };
  return analyze (texts);
}

static guint
count_attributions (ReadoutAnalysisResult *result)
{
  guint n = 0;

  for (guint i = 0; i < result->statements->len; i++)
    n += g_list_model_get_n_items (readout_statement_get_attributions (g_ptr_array_index (result->statements, i)));
  return n;
}

/* The attribution whose text contains needle, or NULL. */
static ReadoutAttribution *
find (ReadoutAnalysisResult *result,
      const char            *needle)
{
  for (guint i = 0; i < result->statements->len; i++)
    {
      GListModel *attributions = readout_statement_get_attributions (g_ptr_array_index (result->statements, i));
      for (guint k = 0; k < g_list_model_get_n_items (attributions); k++)
        {
          g_autoptr(ReadoutAttribution) a = g_list_model_get_item (attributions, k);
          if (strstr (readout_attribution_get_text (a), needle))
            return a;
        }
    }
  return NULL;
}

static const char *
speaker_of (ReadoutAttribution *a)
{
  g_assert_nonnull (a);
  return readout_actor_get_name (readout_attribution_get_speaker (a));
}

static const char *
reporter_of (ReadoutAttribution *a)
{
  ReadoutActor *reporter = readout_attribution_get_reported_by (a);
  return reporter ? readout_actor_get_name (reporter) : NULL;
}

static ReadoutActor *
find_actor (ReadoutAnalysisResult *result,
            const char            *name)
{
  for (guint i = 0; i < result->actors->len; i++)
    if (g_str_equal (readout_actor_get_name (g_ptr_array_index (result->actors, i)), name))
      return g_ptr_array_index (result->actors, i);
  return NULL;
}

static void
test_direct_quote_after (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("“We will not give up an inch of land,” Foreign Minister Ana Lopes said on Monday.");
  ReadoutAttribution *a = find (r, "inch of land");

  g_assert_cmpstr (speaker_of (a), ==, "Ana Lopes");
  g_assert_cmpint (readout_attribution_get_kind (a), ==, READOUT_ATTRIBUTION_DIRECT);
  /* The content only: no quote marks, no speaker, no cue */
  g_assert_cmpstr (readout_attribution_get_text (a), ==, "We will not give up an inch of land");
  g_assert_cmpstr (readout_attribution_get_cue (a), ==, "said");
}

static void
test_inverted_and_split_quote (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("“The talks were useful,” said Prime Minister Tomas Berg, “and they will go on.”\n"
                 "“We expect an answer soon,” added spokesperson Nadia Haas.");

  g_assert_cmpstr (speaker_of (find (r, "talks were useful")), ==, "Tomas Berg");
  g_assert_cmpstr (speaker_of (find (r, "they will go on")), ==, "Tomas Berg");
  g_assert_cmpstr (speaker_of (find (r, "expect an answer")), ==, "Nadia Haas");
}

static void
test_quote_after_colon (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Interior Minister Paul Okafor repeated his position: “No camp will be closed this year.”");
  ReadoutAttribution *a = find (r, "No camp will be closed");

  g_assert_cmpstr (speaker_of (a), ==, "Paul Okafor");
  g_assert_cmpint (readout_attribution_get_kind (a), ==, READOUT_ATTRIBUTION_DIRECT);
}

static void
test_reported_speech (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Finance Minister Lena Dahl said that the budget would be cut by a tenth.\n"
                 "Dahl also warned that prices could rise.\n"
                 "She later stressed the need for calm.");

  g_assert_cmpstr (readout_attribution_get_text (find (r, "budget")), ==, "the budget would be cut by a tenth");
  g_assert_cmpint (readout_attribution_get_kind (find (r, "budget")), ==, READOUT_ATTRIBUTION_INDIRECT);
  g_assert_cmpstr (speaker_of (find (r, "prices could rise")), ==, "Lena Dahl");
  /* a pronoun in the next paragraph still finds her */
  g_assert_cmpstr (speaker_of (find (r, "the need for calm")), ==, "Lena Dahl");
}

static void
test_object_and_infinitive (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Foreign Minister Ana Lopes urged Chile to reopen the border crossing and called on Peru to "
                 "release the detained fishermen.");
  ReadoutAttribution *a = find (r, "reopen the border");
  ReadoutAttribution *b = find (r, "release the detained");
  gboolean urged = FALSE;

  g_assert_cmpstr (readout_attribution_get_text (a), ==, "Chile to reopen the border crossing");
  g_assert_cmpstr (speaker_of (a), ==, "Ana Lopes");
  g_assert_cmpstr (readout_attribution_get_cue (b), ==, "called on");
  g_assert_cmpstr (speaker_of (b), ==, "Ana Lopes");
  for (guint i = 0; i < r->relations->len; i++)
    {
      ReadoutRelation *rel = g_ptr_array_index (r->relations, i);
      urged |= g_str_equal (readout_relation_get_relation_type (rel), "urged") &&
               g_str_equal (readout_actor_get_name (readout_relation_get_target (rel)), "Chile");
    }
  g_assert_true (urged);
}

static void
test_mixed (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Senator Rosa Vidal said the new law was “a gift to smugglers” and should be repealed.");
  ReadoutAttribution *a = find (r, "gift to smugglers");

  g_assert_cmpint (readout_attribution_get_kind (a), ==, READOUT_ATTRIBUTION_MIXED);
  g_assert_cmpstr (speaker_of (a), ==, "Rosa Vidal");
  /* the partial quote is part of the statement, not one of its own */
  g_assert_cmpuint (count_attributions (r), ==, 1);
}

static void
test_according_to (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("According to the Red Cross, three convoys reached the town.\n"
                 "The bridge was closed for repairs, according to Mayor Ivo Kral.");

  g_assert_cmpstr (speaker_of (find (r, "three convoys")), ==, "International Committee of the Red Cross");
  g_assert_cmpstr (speaker_of (find (r, "bridge was closed")), ==, "Ivo Kral");
}

static void
test_nested_attribution (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Defence Minister Omar Haddad claimed that Admiral Jan Weiss said that the fleet would stay.");
  ReadoutAttribution *a = find (r, "fleet would stay");

  g_assert_cmpstr (speaker_of (a), ==, "Jan Weiss");
  g_assert_cmpstr (reporter_of (a), ==, "Omar Haddad");
  g_assert_cmpuint (count_attributions (r), ==, 1);
}

static void
test_spokesperson_relays_principal (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Foreign Minister Ana Lopes spoke with her Chilean counterpart on Tuesday.\n"
                 "In a statement, ministry spokesperson Karl Brandt said that Lopes encouraged Chile to resume the talks.");
  ReadoutAttribution *a = find (r, "resume the talks");

  g_assert_cmpstr (speaker_of (a), ==, "Ana Lopes");
  g_assert_cmpstr (reporter_of (a), ==, "Karl Brandt");
}

static void
test_organization_statement (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("The World Health Organization said that the outbreak was under control.\n"
                 "Chile’s foreign ministry said in a statement that it rejected the claims.");

  g_assert_cmpstr (speaker_of (find (r, "outbreak was under control")), ==, "World Health Organization");
  g_assert_cmpint (readout_actor_get_kind (readout_attribution_get_speaker (find (r, "rejected the claims"))),
                   ==, READOUT_ACTOR_ORGANIZATION);
}

static void
test_country_as_speaker (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Ottawa said that the tariffs were unjustified.\nThe Kremlin denied that troops had crossed the river.");

  g_assert_cmpstr (speaker_of (find (r, "tariffs")), ==, "Canada");
  g_assert_nonnull (find (r, "troops had crossed"));
}

static void
test_scare_quotes_are_not_statements (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("The film “Titanic” was shown again on Friday.\n"
                 "So-called “experts” filled the studio.\n"
                 "The aforesaid agreement was signed in Rome, and the so-called peace plan was published.\n"
                 "The said agreement runs for ten years.");

  g_assert_cmpuint (count_attributions (r), ==, 0);
}

static void
test_conditions_and_passives_are_not_statements (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("If Minister Ana Lopes said that the border would close, nobody heard it.\n"
                 "The envoy was said to be furious about the delay.");

  g_assert_cmpuint (count_attributions (r), ==, 0);
}

static void
test_same_remark_in_two_documents (void)
{
  const char *texts[] = {
    "President Mara Ilic said that the ceasefire must hold along the whole front.",
    "The ceasefire must hold along the whole front, President Ilic said on Sunday.",
    NULL,
  };
  g_autoptr(ReadoutAnalysisResult) r = analyze (texts);
  ReadoutAttribution *a = find (r, "ceasefire must hold");
  ReadoutStatement *statement = readout_attribution_get_statement (a);

  g_assert_cmpuint (g_list_model_get_n_items (readout_statement_get_attributions (statement)), ==, 2);
  g_assert_cmpuint (readout_statement_get_n_documents (statement), ==, 2);
  g_assert_nonnull (find_actor (r, "Mara Ilic"));
}

static guint
count_speakers_of (ReadoutAnalysisResult *result,
                   const char            *needle,
                   const char            *speaker)
{
  guint n = 0;

  for (guint i = 0; i < result->statements->len; i++)
    {
      ReadoutStatement *s = g_ptr_array_index (result->statements, i);
      GListModel *attributions = readout_statement_get_attributions (s);
      for (guint k = 0; k < g_list_model_get_n_items (attributions); k++)
        {
          g_autoptr(ReadoutAttribution) a = g_list_model_get_item (attributions, k);
          if (strstr (readout_attribution_get_text (a), needle) &&
              g_str_equal (readout_actor_get_name (readout_attribution_get_speaker (a)), speaker))
            n++;
        }
    }
  return n;
}

static void
test_subject_lists (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Norway and Denmark also wrote to the council, calling for an inquiry.\n"
                 "Leaders including French President Anne Roux, Chancellor Emil Vogt, and others have "
                 "condemned the raid.\n"
                 "Talks between Chile and Peru resumed.");

  g_assert_cmpuint (count_speakers_of (r, "an inquiry", "Norway"), ==, 1);
  g_assert_cmpuint (count_speakers_of (r, "an inquiry", "Denmark"), ==, 1);
  g_assert_cmpuint (count_speakers_of (r, "the raid", "Anne Roux"), ==, 1);
  g_assert_cmpuint (count_speakers_of (r, "the raid", "Emil Vogt"), ==, 1);
}

static void
test_both_leaders (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Prime Minister Karin Voss spoke with President Luis Ortega on Friday. The readout said both "
                 "leaders condemned the bombing and pledged to hold the attackers accountable.");

  g_assert_cmpuint (count_speakers_of (r, "the bombing", "Karin Voss"), ==, 1);
  g_assert_cmpuint (count_speakers_of (r, "the bombing", "Luis Ortega"), ==, 1);
  g_assert_cmpuint (count_speakers_of (r, "attackers accountable", "Luis Ortega"), ==, 1);
}

static void
test_pronoun_in_reported_clause (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Mayor Ivo Kral met Governor Lea Sand in Brno.\nKral said that he had asked for more buses.");
  ReadoutAttribution *a = find (r, "asked for more buses");

  /* "X said that he …" is one statement of X, not a second one */
  g_assert_cmpstr (speaker_of (a), ==, "Ivo Kral");
  g_assert_null (reporter_of (a));
  g_assert_cmpuint (count_attributions (r), ==, 1);
}

/* "she" is not a man the text calls "Mr", nor "he" a woman: neither as the last speaker nor as
 * the reporter of a clause. */
static void
test_pronoun_gender (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Minister Ana Ruiz met Prime Minister Tom Berg in Lisbon.\n"
                 "Mr Berg said the talks had gone well. She said the border would stay open.\n"
                 "Mr Berg said that she had told him the tolls would go.");
  ReadoutAttribution *a = find (r, "the border would stay open");
  ReadoutAttribution *b = find (r, "the tolls would go");

  g_assert_cmpstr (speaker_of (a), ==, "Ana Ruiz");
  g_assert_cmpstr (speaker_of (b), ==, "Ana Ruiz");
  g_assert_cmpstr (reporter_of (b), ==, "Tom Berg");
}

static void
test_title_by_affiliation (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("UN Secretary General Maria Costa visited the camp.\n"
                 "The UN chief urged donors to double their aid, her spokesman Tom Reed added.");
  ReadoutAttribution *a = find (r, "double their aid");

  g_assert_cmpstr (speaker_of (a), ==, "Maria Costa");
  g_assert_cmpstr (reporter_of (a), ==, "Tom Reed");
}

static void
test_judgement_with_quote (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Senate Majority Leader Rita Moreno called the report “alarming,” while critics accused "
                 "the agency of hiding the data.");

  g_assert_cmpstr (speaker_of (find (r, "alarming")), ==, "Rita Moreno");
  g_assert_cmpint (readout_attribution_get_kind (find (r, "alarming")), ==, READOUT_ATTRIBUTION_MIXED);
  g_assert_nonnull (find (r, "the agency of hiding the data"));
}

static void
test_places_do_not_speak (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Officials met in Salzburg on Monday.\nThe Salzburg talks ended, and the envoy said nothing.");

  for (guint i = 0; i < r->actors->len; i++)
    g_assert_cmpstr (readout_actor_get_name (g_ptr_array_index (r->actors, i)), !=, "Salzburg");
}

static char *
corpus_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "corpus", "pahalgam-2025", name, NULL);
}

static void
test_corpus_facts (void)
{
  const char *names[] = { "000_fde99bb8e2b0effc.txt", "001_ddf334acd5167ce5.txt", "002_7626dbbac56dbb00.txt",
                          "003_4b9987e6f37c8e07.txt", "004_4d627964414fa845.txt" };
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ReadoutAnalysisResult) r = readout_analysis_result_new ();
  gboolean hegseth_by_singh = FALSE, trump_direct = FALSE;
  ReadoutActor *rubio;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = corpus_file (names[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      ReadoutDocument *document = readout_loader_load_file (file, NULL, &error);

      g_assert_no_error (error);
      g_ptr_array_add (documents, document);
    }
  g_assert_true (readout_engine_run (documents, readout_lexicon_get_default (), r, NULL, NULL, NULL, NULL));

  for (guint i = 0; i < r->statements->len; i++)
    {
      ReadoutStatement *s = g_ptr_array_index (r->statements, i);
      GListModel *attributions = readout_statement_get_attributions (s);
      const char *speaker = readout_actor_get_name (readout_statement_get_speaker (s));

      for (guint k = 0; k < g_list_model_get_n_items (attributions); k++)
        {
          g_autoptr(ReadoutAttribution) a = g_list_model_get_item (attributions, k);
          if (g_str_equal (speaker, "Pete Hegseth") && g_strcmp0 (reporter_of (a), "Rajnath Singh") == 0)
            hegseth_by_singh = TRUE;
          if (g_str_equal (speaker, "Donald Trump") && readout_attribution_get_kind (a) == READOUT_ATTRIBUTION_DIRECT)
            trump_direct = TRUE;
        }
    }
  /* Singh claimed that Hegseth said …: Hegseth speaks, Singh reports */
  g_assert_true (hegseth_by_singh);
  g_assert_true (trump_direct);
  g_assert_cmpuint (count_attributions (r), >=, 80);

  /* Rubio, with his affiliation in the list of actors */
  rubio = find_actor (r, "Marco Rubio");
  g_assert_nonnull (rubio);
  g_assert_nonnull (readout_actor_get_affiliation (rubio));
  g_assert_nonnull (find_actor (r, readout_actor_get_name (readout_actor_get_root_affiliation (rubio))));
  g_assert_nonnull (find_actor (r, "Pakistan"));
}

static void
test_clause_without_that (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Omar Vance said a second valve was failing near the dock.\n"
                 "Vance said no fuel had reached the river.\n"
                 "Ruth Kale said about 20 barrels escaped overnight.\n"
                 "Ruth Kale said a crack in the hull had widened.\n"
                 "Mayor Ines Pardo said goodbye to the crowd.\n"
                 "Pardo said farewell in the hall of the school.");

  g_assert_cmpstr (readout_attribution_get_text (find (r, "valve")), ==,
                   "a second valve was failing near the dock");
  g_assert_cmpstr (speaker_of (find (r, "no fuel")), ==, "Omar Vance");
  g_assert_cmpstr (speaker_of (find (r, "20 barrels")), ==, "Ruth Kale");
  /* no subject and finite verb after the cue: not a reported clause */
  g_assert_null (find (r, "goodbye"));
  g_assert_null (find (r, "farewell"));
  /* a prepositional phrase inside the subject */
  g_assert_cmpstr (readout_attribution_get_text (find (r, "hull")), ==, "a crack in the hull had widened");
}

static void
test_adverbial_between_cue_and_clause (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Sara Lind told journalists on Friday the runway was flooded.\n"
                 "Sara Lind said in a statement the airport would reopen soon.\n"
                 "Lind spoke after the storm passed.");
  ReadoutAttribution *a = find (r, "runway");

  /* the listener and the time are not the content */
  g_assert_cmpstr (readout_attribution_get_text (a), ==, "the runway was flooded");
  g_assert_cmpstr (speaker_of (a), ==, "Sara Lind");
  g_assert_cmpstr (readout_attribution_get_text (find (r, "reopen")), ==, "the airport would reopen soon");
  g_assert_null (find (r, "storm passed"));
}

static void
test_quote_then_told_listener (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("“We will not unload a single ship,” union chief Karl Ostby told journalists outside the depot.\n"
                 "“We are sorry for the damage,” the firm’s managing director, Hanna Vik, said in a video.");
  ReadoutAttribution *a = find (r, "single ship");

  g_assert_cmpstr (speaker_of (a), ==, "Karl Ostby");
  g_assert_cmpint (readout_attribution_get_kind (a), ==, READOUT_ATTRIBUTION_DIRECT);
  g_assert_null (find (r, "outside the depot"));
  g_assert_cmpstr (speaker_of (find (r, "sorry for the damage")), ==, "Hanna Vik");
}

static void
test_according_to_after_cue (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Interior Minister Paul Okafor visited the camp on Monday.\n"
                 "“No camp will close this year,” Okafor said, according to Radio Delta.");
  ReadoutAttribution *a = find (r, "No camp will close");

  g_assert_cmpstr (speaker_of (a), ==, "Paul Okafor");
  g_assert_cmpstr (reporter_of (a), ==, "Radio Delta");
  g_assert_cmpint (readout_attribution_get_kind (a), ==, READOUT_ATTRIBUTION_DIRECT);
}

static void
test_common_noun_organizations (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("The Varno Harbour Workers Union called a strike on Monday.\n"
                 "The union said 400 members had walked out.\n"
                 "The transport ministry said in a statement it would send inspectors.\n"
                 "Minister Eva Strand visited the town. Her office said she would return on Friday.\n"
                 "Workers left the union office at noon.\n"
                 "Ships left Varno at dawn. Varno’s port authority said 60 workers were on strike.");

  /* the organization named before */
  g_assert_cmpstr (speaker_of (find (r, "400 members")), ==, "The Varno Harbour Workers Union");
  /* none named before: the noun phrase names the actor */
  g_assert_cmpstr (speaker_of (find (r, "send inspectors")), ==, "the transport ministry");
  g_assert_cmpstr (readout_attribution_get_text (find (r, "send inspectors")), ==, "it would send inspectors");
  g_assert_nonnull (find (r, "she would return"));
  g_assert_cmpstr (speaker_of (find (r, "she would return")), !=, "Eva Strand");
  g_assert_cmpstr (speaker_of (find (r, "60 workers")), ==, "Varno port authority");
  /* an organization noun that says nothing is no actor */
  g_assert_null (find_actor (r, "the union office"));
}

static void
test_quote_that_retells (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("“She told us that the depot will never reopen,” Karl Ostby said.\n"
                 "“Nobody will rest until somebody declares that depot safe,” Ostby said.");
  ReadoutAttribution *a = find (r, "She told us");

  g_assert_cmpstr (speaker_of (a), ==, "Karl Ostby");
  g_assert_cmpint (readout_attribution_get_kind (a), ==, READOUT_ATTRIBUTION_DIRECT);
  a = find (r, "Nobody will rest");
  g_assert_cmpstr (readout_attribution_get_text (a), ==, "Nobody will rest until somebody declares that depot safe");
  g_assert_cmpstr (speaker_of (a), ==, "Karl Ostby");
}

static void
test_passive_and_present_cues (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Karl Ostby was quoted by Radio Delta as saying the channel was blocked.\n"
                 "Rita Holm was quoted as saying that the beach would reopen.\n"
                 "Fishermen have been told by Orlan Freight that the water is safe.\n"
                 "Orlan Freight says about 40 barrels escaped.\n"
                 "The report was said to be wrong.");
  ReadoutAttribution *a = find (r, "channel was blocked");

  g_assert_cmpstr (speaker_of (a), ==, "Karl Ostby");
  g_assert_cmpstr (reporter_of (a), ==, "Radio Delta");
  g_assert_cmpstr (speaker_of (find (r, "beach would reopen")), ==, "Rita Holm");
  g_assert_null (reporter_of (find (r, "beach would reopen")));
  g_assert_cmpstr (speaker_of (find (r, "water is safe")), ==, "Orlan Freight");
  g_assert_cmpstr (readout_attribution_get_text (find (r, "barrels")), ==, "about 40 barrels escaped");
  g_assert_null (find (r, "to be wrong"));
}

static void
test_relative_clause_and_roles (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Farmer Paul Dunn, 51, who was among those treated at the clinic on Monday night, said he had felt sick.\n"
                 "The mayor of Varno, Rita Holm, said the beach would stay closed.\n"
                 "A spokesperson for the transport ministry said the roads were open.\n"
                 "Ines Pardo, who runs the bakery, said nothing.\n"
                 "Rita Holm said fishing in the bay had been suspended and warned residents to stay away.");

  /* the occupation is no part of the name */
  g_assert_cmpstr (speaker_of (find (r, "felt sick")), ==, "Paul Dunn");
  g_assert_cmpstr (speaker_of (find (r, "beach would stay closed")), ==, "Rita Holm");
  g_assert_cmpstr (speaker_of (find (r, "roads were open")), ==, "the transport ministry");
  g_assert_null (find (r, "nothing"));
  /* two cues sharing one subject */
  g_assert_cmpstr (readout_attribution_get_text (find (r, "fishing")), ==, "fishing in the bay had been suspended");
  g_assert_cmpstr (speaker_of (find (r, "residents to stay away")), ==, "Rita Holm");
}

static void
test_participle_after_apposition (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Rita Holm said she had written to the firm’s chief executive, Lars Eng, demanding that the firm pay.\n"
                 "Lars Eng, speaking on Monday, said the firm would pay.\n"
                 "The mayor of Varno, Rita Holm, said the beach would stay closed.\n"
                 "The mayor urged residents to stay indoors.");

  g_assert_cmpstr (speaker_of (find (r, "the firm pay")), ==, "Rita Holm");
  g_assert_cmpstr (speaker_of (find (r, "the firm would pay")), ==, "Lars Eng");
  /* the role named with the holder in apposition refers to her later */
  g_assert_cmpstr (speaker_of (find (r, "stay indoors")), ==, "Rita Holm");
  g_assert_null (find_actor (r, "Mayor"));
}

static void
test_unnamed_spokespeople_and_who_clauses (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("A government spokesman said the inquiry would start soon.\n"
                 "The Norlandic embassy in Varno said its citizens were safe.\n"
                 "Judge Ada Moss, who has said only that she is “deeply worried”, left early.\n"
                 "Ada Moss met Omar Vance, who was quoted on Friday as saying the dam would hold.\n"
                 "The spokesman for the court was busy.\n"
                 "Ships left Varno at dawn. Varno fishermen say they are the forgotten victims.\n"
                 "At least 12 workers were sent to hospital, hospital officials said.");

  g_assert_cmpstr (speaker_of (find (r, "inquiry would start")), ==, "the government");
  g_assert_cmpstr (speaker_of (find (r, "forgotten victims")), ==, "Varno fishermen");
  g_assert_cmpstr (speaker_of (find (r, "sent to hospital")), ==, "hospital officials");
  g_assert_cmpstr (speaker_of (find (r, "citizens were safe")), ==, "the Norlandic embassy");
  g_assert_cmpstr (speaker_of (find (r, "deeply worried")), ==, "Ada Moss");
  g_assert_cmpstr (speaker_of (find (r, "dam would hold")), ==, "Omar Vance");
  g_assert_null (find (r, "was busy"));
}

/* "According to a ministry readout, …", "As per the readout from X, released …, …": a document
 * leads the sentence, and its issuer reports what the people in it said. */
static void
test_document_as_source (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Foreign Minister Ana Lopes met Ambassador Pedro Vidal in Lima on Tuesday. According to a "
                 "ministry readout, the minister “stressed the value of open trade” and the ambassador "
                 "assured her that Chile would lift the tariffs.\n"
                 "As per the official readout from the US state department, released late on Tuesday, "
                 "Secretary of State Tom Reyes called Lopes and urged her to reopen the border.\n"
                 "As per the agreement, troops will withdraw by March.\n"
                 "According to a report, 40 people died in the floods.\n"
                 "Lopes said that President Tomas Berg met Vidal and added that the talks were good.");
  ReadoutAttribution *a = find (r, "value of open trade");

  g_assert_cmpstr (speaker_of (a), ==, "Ana Lopes");
  g_assert_cmpstr (reporter_of (a), ==, "the ministry");
  a = find (r, "lift the tariffs");
  g_assert_cmpstr (speaker_of (a), ==, "Pedro Vidal");
  g_assert_cmpstr (reporter_of (a), ==, "the ministry");
  /* the participle phrase is no content; the coordinated verb keeps the clause's subject */
  a = find (r, "reopen the border");
  g_assert_cmpstr (speaker_of (a), ==, "Tom Reyes");
  g_assert_cmpstr (reporter_of (a), ==, "US Department of State");
  g_assert_null (find (r, "released late"));
  /* the readout itself does not say "Reyes called Lopes" on top of it */
  g_assert_null (find (r, "called Lopes"));
  /* an agreement is no source, nor a report of no one named */
  g_assert_null (find (r, "troops will withdraw"));
  g_assert_null (find (r, "people died"));
  /* after "said that", "… met Vidal and added" goes on with the one who said it */
  a = find (r, "talks were good");
  g_assert_cmpstr (speaker_of (a), ==, "Ana Lopes");
  g_assert_null (reporter_of (a));
}

/* "…, a statement put out by spokesperson X said": the one who issued the statement reports it. */
static void
test_statement_issued_by (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Interior Minister Omar Haddad spoke with his Greek counterpart on Monday. Haddad stressed "
                 "the need for joint patrols and invited Greece “to share radar data”, a statement put out "
                 "by ministry spokesperson Lina Sousa said.\n"
                 "The plan was drawn up by the ministry last year, Sousa said.");
  ReadoutAttribution *a = find (r, "joint patrols");

  g_assert_cmpstr (speaker_of (a), ==, "Omar Haddad");
  g_assert_cmpstr (reporter_of (a), ==, "Lina Sousa");
  /* "drawn up by the ministry": no document, so the ministry is only an object */
  a = find (r, "plan was drawn up");
  g_assert_cmpstr (speaker_of (a), ==, "Lina Sousa");
  g_assert_null (reporter_of (a));
}

/* "the US readout": the body of that country named before issued it, else the country. */
static void
test_country_document_is_its_body (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Secretary of State Tom Reyes called Foreign Minister Ana Lopes on Monday. The State "
                 "Department said that the talks would resume. “The secretary stressed the need for calm,” "
                 "the US readout said.");
  g_autoptr(ReadoutAnalysisResult) none =
    analyze_one ("Secretary of State Tom Reyes called Foreign Minister Ana Lopes on Monday. Ships left the "
                 "harbour. “The secretary stressed the need for calm,” the US readout said.");
  ReadoutAttribution *a = find (r, "need for calm");

  g_assert_cmpstr (speaker_of (a), ==, "Tom Reyes");
  g_assert_cmpstr (reporter_of (a), ==, "US Department of State");
  a = find (none, "need for calm");
  g_assert_cmpstr (speaker_of (a), ==, "Tom Reyes");
  g_assert_cmpstr (reporter_of (a), ==, "United States");
}

/* A briefing answer: the person whose remarks the question was about reports nothing. */
static void
test_briefing_question_is_no_reporter (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Spokesperson Lina Sousa held a briefing on Monday.\n"
                 "Responding to a question about Senator Paul Dunn’s remarks that the navy had been “left "
                 "without ships”, Sousa added: “We do not comment on budgets.”");
  ReadoutAttribution *a = find (r, "comment on budgets");

  g_assert_cmpstr (speaker_of (a), ==, "Lina Sousa");
  g_assert_null (reporter_of (a));
  g_assert_cmpint (readout_attribution_get_kind (a), ==, READOUT_ATTRIBUTION_DIRECT);
  /* the remarks stay his, and end before the answer */
  a = find (r, "left without ships");
  g_assert_cmpstr (speaker_of (a), ==, "Paul Dunn");
  g_assert_null (strstr (readout_attribution_get_text (a), "budgets"));
}

/* "… and X has said that …" after an object: a clause of its own, not part of the content. */
static void
test_coordinated_clause_with_its_own_speaker (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("The government has repeated this position and Prime Minister Ana Lopes has said that the "
                 "border will stay shut.\n"
                 "The ministry urged Chile to lift the tariffs and President Tomas Berg asked Peru to reopen "
                 "the border.\n"
                 "According to the State Department, Secretary of State Tom Reyes and Foreign Minister Ana "
                 "Lopes reaffirmed their wish for a ceasefire.");
  ReadoutAttribution *a = find (r, "border will stay shut");

  g_assert_cmpstr (speaker_of (a), ==, "Ana Lopes");
  g_assert_null (reporter_of (a));
  a = find (r, "reopen the border");
  g_assert_cmpstr (speaker_of (a), ==, "Tomas Berg");
  g_assert_null (reporter_of (a));
  g_assert_null (strstr (readout_attribution_get_text (find (r, "lift the tariffs")), "Peru"));
  /* a subject of two names is no new clause: both are reported */
  g_assert_cmpstr (reporter_of (find (r, "wish for a ceasefire")), ==, "US Department of State");
  g_assert_cmpuint (count_attributions (r), ==, 6);
}

/* Inside a report, a stance in the present ("supports") is what the speaker says, one in the
 * past ("backed") a statement the speaker reports. */
static void
test_present_stance_in_report (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Foreign Minister Pedro Vidal visited Lima on Monday.\n"
                 "Chile stands with Peru and supports its claim to the islands, Vidal said.\n"
                 "Foreign Minister Ana Lopes said Vidal backed the plan for a new bridge.");
  ReadoutAttribution *a = find (r, "claim to the islands");

  g_assert_cmpstr (speaker_of (a), ==, "Pedro Vidal");
  g_assert_null (reporter_of (a));
  a = find (r, "plan for a new bridge");
  g_assert_cmpstr (speaker_of (a), ==, "Pedro Vidal");
  g_assert_cmpstr (reporter_of (a), ==, "Ana Lopes");
}

/* Inside a report, "asked X for Y" tells of a request for a thing, and stays the reporter's
 * statement; "asked X to …" reports what was said. */
static void
test_request_without_infinitive (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Mayor Rita Holm said the city council had asked the government for emergency funds.\n"
                 "Ivo Kral said the council asked the government to release emergency funds for farmers.\n"
                 "The union asked the port for a meeting.");
  ReadoutAttribution *a = find (r, "had asked the government");

  g_assert_cmpstr (speaker_of (a), ==, "Rita Holm");
  g_assert_null (reporter_of (a));
  a = find (r, "release emergency funds");
  g_assert_cmpstr (speaker_of (a), ==, "the council");
  g_assert_cmpstr (reporter_of (a), ==, "Ivo Kral");
  /* not inside a report: the request is a statement of its own */
  g_assert_nonnull (find (r, "for a meeting"));
}

/* "it" after a quotation: the organization the narration is about, not one named in the quote. */
static void
test_it_skips_organizations_in_quotes (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("“The United Nations must act now,” the Red Cross said on Monday. It also urged donors to "
                 "send food.\n"
                 "The Red Cross visited the camp. The United Nations said it would send tents. It urged "
                 "donors to help.");

  g_assert_cmpstr (speaker_of (find (r, "send food")), ==, "International Committee of the Red Cross");
  /* named outside a quotation, the organization is still the one "it" continues */
  g_assert_cmpstr (speaker_of (find (r, "donors to help")), ==, "United Nations");
}

/* Whether the analysis has a relation of that type from source to target (actor names). */
static gboolean
has_relation (ReadoutAnalysisResult *result,
              const char            *type,
              const char            *source,
              const char            *target)
{
  for (guint i = 0; i < result->relations->len; i++)
    {
      ReadoutRelation *rel = g_ptr_array_index (result->relations, i);
      if (g_str_equal (readout_relation_get_relation_type (rel), type) &&
          g_str_equal (readout_actor_get_name (readout_relation_get_source (rel)), source) &&
          g_str_equal (readout_actor_get_name (readout_relation_get_target (rel)), target))
        return TRUE;
    }
  return FALSE;
}

/* Whether the analysis has any relation of that type from source. */
static gboolean
has_relation_from (ReadoutAnalysisResult *result,
                   const char            *type,
                   const char            *source)
{
  for (guint i = 0; i < result->relations->len; i++)
    {
      ReadoutRelation *rel = g_ptr_array_index (result->relations, i);
      if (g_str_equal (readout_relation_get_relation_type (rel), type) &&
          g_str_equal (readout_actor_get_name (readout_relation_get_source (rel)), source))
        return TRUE;
    }
  return FALSE;
}

/* The object of a verb of stance is the actor, or the owner of what it names; a verb of
 * contact used for a judgement is no contact. */
static void
test_relation_objects (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Senator Rosa Vidal accused Mayor Ivo Kral of hiding the figures.\n"
                 "Foreign Minister Ana Lopes said General Tom Reyes backed Chile’s right to self-defence.\n"
                 "Governor Nina Holt called the attack cowardly. Holt called Peru’s claims absurd.\n"
                 "Senator Paul Dunn condemned the attack on the port.");

  g_assert_true (has_relation (r, "accused", "Rosa Vidal", "Ivo Kral"));
  g_assert_true (has_relation (r, "supported", "Tom Reyes", "Chile"));
  g_assert_false (has_relation_from (r, "called", "Nina Holt"));
  g_assert_false (has_relation_from (r, "condemned", "Paul Dunn"));
}

/* After a contact, a participle of asking, briefing or thanking is addressed to those
 * contacted; one of condemning is not, nor a pronoun that cannot stand for them. */
static void
test_contact_then_participle (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Chancellor Dieter Brandt spoke with Foreign Minister Karin Voss on Monday, expressing concern "
                 "and urging restraint.\n"
                 "Gulf states including Qatar and Oman reached out to Peru, calling for calm.\n"
                 "Foreign Minister Karin Voss has spoken to envoys from four members of the Arctic Council "
                 "(AC)—Chile, Norway, Japan, and Peru—briefing them on the strike.\n"
                 "President Luis Ortega spoke with Foreign Minister Karin Voss, condemning the attack.\n"
                 "Mayor Ana Lopes spoke with Governor Pedro Vidal, urging them to stay calm.");

  g_assert_true (has_relation (r, "spoke_with", "Dieter Brandt", "Karin Voss"));
  g_assert_true (has_relation (r, "urged", "Dieter Brandt", "Karin Voss"));
  g_assert_true (has_relation (r, "spoke_with", "Qatar", "Peru"));
  g_assert_true (has_relation (r, "urged", "Qatar", "Peru"));
  g_assert_true (has_relation (r, "urged", "Oman", "Peru"));
  g_assert_true (has_relation (r, "briefed", "Karin Voss", "Chile"));
  g_assert_true (has_relation (r, "briefed", "Karin Voss", "Norway"));
  g_assert_true (has_relation (r, "briefed", "Karin Voss", "Japan"));
  g_assert_true (has_relation (r, "briefed", "Karin Voss", "Peru"));
  g_assert_true (has_relation (r, "spoke_with", "Luis Ortega", "Karin Voss"));
  g_assert_false (has_relation_from (r, "condemned", "Luis Ortega"));
  g_assert_true (has_relation (r, "spoke_with", "Ana Lopes", "Pedro Vidal"));
  g_assert_false (has_relation_from (r, "urged", "Ana Lopes"));
}

/* "both countries", "the two sides": the pair named together before; none without one. */
static void
test_both_countries (void)
{
  const char *texts[] = {
    "Fighting broke out between Chile and Peru on Monday. The United Nations called on both countries to "
    "exercise restraint.",
    "The United Nations called on both sides to exercise restraint.",
    NULL,
  };
  g_autoptr(ReadoutAnalysisResult) r = analyze (texts);

  g_assert_true (has_relation (r, "urged", "United Nations", "Chile"));
  g_assert_true (has_relation (r, "urged", "United Nations", "Peru"));
  g_assert_cmpuint (r->relations->len, ==, 2);
}

/* Nouns of contact after a preposition: the subject before it, after the object, or the
 * speaker of what contains them. */
static void
test_nouns_of_contact (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Secretary of State Tom Reyes had last month in a conversation with Foreign Minister Luis Ortega "
                 "underscored the need for trade.\n"
                 "President Pedro Vidal communicated this message in back-to-back calls to Foreign Minister Karin "
                 "Voss and Prime Minister Nina Holt.\n"
                 "UN Secretary General Antonio Guterres spoke with Chancellor Dieter Brandt on Tuesday. In a post "
                 "on X, Brandt said, “Received a call from @UN SG @antonioguterres. Appreciate his support.”");

  g_assert_true (has_relation (r, "spoke_with", "Tom Reyes", "Luis Ortega"));
  g_assert_true (has_relation (r, "called", "Pedro Vidal", "Karin Voss"));
  g_assert_true (has_relation (r, "called", "Pedro Vidal", "Nina Holt"));
  g_assert_true (has_relation (r, "called", "Antonio Guterres", "Dieter Brandt"));
}

/* An accusation without a verb of accusing: a part in a wrongdoing said of an actor. */
static void
test_accusation_in_content (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Defence Minister Ana Lopes said that Peru has a history of funding terrorist groups.\n"
                 "Interior Minister Tom Reyes said that Chile has joined the fight against terrorism.\n"
                 "Senator Rosa Vidal said Norway had condemned the terrorist attack.");

  g_assert_true (has_relation (r, "accused", "Ana Lopes", "Peru"));
  g_assert_false (has_relation_from (r, "accused", "Tom Reyes"));
  g_assert_false (has_relation_from (r, "accused", "Rosa Vidal"));
}

/* "has full confidence in both ministers": support of the two people of that role named last;
 * "lost confidence in" is none. "warned X to …" is advice (urged), "warned X that …" a
 * warning. "met Chile’s envoys": Chile. */
static void
test_confidence_warnings_and_envoys (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Prime Minister Elena Varga visited the port. Environment Minister Ana Castell said the terminal "
                 "would stay shut. Transport Minister Dario Lenz said the port would reopen on Monday.\n"
                 "A government spokesperson said the prime minister had full confidence in both ministers.\n"
                 "Senator Rosa Vidal said voters had lost confidence in the mayor, Ivo Kral.\n"
                 "Mayor Nina Holt warned Norway to keep its ports closed. Holt warned Peru that the talks would "
                 "fail.\n"
                 "Interior Minister Eva Strand met Chile’s envoys on Friday.");

  g_assert_true (has_relation (r, "supported", "Elena Varga", "Ana Castell"));
  g_assert_true (has_relation (r, "supported", "Elena Varga", "Dario Lenz"));
  g_assert_false (has_relation_from (r, "supported", "Rosa Vidal"));
  g_assert_true (has_relation (r, "urged", "Nina Holt", "Norway"));
  g_assert_true (has_relation (r, "warned", "Nina Holt", "Peru"));
  g_assert_false (has_relation (r, "urged", "Nina Holt", "Peru"));
  g_assert_true (has_relation (r, "met", "Eva Strand", "Chile"));
}

/* "wrote to the firm’s chief, Lars Eng, demanding that …": the demand goes to the name in
 * apposition; a contact told inside a statement rests on that statement. */
static void
test_demand_of_apposition_and_reported_contact (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Mayor Nina Holt told the Courier that she had written to the firm’s chief executive, Lars Eng, "
                 "demanding that the company pay for the clean-up.\n"
                 "Defence Minister Ana Lopes tweeted that she had spoken to General Tom Reyes.");
  gboolean rests = FALSE;

  g_assert_true (has_relation (r, "urged", "Nina Holt", "Lars Eng"));
  g_assert_true (has_relation (r, "spoke_with", "Ana Lopes", "Tom Reyes"));
  for (guint i = 0; i < r->relations->len; i++)
    {
      ReadoutRelation *rel = g_ptr_array_index (r->relations, i);
      if (g_str_equal (readout_relation_get_relation_type (rel), "spoke_with"))
        rests = g_list_model_get_n_items (readout_relation_get_statements (rel)) == 1;
    }
  g_assert_true (rests);
}

/* The passive names the agent after "by"; a group "of" countries stands for them. */
static void
test_passive_relations_and_groups (void)
{
  g_autoptr(ReadoutAnalysisResult) r =
    analyze_one ("Peru was urged by the United Nations to reopen the border.\n"
                 "Chile has been accused by Foreign Minister Ana Lopes of hiding the figures.\n"
                 "Norway was told by Japan that the talks would go on.\n"
                 "Foreign Minister Karin Voss briefed the envoys of Japan, Norway and Chile on the strike.\n"
                 "President Pedro Vidal was briefed on the strike.");

  g_assert_true (has_relation (r, "urged", "United Nations", "Peru"));
  g_assert_false (has_relation (r, "urged", "Peru", "United Nations"));
  g_assert_true (has_relation (r, "accused", "Ana Lopes", "Chile"));
  g_assert_cmpstr (speaker_of (find (r, "talks would go on")), ==, "Japan");
  g_assert_true (has_relation (r, "briefed", "Karin Voss", "Japan"));
  g_assert_true (has_relation (r, "briefed", "Karin Voss", "Norway"));
  g_assert_true (has_relation (r, "briefed", "Karin Voss", "Chile"));
  g_assert_false (has_relation_from (r, "briefed", "Pedro Vidal"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/attribution/direct-quote-after", test_direct_quote_after);
  g_test_add_func ("/attribution/inverted-and-split-quote", test_inverted_and_split_quote);
  g_test_add_func ("/attribution/quote-after-colon", test_quote_after_colon);
  g_test_add_func ("/attribution/reported-speech", test_reported_speech);
  g_test_add_func ("/attribution/object-and-infinitive", test_object_and_infinitive);
  g_test_add_func ("/attribution/mixed", test_mixed);
  g_test_add_func ("/attribution/according-to", test_according_to);
  g_test_add_func ("/attribution/nested", test_nested_attribution);
  g_test_add_func ("/attribution/spokesperson-relays-principal", test_spokesperson_relays_principal);
  g_test_add_func ("/attribution/organization-statement", test_organization_statement);
  g_test_add_func ("/attribution/country-as-speaker", test_country_as_speaker);
  g_test_add_func ("/attribution/scare-quotes", test_scare_quotes_are_not_statements);
  g_test_add_func ("/attribution/conditions-and-passives", test_conditions_and_passives_are_not_statements);
  g_test_add_func ("/attribution/same-remark-two-documents", test_same_remark_in_two_documents);
  g_test_add_func ("/attribution/subject-lists", test_subject_lists);
  g_test_add_func ("/attribution/both-leaders", test_both_leaders);
  g_test_add_func ("/attribution/pronoun-in-reported-clause", test_pronoun_in_reported_clause);
  g_test_add_func ("/attribution/pronoun-gender", test_pronoun_gender);
  g_test_add_func ("/attribution/title-by-affiliation", test_title_by_affiliation);
  g_test_add_func ("/attribution/judgement-with-quote", test_judgement_with_quote);
  g_test_add_func ("/attribution/places-do-not-speak", test_places_do_not_speak);
  g_test_add_func ("/attribution/clause-without-that", test_clause_without_that);
  g_test_add_func ("/attribution/adverbial-between-cue-and-clause", test_adverbial_between_cue_and_clause);
  g_test_add_func ("/attribution/quote-then-told-listener", test_quote_then_told_listener);
  g_test_add_func ("/attribution/according-to-after-cue", test_according_to_after_cue);
  g_test_add_func ("/attribution/common-noun-organizations", test_common_noun_organizations);
  g_test_add_func ("/attribution/quote-that-retells", test_quote_that_retells);
  g_test_add_func ("/attribution/passive-and-present-cues", test_passive_and_present_cues);
  g_test_add_func ("/attribution/relative-clause-and-roles", test_relative_clause_and_roles);
  g_test_add_func ("/attribution/participle-after-apposition", test_participle_after_apposition);
  g_test_add_func ("/attribution/unnamed-spokespeople-and-who-clauses", test_unnamed_spokespeople_and_who_clauses);
  g_test_add_func ("/attribution/document-as-source", test_document_as_source);
  g_test_add_func ("/attribution/statement-issued-by", test_statement_issued_by);
  g_test_add_func ("/attribution/country-document-is-its-body", test_country_document_is_its_body);
  g_test_add_func ("/attribution/briefing-question-is-no-reporter", test_briefing_question_is_no_reporter);
  g_test_add_func ("/attribution/coordinated-clause-with-its-own-speaker", test_coordinated_clause_with_its_own_speaker);
  g_test_add_func ("/attribution/present-stance-in-report", test_present_stance_in_report);
  g_test_add_func ("/attribution/request-without-infinitive", test_request_without_infinitive);
  g_test_add_func ("/attribution/it-skips-organizations-in-quotes", test_it_skips_organizations_in_quotes);
  g_test_add_func ("/attribution/relation-objects", test_relation_objects);
  g_test_add_func ("/attribution/contact-then-participle", test_contact_then_participle);
  g_test_add_func ("/attribution/both-countries", test_both_countries);
  g_test_add_func ("/attribution/nouns-of-contact", test_nouns_of_contact);
  g_test_add_func ("/attribution/accusation-in-content", test_accusation_in_content);
  g_test_add_func ("/attribution/confidence-warnings-and-envoys", test_confidence_warnings_and_envoys);
  g_test_add_func ("/attribution/demand-of-apposition-and-reported-contact",
                   test_demand_of_apposition_and_reported_contact);
  g_test_add_func ("/attribution/passive-relations-and-groups", test_passive_relations_and_groups);
  g_test_add_func ("/attribution/corpus-facts", test_corpus_facts);

  return g_test_run ();
}
