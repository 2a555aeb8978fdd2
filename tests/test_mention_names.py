"""What a subject or a « selon » complement names (detect/clause_scope.py, selon.py,
narrator_subjects.py; attribute/name_shape.py): made-up sentences, one row a case, each
checking the words, the speaker, its role and gender.

- a text that states a rule after a fronted « selon » (lexicon/rule_texts.txt) speaks for no
  one: a cue after the words names who reads it, the speaker; with no such cue the text stays
  the source, and a person after « selon » keeps the words whatever cue follows;
- « selon les dires de X », « selon les explications "officielles" de X »: X speaks
  (lexicon/speech_nouns.txt), a word in marks between the noun and « de » passed over;
- an adjective or a participle opening a sentence, set off by a comma before the subject
  pronoun it agrees with (« Émue, elle assure … »), is no name: the pronoun is the subject;
  a surname there that merely ends alike (« Fabre, elle … ») or agrees not (« Brun, elle … »)
  is one;
- a noun phrase before the comma of an incise whose verb has its own pronoun after it (« Une
  promesse du président, a-t-il indiqué. ») is what was said, not the sentence's subject whom
  the next quote's words could carry on; a question on its subject (« X, a-t-il menti ? ») is
  no incise;
- a quantifier alone as the subject (« Tous ont salué … », « Chacun a jugé … ») counts the
  members of a group named elsewhere: no name, the speaker left open; with its noun (« Tous
  les syndicats ») the noun's phrase speaks.
"""

import pytest
from conftest import quote_said

ROWS = [
    # a quantifier alone names no one (lexicon/grammar.py FLOATING_QUANTIFIERS)
    ("Des artistes et des élus ont réagi. Tous ont salué en elle une « très grande voix ».",
     "en elle une « très grande voix »", None, None, None),
    ("Les ministres se sont réunis lundi. Chacun a jugé la situation « préoccupante ».",
     "la situation « préoccupante »", None, None, None),
    # must not: the quantifier before its noun: the noun's phrase is the subject
    ("Les syndicats se sont réunis lundi. Tous les syndicats ont jugé la réforme « injuste ».",
     "la réforme « injuste »", "Tous les syndicats", None, None),
    # a text stating a rule, a cue after the words: who reads it speaks (one row an entry)
    ("Le bar a rouvert lundi. Selon la loi cantonale sur les débits de boissons, un mineur ne "
     "peut pas entrer seul dans un bar, a confirmé la procureure générale Lucie Vernay mardi.",
     "un mineur ne peut pas entrer seul dans un bar", "Lucie Vernay", "procureure générale",
     "female"),
    ("Le bar a rouvert lundi. Selon le règlement communal, les terrasses doivent fermer à "
     "minuit, a précisé le maire Paul Morel.",
     "les terrasses doivent fermer à minuit", "Paul Morel", "maire", "male"),
    ("Le bar a rouvert lundi. Selon le décret, les terrasses doivent fermer à minuit, a "
     "précisé la préfète Anne Roux.",
     "les terrasses doivent fermer à minuit", "Anne Roux", "préfète", "female"),
    ("Le bar a rouvert lundi. Selon le texte adopté, les terrasses doivent fermer à minuit, a "
     "expliqué la maire Anne Roux.",
     "les terrasses doivent fermer à minuit", "Anne Roux", "maire", "female"),
    # a relative clause or a participle set off after the text says more of it: not the words
    ("Le conseil a siégé lundi. Selon le texte, qui a été adopté hier soir, les loyers seront "
     "gelés, a affirmé la députée Nora Vasseur.",
     "les loyers seront gelés", "Nora Vasseur", "députée", "female"),
    ("Le bar a rouvert lundi. Selon la loi, votée en 2019, les mineurs ne peuvent pas entrer "
     "seuls, a rappelé la procureure Lucie Vernay.",
     "les mineurs ne peuvent pas entrer seuls", "Lucie Vernay", "procureure", "female"),
    # a text named in the plural states a rule as well
    ("Le bar a rouvert lundi. Selon les textes en vigueur, les terrasses doivent fermer à "
     "minuit, a précisé la maire Anne Roux.",
     "les terrasses doivent fermer à minuit", "Anne Roux", "maire", "female"),
    ("Le bar a rouvert lundi. Selon les lois en vigueur, les terrasses doivent fermer à "
     "minuit, a précisé la maire Anne Roux.",
     "les terrasses doivent fermer à minuit", "Anne Roux", "maire", "female"),
    # « le texte » after a communiqué named before (lexicon/generic_texts.txt): with no cue after
    # the words it speaks for the communiqué's author; a cue after them names who reads it
    ("La Ligue des pêcheurs a publié un communiqué lundi. Selon le texte, les quotas seront "
     "gelés.",
     "les quotas seront gelés", "Ligue des pêcheurs", None, None),
    ("La Ligue des pêcheurs a publié un communiqué lundi. Selon le texte, les quotas seront "
     "gelés, a précisé la présidente Lise Carouge.",
     "les quotas seront gelés", "Lise Carouge", "présidente", "female"),
    # must not: no cue after the words, the text stays the source
    ("Le bar a rouvert lundi. Selon le texte, les terrasses doivent fermer à minuit.",
     "les terrasses doivent fermer à minuit", "le texte", None, None),
    # must not: a person after « selon » keeps the words a cue after them relays
    ("Le bar a rouvert lundi. Selon Paul Morel, les terrasses doivent fermer à minuit, a "
     "précisé la maire Anne Roux.",
     "les terrasses doivent fermer à minuit", "Paul Morel", None, "male"),
    # « les dires de X », « les explications "officielles" de X »: X's words
    ("Le procès a duré trois jours, raconte le journaliste Marc Dutour. Selon les dires du "
     "journaliste, le prévenu est resté impassible pendant toute l'audience.",
     "le prévenu est resté impassible pendant toute l'audience", "Marc Dutour", "journaliste",
     "male"),
    ('Le port a brûlé. Selon les explications "officielles" des autorités, un incendie serait '
     "à l'origine des explosions.",
     "un incendie serait à l'origine des explosions", "autorités", None, None),
    # an adjective set off before « elle » agreeing with it: no name, « elle » is the subject
    ("La ministre Claire Dumas a quitté ses fonctions. Elle se dit fière de son bilan. Emue, "
     "elle assure avoir été honorée de servir la ville.",
     "avoir été honorée de servir la ville", "Claire Dumas", "ministre", "female"),
    # must not: a name opening a sentence still is one
    ("Émeline Roux a assuré que le projet avançait bien.", "le projet avançait bien",
     "Émeline Roux", None, "female"),
    ("La ministre Claire Dumas a quitté ses fonctions. Marie, elle, assure avoir été honorée "
     "de servir la ville.",
     "avoir été honorée de servir la ville", "Marie", None, "female"),
    # must not: a surname written once before « elle », « il », that ends as an agreeing word
    # would, no adjective or participle (« Fabre »), or that is one but does not agree
    # (« Brun »), still is a name: the dislocated subject
    ("La réunion a duré trois heures. Morel, elle assure que le budget sera tenu.",
     "le budget sera tenu", "Morel", None, "female"),
    ("La réunion a duré trois heures. Fabre, elle assure que le budget sera tenu.",
     "le budget sera tenu", "Fabre", None, "female"),
    ("La réunion a duré trois heures. Brun, elle assure que le budget sera tenu.",
     "le budget sera tenu", "Brun", None, "female"),
    # the words of an incise with « -t-il » are no subject the next quote carries on
    ('Le président Jean Morel a demandé des images. Une promesse du président voisin, a-t-il '
     'indiqué. "Si nous ne les avons pas, nous les demanderons à d\'autres pays."',
     "Si nous ne les avons pas, nous les demanderons à d'autres pays.", "Jean Morel",
     "président", "male"),
    ('Le président Jean Morel a demandé des images. Une promesse du président voisin, a-t-il '
     'indiqué ! "Si nous ne les avons pas, nous les demanderons à d\'autres pays."',
     "Si nous ne les avons pas, nous les demanderons à d'autres pays.", "Jean Morel",
     "président", "male"),
    # must not: a question on its subject is no incise (« X, a-t-il menti … ? »): X is asked of
    ("Le ministre Paul Arnoux était en difficulté. Le trésorier Marc Vidal, a-t-il menti aux "
     "enquêteurs ? « Je n'ai rien à cacher », a-t-il assuré.",
     "Je n'ai rien à cacher", "Marc Vidal", "trésorier", "male"),
    ("Le ministre Paul Arnoux était en difficulté. Le préfet Luc Hamon, a-t-il dit la vérité ? "
     "« J'ai tout dit », a-t-il répondu.",
     "J'ai tout dit", "Luc Hamon", "préfet", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_what_a_mention_names(nlp, text, said, speaker, role, gender):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (speaker, role, gender)
