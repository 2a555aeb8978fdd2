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
- a body's name apposed after a comma (« un autre syndicat, le SNALC ») is the speaker; a
  person's name so apposed, even in capitals, is the person's; a name apposed to the
  complement of a role noun (« la porte-parole de la centrale, la CFDT ») or of a noun no
  body's (« un cadre de l'entreprise, la SNCF »), or after a list, is not the speaker;
- a quantifier alone as the subject (« Tous ont salué … », « Chacun a jugé … ») counts the
  members of a group named elsewhere: no name, the speaker left open; with its noun (« Tous
  les syndicats ») the noun's phrase speaks.
"""

import pytest
from conftest import quote_said

from quotes.attribute.mention_names import apposed_body

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
    # a body's name apposed after a comma at the end of the mention (attribute/mention_names.py,
    # ``apposed_body``): the name is the speaker the noun before it describes
    ("Un autre syndicat, le SNALC, estime que la ministre a claqué la porte.",
     "la ministre a claqué la porte", "SNALC", None, None),
    ("La principale centrale, la CGT, affirme que la grève sera suivie.",
     "la grève sera suivie", "CGT", None, None),
    # must not: a person's name apposed is the person's (the cast reads it), in capitals too
    # (the recogniser may tag it a body), and a phrase after the comma that is more than a
    # name stays as read
    ("Le maire de Vernac, Paul Roux, estime que la route rouvrira.", "la route rouvrira",
     "Paul Roux", "maire de Vernac", "male"),
    ("L'ancien PDG du Groupe Valmart, PAUL VERNIER, affirme que la fusion était prête.",
     "la fusion était prête", "PAUL VERNIER", "ancien PDG du Groupe Valmart", "male"),
    ("« Nous ferons grève », a déclaré Marie Dulac, la CGT.", "Nous ferons grève",
     "Marie Dulac", None, "female"),
    # must not: the head before the comma a role noun, the name the complement's (« la
    # centrale, la CFDT »): the speaker is the role's holder, unnamed
    ("La porte-parole de la centrale, la CFDT, affirme que les négociations reprendront.",
     "les négociations reprendront", None, "porte-parole de la centrale", "female"),
    ("« Nous investirons en France », a déclaré le PDG du constructeur, Renault.",
     "Nous investirons en France", None, "PDG du constructeur", None),
    ("« Nous refusons ce plan », a déclaré le délégué syndical de l'usine, Sud Rail.",
     "Nous refusons ce plan", None, "délégué syndical de l'usine", None),
    ("Le patron de la fédération, la FFF, assure que le sélectionneur restera en poste.",
     "le sélectionneur restera en poste", None, "patron de la fédération", None),
    # … or a role noun with no complement: the body is the one the holder serves
    ("« Nous refusons ce plan », a déclaré le délégué syndical, Sud Rail.", "Nous refusons ce plan",
     None, "délégué syndical", None),
    ("« Nous ferons appel », a déclaré la porte-parole, la CFDT.", "Nous ferons appel", None,
     "porte-parole", "female"),
    # must not: a person named before the comma speaks
    ("Le voisin Paul Roux, la SNCF, affirme que les trains circuleront.",
     "les trains circuleront", "Paul Roux", None, "male"),
    # fires: a body's noun with a complement (« le syndicat des enseignants »), or a noun
    # without one (« son employeur », « le syndicat »)
    ("Le syndicat des enseignants, le SNES-FSU, estime que la réforme est précipitée.",
     "la réforme est précipitée", "SNES-FSU", None, None),
    ("Selon le syndicat, la CGT, la grève est reconduite.", "la grève est reconduite", "CGT",
     None, None),
    ("Son employeur, la SNCF, assure que le conducteur n'a commis aucune faute.",
     "le conducteur n'a commis aucune faute", "SNCF", None, None),
    ("Le rival de toujours, le PSG, estime que l'arbitrage a été partial.",
     "l'arbitrage a été partial", "PSG", None, None),
    ("Un autre syndicat, le plus ancien, estime que la ministre a claqué la porte.",
     "la ministre a claqué la porte", "un autre syndicat, le plus ancien", None, None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_what_a_mention_names(nlp, text, said, speaker, role, gender):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (speaker, role, gender)


@pytest.mark.parametrize(("text", "said", "body"), [
    # a noun no body's with a complement: the name may be the complement's
    ("Un cadre de l'entreprise, la SNCF, affirme que les trains circuleront.",
     "les trains circuleront", "SNCF"),
    # a list before the comma: the last name is not the whole subject
    ("Le syndicat majoritaire, l'UNSA, et la fédération, la FSU, jugent que le texte est "
     "inacceptable.", "le texte est inacceptable", "FSU"),
])
def test_a_name_apposed_to_another_noun_is_not_the_speaker(nlp, text, said, body):
    assert quote_said(nlp, text, said).speaker.name != body


@pytest.mark.parametrize(("text", "name"), [
    ("Son employeur, la SNCF", "la SNCF"),  # fires
    ("Marie Dulac, la CGT", None),  # a person before the comma
])
def test_apposed_body(nlp, text, name):
    doc = nlp(text)
    at = apposed_body(doc[:])
    assert (text[at:] if at is not None else None) == name
